// A view's inputs while on screen and off it, driven by hand (`follow` is what its `$effect` runs on every change).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFF_SCREEN_DELAY_MS } from './figures.svelte';
import type { LiveSimulation } from './live.svelte';
import type { ScenarioState } from './scenario.svelte';
import { SeenInputs } from './seen-inputs.svelte';

/** Stand-ins of the page's objects: what changes at a key press, a field that does not, and a method. */
class FakeScenario {
	resolved = { params: { share: 0.7 } };
	overrides = { share: 0.7 };
	region: string | null = null;
	#budget = 5;
	budget() {
		return this.#budget;
	}
}
class FakeLive {
	scenario = { total: 1 };
	baseline = { total: 0 };
	households = 'columns';
}

function seenOf(scenario: FakeScenario, live: FakeLive) {
	return new SeenInputs(
		() => scenario as unknown as ScenarioState,
		() => live as unknown as LiveSimulation
	);
}

afterEach(() => vi.useRealTimers());

describe('SeenInputs', () => {
	it('on screen, follows every change at once', () => {
		const [scenario, live] = [new FakeScenario(), new FakeLive()];
		const seen = seenOf(scenario, live);
		scenario.resolved = { params: { share: 0.71 } };
		live.scenario = { total: 2 };
		seen.follow();
		expect(seen.scenario.resolved).toBe(scenario.resolved);
		expect(seen.live.scenario).toBe(live.scenario);
	});

	it('off screen, shows the moment before a drag until changes pause, then the last one', () => {
		vi.useFakeTimers();
		const [scenario, live] = [new FakeScenario(), new FakeLive()];
		const seen = seenOf(scenario, live);
		const before = { resolved: seen.scenario.resolved, overrides: seen.scenario.overrides, figures: seen.live.scenario };
		expect(before.overrides).toEqual({ share: 0.7 });
		seen.visible = false;
		for (const share of [0.71, 0.72, 0.73]) {
			scenario.resolved = { params: { share } };
			scenario.overrides.share = share; // the page's overrides are changed in place
			live.scenario = { total: share };
			seen.follow();
			vi.advanceTimersByTime(OFF_SCREEN_DELAY_MS / 2);
			expect([seen.scenario.resolved, seen.scenario.overrides, seen.live.scenario]).toEqual([
				before.resolved,
				before.overrides,
				before.figures
			]);
			expect(seen.behind).toBe(true);
		}
		// Half the pause after the last change: still the moment before the drag.
		vi.advanceTimersByTime(OFF_SCREEN_DELAY_MS / 2 - 1);
		expect(seen.behind).toBe(true);
		vi.advanceTimersByTime(1);
		expect(seen.behind).toBe(false);
		expect(seen.scenario.resolved.params).toEqual({ share: 0.73 });
		expect(seen.scenario.overrides).toEqual({ share: 0.73 });
		expect(seen.live.scenario).toEqual({ total: 0.73 });
		// Dragged away and back before changes paused: not behind, and the wait shows nothing later.
		const shown = scenario.resolved;
		scenario.resolved = { params: { share: 0.9 } };
		seen.follow();
		expect(seen.behind).toBe(true);
		scenario.resolved = shown;
		seen.follow();
		expect(seen.behind).toBe(false);
		vi.advanceTimersByTime(2 * OFF_SCREEN_DELAY_MS);
		expect(seen.scenario.resolved).toBe(shown);
		// Gone before changes paused: nothing is shown later.
		scenario.resolved = { params: { share: 0.95 } };
		seen.follow();
		seen.stop();
		vi.advanceTimersByTime(2 * OFF_SCREEN_DELAY_MS);
		expect(seen.scenario.resolved).toBe(shown);
		// Scrolled back into sight: the current moment at once.
		scenario.resolved = { params: { share: 0.8 } };
		seen.visible = true;
		seen.follow();
		expect(seen.scenario.resolved.params).toEqual({ share: 0.8 });
	});

	it("passes everything else through to the page's objects: fields, methods (private fields too) and writes", () => {
		const [scenario, live] = [new FakeScenario(), new FakeLive()];
		const seen = seenOf(scenario, live);
		expect((seen.live as unknown as FakeLive).households).toBe('columns');
		expect((seen.scenario as unknown as FakeScenario).budget()).toBe(5);
		seen.scenario.region = 'astana' as ScenarioState['region'];
		expect(scenario.region).toBe('astana');
		expect('region' in seen.scenario).toBe(true);
	});
});
