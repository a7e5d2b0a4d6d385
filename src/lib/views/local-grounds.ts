// What the local-assistance figures are made of, shared by their SQL (local-assistance.ts) and their column form
// (local-assistance-columns.ts): the grounds, the threshold the sweep moves, and the figures' shape.
import type { RegionCode } from '$lib/data/regions';
import { add, type Num } from '$lib/rules/expr';
import { damage } from '$lib/rules/local/damage';
import { cancer, hiv, tb } from '$lib/rules/local/disease';
import { housing } from '$lib/rules/local/housing';
import { lowIncome } from '$lib/rules/local/low-income';
import type { ParamValues } from '$lib/rules/parameter';

/** The grounds of local assistance, each the annual amount of its categories for the household, ₸. */
export const LOCAL_GROUNDS: Readonly<Record<'income' | 'damage' | 'disease' | 'housing', Num>> = {
	income: lowIncome.expr,
	damage: damage.expr,
	disease: add(add(tb.expr, cancer.expr), hiv.expr),
	housing: housing.expr
};

/** A ground of local assistance. */
export type LocalGround = keyof typeof LOCAL_GROUNDS;

/** The grounds in the order views show them. */
export const GROUND_ORDER = Object.keys(LOCAL_GROUNDS) as LocalGround[];

/** The income threshold's path for `region`. */
export const thresholdPath = (region: RegionCode): string => `local.${region}.income_threshold_pm_multiple`;

/** The grid of thresholds the sweep evaluates: 0.25 to 3 × ПМ by 0.25 (12 points). */
export const LOCAL_MULTIPLES: readonly number[] = Array.from({ length: 12 }, (_, i) => (i + 1) / 4);

/** Families helped (weighted, reference quarter) and annual cost, ₸. */
export interface Helped {
	households: number;
	annual_cost_kzt: number;
}

/** One variant's figures: every ground's and all of local assistance (a family helped on two grounds counts once). */
export interface LocalFigures {
	variant: number;
	total: Helped;
	grounds: Record<LocalGround, Helped>;
}

/** What the local-assistance figures ask: the focused region (none: nothing to show), the year and both sides' parameters. */
export interface LocalInputs {
	region: RegionCode | null;
	year: number;
	params: { baseline: ParamValues; scenario: ParamValues };
}

/** One point of the local sweep: the threshold (× ПМ) and the region's local assistance there. */
export interface LocalSweepPoint extends LocalFigures {
	multiple: number;
}

/** The region's local assistance under the law and the scenario, and the scenario along LOCAL_MULTIPLES. */
export interface LocalAssistanceFigures {
	region: RegionCode;
	law: LocalFigures;
	scenario: LocalFigures;
	sweep: LocalSweepPoint[];
}

/** The figures of a variant that helps nobody. */
export function noneHelped(variant: number): LocalFigures {
	const none = () => ({ households: 0, annual_cost_kzt: 0 });
	return { variant, total: none(), grounds: Object.fromEntries(GROUND_ORDER.map((g) => [g, none()])) as Record<LocalGround, Helped> };
}
