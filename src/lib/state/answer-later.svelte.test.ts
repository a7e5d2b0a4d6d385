// AnswerLater's rules, driven by hand (`refresh` is what its `$effect` runs on every change).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerLater, type LaterQuestion } from './answer-later.svelte';
import { inOwnTask } from './figures.svelte';

afterEach(() => {
	if (vi.isFakeTimers()) vi.runAllTimers();
	vi.useRealTimers();
});

/** An AnswerLater whose question the test sets, counting computations. */
function later() {
	let question: LaterQuestion<string> | null = null;
	const answer = new AnswerLater<string>('view', () => question);
	let runs = 0;
	const ask = (key: unknown[], value: string) => answer.refresh((question = { key, compute: () => (++runs, value) }));
	return { answer, ask, runs: () => runs, none: () => answer.refresh((question = null)) };
}

describe('AnswerLater', () => {
	it('is undefined until its task runs, then the answer; null at once with nothing to compute', () => {
		vi.useFakeTimers();
		const { answer, ask, none } = later();
		ask(['a'], 'A');
		expect(answer.value).toBeUndefined();
		vi.advanceTimersToNextTimer();
		expect(answer.value).toBe('A');
		none();
		expect(answer.value).toBeNull();
	});

	it('computes again only when an item of the key changes, and takes back a kept answer when the key returns', () => {
		vi.useFakeTimers();
		const { answer, ask, runs } = later();
		const index = {};
		ask([index, 'k'], 'first');
		vi.advanceTimersToNextTimer();
		ask([index, 'k'], 'ignored');
		vi.advanceTimersToNextTimer();
		expect([answer.value, runs()]).toEqual(['first', 1]);
		const drop = ask([{}, 'k'], 'second'); // another index: computed again, in its own task
		expect(answer.value).toBeUndefined();
		drop?.(); // the change is undone before its task
		ask([index, 'k'], 'ignored');
		vi.runAllTimers();
		expect([answer.value, runs()]).toEqual(['first', 1]);
	});

	it("waits, computing nothing, while `ask` says 'wait', and keeps its answer for when the key returns", () => {
		vi.useFakeTimers();
		const { answer, ask, runs } = later();
		ask(['a'], 'A');
		vi.runAllTimers();
		answer.refresh('wait');
		vi.runAllTimers();
		expect([answer.value, runs()]).toEqual([undefined, 1]);
		ask(['a'], 'again');
		expect([answer.value, runs()]).toEqual(['A', 1]);
	});

	it('lets the next queued task run when one throws', () => {
		vi.useFakeTimers();
		const failing = new AnswerLater<string>('failing', () => null);
		const { answer, ask } = later();
		failing.refresh({
			key: ['x'],
			compute: () => {
				throw new Error('index broken');
			}
		});
		ask(['a'], 'A');
		expect(() => vi.advanceTimersToNextTimer()).toThrow('index broken');
		vi.advanceTimersToNextTimer();
		expect(answer.value).toBe('A');
	});

	it('does not show an answer computed before a later question that came while it was held with the others', () => {
		vi.useFakeTimers();
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => now);
		const { answer, ask, none } = later();
		ask(['a'], 'A');
		inOwnTask(() => (now += 40)); // spends the task's budget
		inOwnTask(() => (now += 1)); // still queued: A, computed, waits to be shown with it
		vi.advanceTimersToNextTimer();
		expect(answer.value).toBeUndefined();
		none(); // nothing to compute now
		vi.advanceTimersToNextTimer();
		expect(answer.value).toBeNull();
		vi.restoreAllMocks();
	});
});
