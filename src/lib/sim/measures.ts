// The measures registry (contract §3): each figure of `totals` / `by_region` declared once, with its unit, its label,
// its CSV column and its definition. The additive sums behind them are declared once too (SUMS): `sim/aggregate.ts`
// renders their SQL, `fast/prefix-index.ts` resolves each to its prefix columns, and both engines turn sums into
// totals with `totalsFromSums`. A new figure goes here (and its key in `result.ts` and the contract).
import type { MessageKey } from '../i18n/messages';
import type { Totals } from './result';

/** What a household adds to a sum before its weight and share: SQL over the evaluation's columns (null: 1). */
export const TERMS = {
	households: null,
	persons: 'size',
	children: 'supplemented_children',
	entitlement: '(tsa_amount + child_supplement)',
	local_cost: 'local_annual'
} as const;
/** A term of a sum. */
export type Term = keyof typeof TERMS;

/** The share of each household a sum counts (null: all of it): SQL over the evaluation's columns. */
export const SHARES = {
	all: null,
	expected: 'takeup_rate * compliance_factor',
	assigned: 'takeup_rate * assigned_per_standing',
	unclaimed: '(1 - gap_takeup_rate)',
	notified: 'gap_notified',
	applied: 'gap_applied',
	paid: 'gap_applied * compliance_factor'
} as const;
/** A share of a sum. */
export type Share = keyof typeof SHARES;

/** Row conditions a sum may require (all of them): boolean columns of the evaluation or of the targeting join. */
export type Condition = 'eligible' | 'local_eligible' | 'poor' | 'bottom';

/**
 * One additive sum: Σ weight × share × term over the rows meeting every condition (× 12 when `annual`). `over`
 * 'consumers': only households with consumption, joined with their quintile (`poor`, `bottom`: targeting).
 */
export interface SumDef {
	term: Term;
	share: Share;
	where: readonly Condition[];
	annual: boolean;
	over: 'households' | 'consumers';
}

const sum = (term: Term, share: Share, where: Condition[], annual = false, over: SumDef['over'] = 'households'): SumDef => ({
	term,
	share,
	where,
	annual,
	over
});
const consumers = (term: Term, where: Condition[]): SumDef => sum(term, 'all', where, false, 'consumers');

/** The additive sums: they add across regions, every contract total is made of them. */
export const SUMS = {
	eligible_households: sum('households', 'all', ['eligible']),
	eligible_persons: sum('persons', 'all', ['eligible']),
	supplemented_children: sum('children', 'all', ['eligible']),
	monthly_entitlement_kzt: sum('entitlement', 'all', ['eligible']),
	expected_households: sum('households', 'expected', ['eligible']),
	expected_persons: sum('persons', 'expected', ['eligible']),
	expected_annual_cost_kzt: sum('entitlement', 'expected', ['eligible'], true),
	assigned_in_year_households: sum('households', 'assigned', ['eligible']),
	assigned_in_year_persons: sum('persons', 'assigned', ['eligible']),
	notified_households: sum('households', 'notified', []),
	applied_households: sum('households', 'applied', []),
	unclaimed_annual_kzt: sum('entitlement', 'unclaimed', ['eligible'], true),
	eligible_notified_households: sum('households', 'notified', ['eligible']),
	eligible_applied_households: sum('households', 'applied', ['eligible']),
	eligible_paid_households: sum('households', 'paid', ['eligible']),
	local_eligible_households: sum('households', 'all', ['local_eligible']),
	local_annual_cost_kzt: sum('local_cost', 'all', []),
	poor_persons: consumers('persons', ['poor']),
	eligible_wp: consumers('persons', ['eligible']),
	poor_eligible_wp: consumers('persons', ['eligible', 'poor']),
	bottom_wp: consumers('persons', ['bottom']),
	bottom_eligible_wp: consumers('persons', ['bottom', 'eligible']),
	paid: consumers('entitlement', ['eligible']),
	bottom_paid: consumers('entitlement', ['bottom', 'eligible'])
} as const satisfies Record<string, SumDef>;
/** A sum's name (a column of the SQL aggregate, a field of the fast path's `Additive`). */
export type SumName = keyof typeof SUMS;
/** Every sum's value. */
export type Sums = Record<SumName, number>;

/** A measure's value from the sums: a sum, a multiple, a difference, or a share (null when its denominator is 0). */
export type Expr = SumName | { scale: number; of: Expr } | { minus: [Expr, Expr] } | { ratio: [Expr, Expr] };

/** The unit a measure is counted in. */
export type Unit = 'households' | 'persons' | 'children' | 'kzt_per_month' | 'kzt_per_year' | 'share' | 'index';

/** A family of totals (contract §3): a key of `Totals`. */
export type Family = 'tsa' | 'gap' | 'funnel' | 'local' | 'targeting' | 'impact';

