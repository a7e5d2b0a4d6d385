// The Figures client's rules, driven by hand (`refresh` is what its `$effect` runs on every change).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/db/db';
import { columnAnswersIdle, Figures, OFF_SCREEN_DELAY_MS, SHOW_HOLD_MS } from './figures.svelte';
import type { LiveSimulation } from './live.svelte';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';

type Question = { resolve: (v: unknown) => void; reject: (e: Error) => void; task: (db: Db) => Promise<unknown> };

/** A stand-in live simulation: `version` as the real one's; each question waits until the test answers or fails it. */
class FakeLive {
	version = 0;
	engine = { kind: 'sql' };
	households: EvaluatedHouseholds | null = null;
	householdsPending = false;
	questions: Question[] = [];
	ask(_view: string, task: (db: Db) => Promise<unknown>) {
		return new Promise((resolve, reject) => this.questions.push({ resolve, reject, task }));
	}
	async answer(i: number) {
		const q = this.questions[i];
		q.resolve({ value: await q.task({} as Db) });
		await settle();
	}
}

/** Runs the next timer: the column answers' next task. */
const nextTask = () => vi.advanceTimersToNextTimer();

const settle = async () => {
	for (let i = 0; i < 5; i++) await Promise.resolve();
};

function figuresOf(live: FakeLive, input: { value: number }) {
	return new Figures(
		'view',
		() => live as unknown as LiveSimulation,
		() => input.value,
		async (_, n) => `answer ${n}`
	);
}

// The column answers' queue is the module's: drained before the fake timers go, so no test leaves it waiting.
afterEach(() => {
	if (vi.isFakeTimers()) vi.runAllTimers();
	vi.useRealTimers();
});

