import type { RegionCode } from '$lib/data/regions';
import { baselineFor, parameterAt } from '$lib/rules/baseline';
import { valueProblem, type ParamValue, type ParamValues } from '$lib/rules/parameter';
import { resolveScenario, type ResolvedScenario } from '$lib/rules/scenario';
import { DEFAULT_STATE, type DashboardState } from './url-state';

// Take-up is a modelling assumption, not law: the baseline shares the scenario's, so deltas show rule changes only.
const MODELLING_PREFIXES = ['takeup.'];

/** The scenario a user is building: year, name, overrides of the year's law, focused region and budget. */
export class ScenarioState {
	year = $state(DEFAULT_STATE.year);
	name = $state(DEFAULT_STATE.name);
	overrides = $state<Record<string, ParamValue>>({});
	region = $state<RegionCode | null>(DEFAULT_STATE.region);
	budget = $state<number | null>(DEFAULT_STATE.budget);
	/** What the loaded dataset says about itself (`data.*`, e.g. the income index of its period): not law, not a choice. */
	dataParams = $state<Record<string, ParamValue>>({});

	/** The law of the chosen year, read with the dataset's own parameters. */
	readonly law: ParamValues = $derived({ ...baselineFor(this.year), ...this.dataParams });
	/** The scenario, validated and applied to the law of its year. */
	readonly resolved: ResolvedScenario = $derived(
		resolveScenario({
			name: this.name.trim() || `Scenario ${this.year}`,
			year: this.year,
			params: { ...this.dataParams, ...this.overrides }
		})
	);
	/** The law of the year under the scenario's modelling assumptions (take-up): what the scenario is compared with. */
	readonly baseline: ResolvedScenario = $derived(
		resolveScenario({ name: `Law of ${this.year}`, year: this.year, params: { ...this.dataParams, ...modelling(this.overrides) } })
	);
	/** The TSA budget the cost is measured against: the user's, or the year's plan. */
	readonly budgetKzt: number = $derived(this.budget ?? Number(this.law['budget.tsa_annual_kzt'] ?? 0));

	/** The value of `path` in the scenario. */
	value(path: string): ParamValue {
		return path in this.overrides ? this.overrides[path] : this.law[path];
	}

	/** Sets `path`; returns why a value is refused, or null. A value equal to the law removes the override. */
	set(path: string, value: ParamValue): string | null {
		const param = parameterAt(path);
		const problem = param ? valueProblem(param, value) : `unknown parameter ${path}`;
		if (problem) return problem;
		if (value === this.law[path]) delete this.overrides[path];
		else this.overrides[path] = value;
		return null;
	}

	/** Back to the law of the chosen year (modelling assumptions kept). */
	resetToLaw(): void {
		this.overrides = modelling(this.overrides);
	}

	/** The state a link carries. */
	toState(locale: string): DashboardState {
		return { year: this.year, name: this.name, overrides: { ...this.overrides }, region: this.region, locale, budget: this.budget };
	}

	/** Takes everything from a decoded link or a saved scenario. */
	apply(state: DashboardState): void {
		this.year = state.year;
		this.name = state.name;
		this.overrides = { ...state.overrides };
		this.region = state.region;
		this.budget = state.budget;
	}
}

function modelling(overrides: Record<string, ParamValue>): Record<string, ParamValue> {
	return Object.fromEntries(Object.entries(overrides).filter(([p]) => MODELLING_PREFIXES.some((m) => p.startsWith(m))));
}