/** Why a measure is not a sum of `SUMS`: what it needs beyond Σ weight × share × term over the evaluation's columns. */
export type NotASum =
	| 'a threshold on income per capita before or after assistance, which no evaluated column carries'
	| 'a shortfall below the ПМ of income per capita before or after assistance'
	| 'a rank statistic: persons in the order of their income per capita'
	| 'a record of poor persons by age group, before and after';

/** Where a measure that is not a sum is computed, from the household rows: impact (`impactSql`, `impact-columns.ts`). */
export type ComputedBy = 'sim/impact.ts';

interface MeasureBase {
	key: `${Family}.${string}`;
	unit: Unit;
	label: MessageKey | null;
	csv: string;
}

/** A measure made from the additive sums: `value` is its one definition, which every engine reads. */
export interface SummedMeasure extends MeasureBase {
	value: Expr;
}

/** A measure that is not a sum: no `value` here; `computedBy` names its one definition, `notASum` why it is there. */
export interface RowMeasure extends MeasureBase {
	value: null;
	computedBy: ComputedBy;
	notASum: NotASum;
}

/**
 * One contract total: its key under `totals` / `by_region.<r>`, its unit, its label (null: no view names it yet), its
 * CSV column (the key with `_` for `.`), and where its value is defined.
 */
export type MeasureDef = SummedMeasure | RowMeasure;

const m = (key: MeasureDef['key'], unit: Unit, label: MessageKey | null, value: Expr): SummedMeasure => ({
	key,
	unit,
	label,
	csv: key.replace('.', '_'),
	value
});
const impact = (key: `impact.${string}`, unit: Unit, label: MessageKey, notASum: NotASum): RowMeasure => ({
	key,
	unit,
	label,
	csv: key.replace('.', '_'),
	value: null,
	computedBy: 'sim/impact.ts',
	notASum
});
const ratio = (num: Expr, den: Expr): Expr => ({ ratio: [num, den] });
const POOR: NotASum = 'a threshold on income per capita before or after assistance, which no evaluated column carries';
const GAP: NotASum = 'a shortfall below the ПМ of income per capita before or after assistance';
const RANK: NotASum = 'a rank statistic: persons in the order of their income per capita';

/** Every contract total, once. */
export const MEASURES = [
	m('tsa.eligible_households', 'households', 'headline.eligible_households', 'eligible_households'),
	m('tsa.eligible_persons', 'persons', 'sweep.coverage', 'eligible_persons'),
	m('tsa.supplemented_children', 'children', null, 'supplemented_children'),
	m('tsa.monthly_entitlement_kzt', 'kzt_per_month', null, 'monthly_entitlement_kzt'),
	m('tsa.annual_entitlement_kzt', 'kzt_per_year', 'headline.annual_entitlement', { scale: 12, of: 'monthly_entitlement_kzt' }),
	m('tsa.expected_households', 'households', 'headline.expected_households', 'expected_households'),
	m('tsa.expected_persons', 'persons', null, 'expected_persons'),
	m('tsa.expected_annual_cost_kzt', 'kzt_per_year', 'report.m.expected_cost', 'expected_annual_cost_kzt'),
	m('tsa.assigned_in_year_households', 'households', null, 'assigned_in_year_households'),
	m('tsa.assigned_in_year_persons', 'persons', null, 'assigned_in_year_persons'),
	m('gap.notified_households', 'households', 'headline.notified', 'notified_households'),
	m('gap.applied_households', 'households', 'headline.applied', 'applied_households'),
	m('gap.gap_households', 'households', 'regions.gap', { minus: ['notified_households', 'applied_households'] }),
	m('gap.unclaimed_annual_kzt', 'kzt_per_year', 'headline.unclaimed', 'unclaimed_annual_kzt'),
	m('funnel.notified_households', 'households', null, 'eligible_notified_households'),
	m('funnel.applied_households', 'households', null, 'eligible_applied_households'),
	m('funnel.paid_households', 'households', null, 'eligible_paid_households'),
	m('local.eligible_households', 'households', 'report.m.local_households', 'local_eligible_households'),
	m('local.annual_cost_kzt', 'kzt_per_year', 'report.m.local_cost', 'local_annual_cost_kzt'),
	m('targeting.poor_persons', 'persons', null, 'poor_persons'),
	m(
		'targeting.inclusion_error',
		'share',
		'targeting.inclusion_error',
		ratio({ minus: ['eligible_wp', 'poor_eligible_wp'] }, 'eligible_wp')
	),
	m(
		'targeting.exclusion_error',
		'share',
		'targeting.exclusion_error',
		ratio({ minus: ['poor_persons', 'poor_eligible_wp'] }, 'poor_persons')
	),
	m('targeting.poorest_quintile_coverage', 'share', 'targeting.poorest_quintile_coverage', ratio('bottom_eligible_wp', 'bottom_wp')),
	// The poorest fifth's share of the entitlement over its share of persons (0.2).
	m('targeting.cgh', 'index', 'targeting.cgh', { scale: 1 / 0.2, of: ratio('bottom_paid', 'paid') }),
	impact('impact.poor_persons_before', 'persons', 'impact.poor_before', POOR),
	impact('impact.poor_persons_after', 'persons', 'impact.poor_after', POOR),
	impact('impact.poverty_gap_before_kzt', 'kzt_per_month', 'impact.gap_before', GAP),
	impact('impact.poverty_gap_after_kzt', 'kzt_per_month', 'impact.gap_after', GAP),
	impact('impact.gini_before', 'index', 'impact.gini_before', RANK),
	impact('impact.gini_after', 'index', 'impact.gini_after', RANK),
	// An extension: poor persons before and after, by age group (children, working age, pension age).
	impact('impact.poor_by_age', 'persons', 'impact.by_age_chart', 'a record of poor persons by age group, before and after')
] as const satisfies readonly MeasureDef[];