describe('Figures', () => {
	it('waits for the first evaluation, then asks and shows the answer', async () => {
		const live = new FakeLive();
		const f = figuresOf(live, { value: 1 });
		f.refresh();
		expect([f.status, live.questions.length]).toEqual(['waiting', 0]);
		live.version = 1;
		f.refresh();
		expect([f.status, live.questions.length]).toEqual(['pending', 1]);
		await live.answer(0);
		expect([f.status, f.value]).toEqual(['ready', 'answer 1']);
	});

	it('drops an older answer that arrives after a newer question was asked', async () => {
		const live = new FakeLive();
		const input = { value: 1 };
		const f = figuresOf(live, input);
		live.version = 1;
		f.refresh();
		input.value = 2;
		f.refresh();
		expect(live.questions.length).toBe(2);
		await live.answer(1);
		await live.answer(0);
		expect(f.value).toBe('answer 2');
	});

	it('does not ask the same question twice, and asks again after an evaluation', () => {
		const live = new FakeLive();
		const f = figuresOf(live, { value: 1 });
		live.version = 1;
		f.refresh();
		f.visible = false;
		f.refresh();
		f.visible = true;
		f.refresh();
		expect(live.questions.length).toBe(1);
		live.version = 2;
		f.refresh();
		expect(live.questions.length).toBe(2);
	});

	it('compares inputs field by field, without walking into them (an index can be millions of numbers)', () => {
		const live = new FakeLive();
		const index = new Float64Array(1_000);
		let region = 'abai';
		const f = new Figures(
			'view',
			() => live as unknown as LiveSimulation,
			() => ({ index, region }),
			async () => 'answer'
		);
		live.version = 1;
		f.refresh();
		f.visible = false;
		f.visible = true;
		f.refresh();
		expect(live.questions.length).toBe(1); // the same index object: the same question
		f.refresh();
		region = 'astana';
		f.refresh();
		expect(live.questions.length).toBe(2);
	});

	it('asks for a view out of sight only once changes pause', async () => {
		vi.useFakeTimers();
		const live = new FakeLive();
		const input = { value: 1 };
		const f = figuresOf(live, input);
		f.visible = false;
		live.version = 1;
		const cancel = f.refresh();
		vi.advanceTimersByTime(OFF_SCREEN_DELAY_MS / 2);
		cancel?.(); // the next change (a drag) cancels the pending question
		input.value = 2;
		f.refresh();
		vi.advanceTimersByTime(OFF_SCREEN_DELAY_MS - 1);
		expect([f.status, live.questions.length]).toEqual(['pending', 0]);
		vi.advanceTimersByTime(1);
		expect(live.questions.length).toBe(1);
		await live.answer(0);
		expect(f.value).toBe('answer 2');
	});

	it('asks nothing while no engine holds the rows (a failed engine being restarted), and drops the old failure', () => {
		vi.useFakeTimers();
		const live = new FakeLive();
		const f = figuresOf(live, { value: 1 });
		live.version = 1;
		f.visible = false;
		f.refresh();
		live.engine = { kind: 'bundle' }; // the engine failed: detached before the pause ends
		vi.advanceTimersByTime(OFF_SCREEN_DELAY_MS);
		f.refresh();
		expect([live.questions.length, f.error]).toEqual([0, null]);
	});

	it('shows a failure as an error, and asks again at the next change', async () => {
		const live = new FakeLive();
		const input = { value: 1 };
		const f = figuresOf(live, input);
		live.version = 1;
		f.refresh();
		live.questions[0].reject(new Error('engine gone'));
		await settle();
		expect([f.status, f.error]).toEqual(['error', 'engine gone']);
		f.refresh(); // the same question may be asked again (on scrolling back, or a new engine), since it failed
		expect(live.questions.length).toBe(2);
		expect([f.status, f.error]).toEqual(['pending', null]);
		input.value = 3;
		f.refresh();
		await live.answer(2);
		expect([f.status, f.error, f.value]).toEqual(['ready', null, 'answer 3']);
	});

	describe('from the evaluated households (a query with columns)', () => {
		const households = (n: number) => ({ n }) as unknown as EvaluatedHouseholds;
		/** Fake timers, a page clock the test moves by hand (`clock.now`), and a live simulation holding `n` households. */
		function clockedLive(n: number) {
			vi.useFakeTimers();
			const clock = { now: 0 };
			vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
			const live = new FakeLive();
			live.households = households(n);
			return { live, clock };
		}
		function columnsFigures(
			live: FakeLive,
			input: { value: number },
			columns = (h: EvaluatedHouseholds, v: number) => `columns ${h.n} ${v}`
		) {
			return new Figures(
				'view',
				() => live as unknown as LiveSimulation,
				() => input.value,
				{ sql: async (_, n: number) => `sql ${n}`, columns }
			);
		}

		/** A bundle's live simulation (no engine) holding 4 households, and a view of its columns asked once. */
		function onBundle() {
			vi.useFakeTimers();
			const live = new FakeLive();
			live.engine = { kind: 'bundle' };
			live.households = households(4);
			const f = columnsFigures(live, { value: 1 });
			f.refresh();
			return { live, f };
		}

		it('answers from the columns in a task of its own, with no SQL question, even with no engine (a bundle)', () => {
			const { live, f } = onBundle();
			expect([f.status, f.value]).toEqual(['pending', null]);
			nextTask();
			expect([f.status, f.value, live.questions.length]).toEqual(['ready', 'columns 4 1', 0]);
		});

		it('shows the last answer as pending while the households of a bundle wait for changes to pause, then answers from them', () => {
			const { live, f } = onBundle();
			nextTask();
			expect([f.status, f.value]).toEqual(['ready', 'columns 4 1']);
			[live.households, live.householdsPending] = [null, true];
			f.refresh();
			expect([f.status, f.value, f.error]).toEqual(['pending', 'columns 4 1', null]);
			[live.households, live.householdsPending] = [households(5), false];
			f.refresh();
			nextTask();
			expect([f.status, f.value]).toEqual(['ready', 'columns 5 1']);
		});

		it('asks SQL while the columns are not in memory, and drops its answer once they answer', async () => {
			vi.useFakeTimers();
			const live = new FakeLive();
			live.version = 1;
			const f = columnsFigures(live, { value: 1 });
			f.refresh();
			expect(live.questions.length).toBe(1);
			live.households = households(2);
			f.refresh();
			nextTask();
			expect(f.value).toBe('columns 2 1');
			await live.answer(0);
			expect(f.value).toBe('columns 2 1');
		});

		it('computes again only for other households or inputs, and off screen only once changes pause', () => {
			vi.useFakeTimers();
			const live = new FakeLive();
			const input = { value: 1 };
			let runs = 0;
			const f = columnsFigures(live, input, (h, v) => `run ${++runs}: ${h.n} ${v}`);
			live.households = households(1);
			f.refresh();
			nextTask();
			f.refresh();
			live.version = 5; // the SQL evaluation caught up: the columns answer stands
			f.refresh();
			nextTask();
			expect([runs, f.value]).toEqual([1, 'run 1: 1 1']);
			f.visible = false;
			live.households = households(2);
			f.refresh();
			nextTask();
			expect([runs, f.status]).toEqual([1, 'pending']);
			vi.advanceTimersByTime(OFF_SCREEN_DELAY_MS);
			nextTask();
			expect([runs, f.value, f.status]).toEqual([2, 'run 2: 2 1', 'ready']);
		});

		it('computes once when the inputs and then the households of one change arrive, with both as they are then', () => {
			vi.useFakeTimers();
			const live = new FakeLive();
			const input = { value: 1 };
			const seen: string[] = [];
			const f = columnsFigures(live, input, (h, v) => (seen.push(`${h.n} ${v}`), 'ok'));
			live.households = households(1);
			let cleanup = f.refresh();
			nextTask();
			input.value = 2; // the view's inputs change first (a new scenario), its households a moment later
			cleanup?.();
			cleanup = f.refresh();
			live.households = households(2);
			cleanup?.();
			f.refresh();
			nextTask();
			expect(seen).toEqual(['1 1', '2 2']);
		});

		it('answers quick views in one task and ends the task after a slow one, in the order asked, and not a view gone before its turn', () => {
			const { live, clock } = clockedLive(3);
			const order: string[] = [];
			const make = (name: string, ms: number) => columnsFigures(live, { value: 1 }, () => ((clock.now += ms), order.push(name), name));
			const [a, b, c, d] = [make('a', 1), make('b', 1), make('c', 30), make('d', 1)];
			a.refresh();
			const dropB = b.refresh();
			c.refresh();
			d.refresh();
			dropB?.(); // b's component is destroyed (or its effect runs again) before its turn
			nextTask();
			expect(order).toEqual(['a', 'c']); // c took the task's budget: d waits for the next task
			nextTask();
			expect(order).toEqual(['a', 'c', 'd']);
			expect([b.status, b.value]).toEqual(['pending', null]);
			vi.restoreAllMocks();
		});

		it('computes a view given in steps a part at a time, a task per budget, and drops the rest when asked again', () => {
			const { live, clock } = clockedLive(3);
			const input = { value: 1 };
			const parts: number[] = [];
			// Four parts of 20 ms each: two fit in a task's budget (30 ms spent after the second).
			function* steps(_: EvaluatedHouseholds, v: number) {
				for (let k = 1; k <= 4; k++) {
					clock.now += 20;
					parts.push(v * 10 + k);
					if (k < 4) yield;
				}
				return `steps ${v}`;
			}
			const f = new Figures(
				'view',
				() => live as unknown as LiveSimulation,
				() => input.value,
				{
					sql: async () => 'sql',
					columns: () => 'columns at once',
					steps
				}
			);
			f.refresh();
			nextTask();
			expect([parts, f.status]).toEqual([[11, 12], 'pending']);
			nextTask();
			expect([parts, f.status, f.value]).toEqual([[11, 12, 13, 14], 'ready', 'steps 1']);
			// Asked again halfway: the older question's remaining parts are not done, the newer one's answer shows.
			input.value = 2;
			f.refresh();
			nextTask();
			input.value = 3;
			f.refresh();
			vi.runAllTimers();
			expect(parts).toEqual([11, 12, 13, 14, 21, 22, 31, 32, 33, 34]);
			expect([f.status, f.value]).toEqual(['ready', 'steps 3']);
			vi.restoreAllMocks();
		});

		it('shows the answers of one change together once the queue is done, or SHOW_HOLD_MS after the first computed', () => {
			const { live, clock } = clockedLive(3);
			const make = (name: string, ms: number) => columnsFigures(live, { value: 1 }, () => ((clock.now += ms), name));
			const [a, b, c] = [make('a', 1), make('b', 30), make('c', 1)];
			[a, b, c].forEach((f) => f.refresh());
			nextTask(); // a and b computed: the task's budget is spent, c waits, nothing is shown yet
			expect([a.value, b.value, a.status]).toEqual([null, null, 'pending']);
			nextTask();
			expect([a.value, b.value, c.value]).toEqual(['a', 'b', 'c']);
			expect([a.status, b.status, c.status]).toEqual(['ready', 'ready', 'ready']);
			// A long queue (a cold start) shows what it has once the first answer computed has waited SHOW_HOLD_MS.
			live.households = households(4);
			const slow = Array.from({ length: 6 }, (_, i) => make(`s${i}`, SHOW_HOLD_MS / 3));
			slow.forEach((f) => f.refresh());
			const shown = () => slow.filter((f) => f.value !== null).length;
			nextTask();
			nextTask();
			nextTask();
			expect(shown()).toBe(0); // computed over 100 ms: still held
			nextTask();
			expect(shown()).toBe(4);
			nextTask();
			nextTask();
			expect(shown()).toBe(6);
			vi.restoreAllMocks();
		});

		it('drops a held answer when a later question of the view was computed or failed before it was shown', () => {
			const { live, clock } = clockedLive(1);
			const input = { value: 1 };
			const a = columnsFigures(live, input, (h, v) => {
				clock.now += 1;
				if (v === 2) throw new Error('no answer for 2');
				return `a ${v}`;
			});
			const slow = columnsFigures(live, { value: 9 }, () => ((clock.now += 30), 'slow'));
			const next = columnsFigures(live, { value: 8 }, () => ((clock.now += 1), 'next'));
			a.refresh();
			slow.refresh();
			next.refresh();
			nextTask(); // a 1 computed and held, slow spends the task, next waits
			expect([a.value, slow.value]).toEqual([null, null]);
			input.value = 2;
			a.refresh();
			nextTask(); // a 2 fails: a 1, held, must not show as ready over the failure
			expect([a.status, a.value, a.error]).toEqual(['error', null, 'no answer for 2']);
			expect([slow.value, next.value]).toEqual(['slow', 'next']);
			vi.restoreAllMocks();
		});

		it('says when no column answer is waiting (a cold start starts the engine then)', async () => {
			vi.useFakeTimers();
			await expect(columnAnswersIdle()).resolves.toBeUndefined(); // none queued: at once
			const live = new FakeLive();
			live.households = households(2);
			const order: string[] = [];
			const [a, b] = ['a', 'b'].map((name) => columnsFigures(live, { value: 1 }, () => (order.push(name), name)));
			a.refresh();
			b.refresh();
			let idle = false;
			void columnAnswersIdle().then(() => (idle = true));
			await Promise.resolve();
			expect(idle).toBe(false);
			nextTask();
			await Promise.resolve();
			expect(order).toEqual(['a', 'b']);
			expect(idle).toBe(true);
		});

		it('shows a failure of the columns as an error, and computes again at the next change', () => {
			vi.useFakeTimers();
			const live = new FakeLive();
			const input = { value: 1 };
			const f = columnsFigures(live, input, (_, v) => {
				if (v === 1) throw new Error('no such column');
				return `ok ${v}`;
			});
			live.households = households(1);
			f.refresh();
			nextTask();
			expect([f.status, f.error]).toEqual(['error', 'no such column']);
			input.value = 2;
			f.refresh();
			nextTask();
			expect([f.status, f.error, f.value]).toEqual(['ready', null, 'ok 2']);
		});
	});
});
