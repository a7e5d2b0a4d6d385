// A view's scenario and live simulation as it shows them: current on screen, caught up once changes pause off screen.
import { untrack } from 'svelte';
import { OFF_SCREEN_DELAY_MS } from './figures.svelte';
import type { LiveSimulation } from './live.svelte';
import type { ScenarioState } from './scenario.svelte';

/** What changes at every key press: the scenario's parameters (resolved and as overrides) and the live figures. */
interface Moment {
	resolved: ScenarioState['resolved'];
	/** A copy of the scenario's overrides (the page's object is changed in place). */
	overrides: ScenarioState['overrides'];
	figures: LiveSimulation['scenario'];
	baseline: LiveSimulation['baseline'];
}

/**
 * The `scenario` and `live` a view reads, in place of the page's: what changes at every key press (the scenario's
 * parameters, the live figures) follows at once while the view is on screen (`visible`, kept by the `onScreen` action)
 * and once changes have paused for OFF_SCREEN_DELAY_MS while it is not, so a drag never re-renders a view out of sight
 * (on the national bundle the views below the fold took half of every key press). Everything else is the objects' own.
 */
export class SeenInputs {
	/** False while the view is scrolled out of sight (see `onScreen`). */
	visible = $state(true);
	/** True while the view shows an earlier moment than the page's (out of sight, changes not yet paused). */
	behind = $state(false);
	readonly scenario: ScenarioState;
	readonly live: LiveSimulation;
	private shown = $state.raw<Moment>() as Moment;

	/**
	 * Create it in a component's script, with getters of the page's objects (props may be replaced); a view of the
	 * scenario alone gives no `liveNow` (and reads no `live`).
	 */
	constructor(scenarioNow: () => ScenarioState, liveNow: () => LiveSimulation | null = () => null) {
		this.now = () => {
			const [scenario, live] = [scenarioNow(), liveNow()];
			return {
				resolved: scenario.resolved,
				overrides: { ...scenario.overrides },
				figures: live?.scenario ?? null,
				baseline: live?.baseline ?? null
			};
		};
		this.shown = this.now();
		$effect(() => this.follow());
		$effect(() => () => this.stop());
		this.scenario = seenAs(scenarioNow, { resolved: () => this.shown.resolved, overrides: () => this.shown.overrides });
		this.live = seenAs(liveNow as () => LiveSimulation, { scenario: () => this.shown.figures, baseline: () => this.shown.baseline });
	}

	/** Shows the current moment: at once on screen, after OFF_SCREEN_DELAY_MS off screen (its `$effect` runs it on every change). */
	follow(): void {
		const next = this.now();
		if (this.visible) return this.show(next);
		const shown = untrack(() => this.shown);
		// The overrides change only with the resolved scenario, which is compared by identity.
		this.behind = next.resolved !== shown.resolved || next.figures !== shown.figures || next.baseline !== shown.baseline;
		this.waiting = this.behind ? next : null;
		if (!this.behind) return;
		// One timer for a whole drag, moved on when it fires early (a timer set and cleared at every key press cost more).
		this.changedAt = performance.now();
		this.timer ??= setTimeout(this.catchUp, OFF_SCREEN_DELAY_MS);
	}

	/** Stops the wait for a pause (the view is gone). */
	stop(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		this.waiting = null;
	}

	private show(moment: Moment): void {
		this.shown = moment;
		this.behind = false;
		this.waiting = null;
	}

	private readonly catchUp = (): void => {
		const left = this.changedAt + OFF_SCREEN_DELAY_MS - performance.now();
		if (left > 0 && this.waiting) return void (this.timer = setTimeout(this.catchUp, left));
		this.timer = null;
		if (this.waiting) this.show(this.waiting);
	};

	// The moment to show once changes pause (null: none), when the last change came, and the timer that waits.
	private waiting: Moment | null = null;
	private changedAt = 0;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private readonly now: () => Moment;
}

/** The object `now()` gives, but with `fields` read from the getters given (its methods bound to the object itself). */
function seenAs<T extends object>(now: () => T, fields: Record<string, () => unknown>): T {
	return new Proxy({} as T, {
		get(_, prop) {
			if (typeof prop === 'string' && Object.hasOwn(fields, prop)) return fields[prop]();
			const target = now();
			const value: unknown = Reflect.get(target, prop, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
		set: (_, prop, value) => Reflect.set(now(), prop, value, now()),
		has: (_, prop) => prop in now()
	});
}