/** A measure's key. */
export type MeasureKey = (typeof MEASURES)[number]['key'];

const BY_KEY = new Map<string, MeasureDef>(MEASURES.map((d) => [d.key, d]));

/** The registry entry of `key`. */
export function measure(key: MeasureKey): MeasureDef {
	return BY_KEY.get(key)!;
}

/** True when `key` is a measure of the registry. */
export function isMeasureKey(key: string): key is MeasureKey {
	return BY_KEY.has(key);
}

/** The value of `e` for these sums (null when a share's denominator is 0). */
export function valueOf(e: Expr, s: Readonly<Sums>): number | null {
	return typeof e === 'string' ? s[e] : compiled(e)(s);
}

type Reader = (s: Readonly<Sums>) => number | null;

// The reading of a sum or of a made expression.
function readerOf(e: Expr): Reader {
	return typeof e === 'string' ? (s) => s[e] : compiled(e);
}

const readers = new WeakMap<Exclude<Expr, SumName>, Reader>();

// The reading of `e`, made once: closures over its parts, where walking the expression at every answer allocated.
function compiled(e: Exclude<Expr, SumName>): Reader {
	let read = readers.get(e);
	if (read) return read;
	if ('scale' in e) {
		const [of, scale] = [readerOf(e.of), e.scale];
		read = (s) => {
			const v = of(s);
			return v === null ? null : scale * v;
		};
	} else if ('minus' in e) {
		const [a, b] = [readerOf(e.minus[0]), readerOf(e.minus[1])];
		read = (s) => {
			const x = a(s);
			const y = b(s);
			return x === null || y === null ? null : x - y;
		};
	} else {
		const [num, den] = [readerOf(e.ratio[0]), readerOf(e.ratio[1])];
		read = (s) => {
			const x = num(s);
			const y = den(s);
			return x === null || y === null || y === 0 ? null : x / y;
		};
	}
	readers.set(e, read);
	return read;
}

/** A measure's field under its family: `tsa.eligible_households` → `eligible_households`. */
export function fieldOf(d: MeasureDef): string {
	return d.key.slice(d.key.indexOf('.') + 1);
}

/** The measures of `family` made from the sums, in registry order. */
export function summedOf(family: Family): SummedMeasure[] {
	return MEASURES.filter((d): d is SummedMeasure => d.value !== null && d.key.startsWith(`${family}.`));
}

/** The measures computed from the household rows by `module`, in registry order. */
export function computedBy(module: ComputedBy): RowMeasure[] {
	return MEASURES.filter((d): d is RowMeasure => d.value === null && d.computedBy === module);
}

/** True when `e` can be null: it takes a share, whose denominator may be 0. */
export function mayBeNull(e: Expr): boolean {
	if (typeof e === 'string') return false;
	if ('scale' in e) return mayBeNull(e.of);
	return 'ratio' in e || e.minus.some(mayBeNull);
}

// Each measure with a value from the sums, split once into its family and field.
const FROM_SUMS = MEASURES.flatMap((d) =>
	d.value === null ? [] : [{ family: d.key.split('.')[0], field: fieldOf(d), read: readerOf(d.value) }]
);

/** The contract totals of these sums: tsa, gap, funnel and local, and targeting when `targeting` (the dataset has consumption). */
export function totalsFromSums(s: Readonly<Sums>, targeting: boolean): Totals {
	const out: Record<string, Record<string, number | null>> = { tsa: {}, gap: {}, funnel: {}, local: {} };
	if (targeting) out.targeting = {};
	for (const { family, field, read } of FROM_SUMS) if (out[family]) out[family][field] = read(s);
	return out as unknown as Totals;
}
