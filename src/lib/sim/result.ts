// The shape of a simulation result (contract §3).
import type { ParamValue, ParamValues } from '../rules/parameter';
import type { BudgetSolution } from './solve-budget';

/**
 * TSA figures. `eligible_*`, `supplemented_children` and `*_entitlement_kzt` count every eligible household,
 * with no take-up or compliance; `expected_*` weight each by take-up × (1, or the compliance share if conditional).
 */
export interface TsaTotals {
	eligible_households: number;
	eligible_persons: number;
	supplemented_children: number;
	monthly_entitlement_kzt: number;
	annual_entitlement_kzt: number;
	expected_households: number;
	/** Persons in expected households (an extension of the contract: the published caseload counts persons). */
	expected_persons: number;
	expected_annual_cost_kzt: number;
	/**
	 * Families (and their persons) assigned TSA at any time in the year, at expected take-up (contract 1.1): the
	 * concept of the ministry's yearly counts: the first quarter's caseload, each quarter's rise and turnover on the
	 * mean (sim/year.ts); no social-contract share, since a family that later breaks its contract was still assigned.
	 */
	assigned_in_year_households: number;
	assigned_in_year_persons: number;
}

/**
 * The Digital Family Card's funnel, projected under the scenario at the behaviour the data shows (gap.ts; weighted,
 * standing like `eligible_*`): notified_households = Σ ν over eligible families + Σ ν′ over the others (each cell's
 * notification rates, learnt under the law of the year); applied_households = the notified who apply (Σ ν × ρ + Σ ν′ ×
 * ρ′); gap_households = notified − applied; unclaimed_annual_kzt = 12 × Σ over eligible families of the monthly
 * entitlement (amount + supplement) × (1 − observed take-up). All 0, with a notice, when the data cannot tell.
 */
export interface GapTotals {
	notified_households: number;
	applied_households: number;
	gap_households: number;
	unclaimed_annual_kzt: number;
}

/**
 * The card's funnel among the families the rules make eligible (weighted, gap.ts's rates; the funnel view's stages):
 * notified_households = Σ ν, applied_households = Σ ν × ρ, paid_households = Σ ν × ρ × the social-contract share
 * (1 for an unconditional family). With `tsa.eligible_households` these are the stages eligible ⊇ notified ⊇ applied ⊇ paid.
 */
export interface FunnelTotals {
	notified_households: number;
	applied_households: number;
	paid_households: number;
}

/** Local assistance: households receiving any category and the annual cost. */
export interface LocalTotals {
	eligible_households: number;
	annual_cost_kzt: number;
}

/** Targeting accuracy in weighted persons (contract §3); shares are NULL when their denominator is 0. */
export interface TargetingTotals {
	poor_persons: number;
	inclusion_error: number | null;
	exclusion_error: number | null;
	poorest_quintile_coverage: number | null;
	cgh: number | null;
}

/**
 * Impact on poverty and inequality (contract 1.1 `totals.impact`, sim/impact.ts), in weighted persons: poor below the
 * regional ПМ on income per capita before and after TSA (at expected take-up) and local assistance; the monthly
 * poverty gap; Gini of income per capita (null with nobody or no income); the poor by age group.
 */
export interface ImpactTotals {
	poor_persons_before: number;
	poor_persons_after: number;
	poverty_gap_before_kzt: number;
	poverty_gap_after_kzt: number;
	gini_before: number | null;
	gini_after: number | null;
	poor_by_age: Record<'children' | 'working_age' | 'pension_age', { before: number; after: number }>;
}

/** One set of figures (national or one region). */
export interface Totals {
	tsa: TsaTotals;
	gap: GapTotals;
	/** An extension of the contract (beside `gap`): the funnel view's stages. */
	funnel: FunnelTotals;
	local: LocalTotals;
	targeting?: TargetingTotals;
	/** With the household rows (SQL evaluation), not from the fast index. */
	impact?: ImpactTotals;
}

/** Size of the dataset. */
export interface DatasetFigures {
	households: number;
	persons: number;
	weighted_households: number;
	weighted_persons: number;
}

/** The whole result of one scenario on one dataset. */
export interface SimulationResult {
	scenario: { name: string; year: number; params: ParamValues; overrides: Readonly<Record<string, ParamValue>> };
	dataset: DatasetFigures;
	totals: Totals;
	by_region: Record<string, Totals>;
	notices: string[];
	delta?: SimulationDelta;
	/** With `--solve-budget`: the parameter value that spends the budget (see `solve-budget.ts`). */
	solve?: BudgetSolution & { region: string | null };
}

/** Scenario − baseline, numbers only, same shape as the figures. */
export interface SimulationDelta {
	totals: Record<string, unknown>;
	by_region: Record<string, unknown>;
}
