// `extractStructure` without SQL: an extract with the same households and figures, built by typed-array passes over
// the household columns (laid over them when they are in income order), so a rule switched on or off gets its
// prefix index in milliseconds (embedded) or a few tenths of a second (national).
// Every rule is the rulebook's own expression, compiled by `compileKernel`; the SQL-only steps (medians, observed
// take-up, the region sums) are mirrored here with the same NULL handling, and a test holds the two equal.
import { REGION_CODES } from '../data/regions';
import type { ParamValues } from '../rules/parameter';
import { paramValue, type Node } from '../rules/expr';
import { toSql } from '../sql/to-sql';
import { eligible } from '../rules/tsa/amount';
import { ASSET_TESTS, spendingTest } from '../rules/tsa/assets';
import { unconditional } from '../rules/tsa/conditionality';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { MEDIAN_COLUMN, medianIsNational, medianIsOfficial, officialMedian } from '../rules/tsa/poverty-line';
import { housing } from '../rules/local/housing';
import { localAnnual, localMrpAnnual } from '../rules/local/total';
import { loanAmountsNotice } from '../sim/loan-amounts';
import { datasetMedianNotice, MEDIAN_HALF_MARGIN } from '../sim/median';
import { gapCountsKnown, gapNotice, type GapData } from '../sim/gap';
import { columnsOf, compileKernel, type KernelColumns } from './column-kernel';
import {
	FLAG,
	gapCell as gapCellOf,
	NO_APPLIED_NOTICE,
	type ExtractOptions,
	type GapRates,
	type NumberColumn,
	type StructureExtract
} from './extract';
import { featureParamsOf, type HouseholdColumns } from './household-columns';
import { sortedRows } from './household-order';
import { orderByGroupThenKey, orderingSteps } from './radix-order';
import type { RegionConstants } from './region-constants';
import { fastPathRefusal, structureKey, structureOf } from './structure';

const NONE = 255;
const REGIONS = REGION_CODES.length;
const STRUCTURAL_TESTS = ASSET_TESTS.filter((t) => t !== spendingTest);

/** Why the columns cannot build the extract of `params` (SQL must), or null when they can. */
export function columnsRefusal(h: HouseholdColumns, params: ParamValues, baseline: ParamValues): string | null {
	const refusal = fastPathRefusal(params);
	if (refusal) return refusal;
	const same = (p: ParamValues) => featureParamsOf(p).every((v, i) => v === h.featureParams[i]);
	if (!same(params)) return 'the household columns were counted with other ages (pension, able-bodied or supplement)';
	if (!same(baseline)) return "the baseline take-up and the card's rates are learnt under counts other ages";
	return null;
}

/**
 * The extract of the structure of `params`: the rows `extractStructure` gives on the same dataset, in the same order,
 * plus (when laid over the columns) the households failing a structural test, flagged `excluded`.
 */
export function extractFromColumns(h: HouseholdColumns, params: ParamValues, options: ExtractOptions): StructureExtract {
	const refusal = columnsRefusal(h, params, options.baseline);
	if (refusal) throw new Error(`no fast path: ${refusal}`);
	const notices: string[] = [];
	let observed = params['takeup.mode'] === 'observed';
	if (observed && !h.hasApplied) {
		observed = false;
		notices.push(NO_APPLIED_NOTICE);
	}
	const medianNotice = medianIsOfficial(params) ? null : datasetMedianNotice(params, weightedPersons(h));
	if (medianNotice) notices.push(medianNotice);
	const loanNotice = loanAmountsNotice(params, hasLoanAmounts(h));
	if (loanNotice) notices.push(loanNotice);
	const gap = gapNotice(gapDataOf(h));
	if (gap) notices.push(gap);
	const income = incomeOrder(h, params);
	const rates = learntOf(h, params, options.baseline);
	const takeup = observed ? takeupOf(h, rates) : null;
	const pass = structuralPass(h, params, income);
	const flags = flagsOf(h, params, income);

	const base = {
		key: structureKey(params, options.baseline),
		structure: structureOf(params, options.baseline),
		notices,
		regions: regionsOf(h, params, options.baseline, income),
		consumers: consumersOf(h)
	};
	const views = income.order === null ? viewsOf(h, income.known) : null;
	const rows = views ? laidOver(views, income.pc, pass, flags, takeup) : gathered(h, income, pass, flags, takeup);
	return { ...base, ...rows, gapRates: rates.gap };
}

type Rows = Pick<StructureExtract, 'offsets' | 'pcIncome' | 'weight' | 'size' | 'kids' | 'takeup' | 'flags' | 'settlement' | 'cpc'>;

/** The columns an extract can view in place: rows 0 … k − 1 (income and region known), none missing a value. */
interface Views {
	k: number;
	offsets: Int32Array;
	weight: NumberColumn;
	size: NumberColumn;
	kids: NumberColumn;
	cpc: NumberColumn;
	settlement: Uint8Array;
	/** 1 for every row: the take-up when it is full. */
	ones: Uint8Array;
}

/**
 * With the households in income order, the extract is the household columns themselves (views, no copy) with the
 * households failing a structural test flagged `excluded`: a rule switch costs its flags, not a copy of every row.
 * Null when a weight, size or child count is missing in those rows (they would spoil the sums): then `gathered`.
 */
function viewsOf(h: HouseholdColumns, known: number): Views | null {
	return memo(h, 'views', String(known), () => {
		let k = known;
		while (k > 0 && h.region[k - 1] === NONE) k--; // no known region sorts last
		const view = (c: ArrayLike<number>): NumberColumn | null =>
			c instanceof Float64Array || c instanceof Float32Array || c instanceof Int32Array || c instanceof Uint8Array
				? c.subarray(0, k)
				: null;
		const { weight, size, children_supplement: kids, cpc } = h.columns;
		const v = { weight: view(weight), size: view(size), kids: view(kids), cpc: view(cpc) };
		if (!v.weight || !v.size || !v.kids || !v.cpc) return null;
		for (const c of [v.weight, v.size, v.kids]) for (let i = 0; i < k; i++) if (c[i] !== c[i]) return null;
		const offsets = new Int32Array(REGIONS + 1);
		for (let i = 0; i < k; i++) offsets[h.region[i] + 1]++;
		for (let r = 0; r < REGIONS; r++) offsets[r + 1] += offsets[r];
		const settlement = h.settlement.subarray(0, k);
		return { k, offsets, weight: v.weight, size: v.size, kids: v.kids, cpc: v.cpc, settlement, ones: new Uint8Array(k).fill(1) };
	});
}

function laidOver(v: Views, pc: Float64Array, pass: Uint8Array, flags: Uint8Array, takeup: Float64Array | null): Rows {
	const rowFlags = new Uint8Array(v.k);
	for (let i = 0; i < v.k; i++) rowFlags[i] = pass[i] === 1 ? flags[i] : flags[i] | FLAG.excluded;
	const { offsets, weight, size, kids, cpc, settlement } = v;
	return {
		offsets,
		pcIncome: pc.subarray(0, v.k),
		weight,
		size,
		kids,
		takeup: takeup ? takeup.subarray(0, v.k) : v.ones,
		flags: rowFlags,
		settlement,
		cpc
	};
}

/** The households passing the structural tests copied out in (region, income) order: income counted otherwise. */
function gathered(h: HouseholdColumns, income: IncomeOrder, pass: Uint8Array, flags: Uint8Array, takeup: Float64Array | null): Rows {
	const { order, known, pc } = income;
	const rows = new Uint32Array(known);
	const region = h.region;
	let m = 0;
	for (let j = 0; j < known; j++) {
		const i = order ? order[j] : j;
		if (pass[i] === 1 && region[i] !== NONE) rows[m++] = i;
	}
	const { weight, size, children_supplement: kids, cpc } = h.columns;
	const x = {
		offsets: regionOffsets(rows.subarray(0, m), region),
		pcIncome: gather(new Float64Array(m), pc, rows),
		weight: gather(new Float64Array(m), weight, rows),
		size: gather(new Int32Array(m), size, rows),
		kids: gather(new Int32Array(m), kids, rows),
		takeup: takeup ? gather(new Float64Array(m), takeup, rows) : new Float64Array(m).fill(1),
		flags: gather(new Uint8Array(m), flags, rows),
		settlement: gather(new Uint8Array(m), h.settlement, rows),
		cpc: gather(new Float64Array(m), cpc, rows)
	};
	for (let j = 0, c = x.cpc; j < m; j++) if (c[j] !== c[j]) c[j] = 0;
	return x;
}

/**
 * What a rule switch from `params` reuses, in steps to run while the user is idle (a national step takes a tenth of a
 * second or two): call each until it returns false. Afterwards a switch costs its own test's pass, its flags and the index.
 */
export function warmUpSteps(h: HouseholdColumns, params: ParamValues, baseline: ParamValues): (() => boolean)[] {
	return passSteps(h, params, baseline, false);
}

/**
 * What the extract of `params` still needs computed, in the same steps as `warmUpSteps`: the local programmes' passes
 * are left out when their region constants are remembered (a bundle keeps the law's: `keptPasses`).
 */
export function extractSteps(h: HouseholdColumns, params: ParamValues, baseline: ParamValues): (() => boolean)[] {
	return passSteps(h, params, baseline, true);
}

function passSteps(h: HouseholdColumns, params: ParamValues, baseline: ParamValues, extractOnly: boolean): (() => boolean)[] {
	if (columnsRefusal(h, params, baseline)) return [];
	const income = () => incomeOrder(h, params);
	const regionsKnown = () => extractOnly && remembered(h, 'regions', regionsKey(h, params, baseline, income()));
	const steps: (() => unknown)[] = [
		() => income(),
		...STRUCTURAL_TESTS.map((test) => () => testPass(h, test, params, income())),
		() => flagsOf(h, params, income()),
		// The region constants, pass by pass: the baseline's eligibility, the learnt rates, the local programmes.
		() => incomeOrder(h, baseline),
		() => mediansOf(h, baseline, incomeOrder(h, baseline)),
		() => passStep(h, 'eligible', eligible.expr, baseline, incomeOrder(h, baseline)),
		() => learntOf(h, params, baseline),
		() => regionsKnown() || passStep(h, 'local per МРП', localMrpAnnual.expr, { ...params, 'indices.mrp': 1 }, income()),
		() => regionsKnown() || passStep(h, 'housing', housing.expr, params, income()),
		() => regionsOf(h, params, baseline, income()),
		() => h.consumers === undefined && !consumersCache.has(h) && consumerOrderStep(h),
		() => consumersOf(h),
		() => income().order !== null || viewsOf(h, income().known)
	];
	if (params['takeup.mode'] === 'observed' && h.hasApplied) steps.push(() => takeupOf(h, learntOf(h, params, baseline)));
	// Each step says whether it computed anything (false: it was remembered already, or is now complete); a step is
	// called until it says false (the consumers' order takes several).
	return steps.map((step) => () => {
		const before = computed;
		step();
		return computed !== before;
	});
}

/** Per-capita income under some parameters and its households in (region, income) order. */
interface IncomeOrder {
	/** The income definition it was computed for. */
	key: string;
	pc: Float64Array;
	/** Households with a per-capita income, by region (no known region last) then income; null: rows 0 … known − 1. */
	order: Uint32Array | null;
	/** How many households have a per-capita income. */
	known: number;
}

/** The income order of `params`, once per income definition: switching a test reuses it. */
function incomeOrder(h: HouseholdColumns, params: ParamValues): IncomeOrder {
	const key = toSql(perCapitaIncome.expr, params);
	return memo(h, 'income', key, () => {
		const pc = compileKernel(perCapitaIncome.expr, params, h)(new Float64Array(h.n));
		const known = sortedRows(pc, h.region);
		const order = known === null ? orderByGroupThenKey(withIncome(pc), pc, h.region) : null;
		return { key, pc, order, known: known ?? order!.length };
	});
}

/** What the line's median depends on: the official values, or the income definition and scope of the dataset's. */
function medianKey(params: ParamValues, income: IncomeOrder): string {
	const scope = medianIsNational(params) ? 'national' : 'region';
	if (!medianIsOfficial(params)) return `dataset|${scope}|${income.key}`;
	return `official|${scope}|${REGION_CODES.map((r) => officialMedian(params, r)).join(',')}`;
}

/**
 * The median the line uses, by region index (255 too): the official parameters, or the dataset's weighted medians
 * (once per income definition and scope). As in SQL, a household of no known region has no regional median.
 */
function mediansOf(h: HouseholdColumns, params: ParamValues, income: IncomeOrder): Float64Array {
	const national = medianIsNational(params);
	if (medianIsOfficial(params)) return officialMedians(params);
	return memo(h, 'medians', medianKey(params, income), () => {
		const { pc, order } = income;
		const median = national
			? weightedMedians(h, pc, orderByGroupThenKey(order ?? withIncome(pc), pc, new Uint8Array(h.n)), new Uint8Array(h.n))
			: weightedMedians(h, pc, order ?? withIncome(pc), h.region);
		// SQL groups by region code, so a household of no known region has the NULL group's median; nationally, all share.
		if (national) median.fill(median[0]);
		return median;
	});
}

/** The median the line uses by region index, as `mediansOf` (the income order is computed only for a dataset's median). */
export function lineMedians(h: HouseholdColumns, params: ParamValues): Float64Array {
	return medianIsOfficial(params) ? officialMedians(params) : mediansOf(h, params, incomeOrder(h, params));
}

function officialMedians(params: ParamValues): Float64Array {
	const national = medianIsNational(params);
	const median = new Float64Array(256).fill(national ? (officialMedian(params, null) ?? Number.NaN) : Number.NaN);
	if (!national) REGION_CODES.forEach((r, k) => (median[k] = officialMedian(params, r) ?? Number.NaN));
	return median;
}

/** Σ weight × size over every household, as `queryDatasetMedianNotice` sums it (SQL's sum skips NULLs). */
function weightedPersons(h: HouseholdColumns): number {
	return memo(h, 'persons', '', () => {
		const { weight, size } = h.columns;
		let sum = 0;
		for (let i = 0; i < h.n; i++) {
			const wp = weight[i] * size[i];
			if (wp === wp) sum += wp;
		}
		return sum;
	});
}

/** True when some household has a loan amount (`loans_received_quarter_kzt`, NaN when unknown): once per table. */
function hasLoanAmounts(h: HouseholdColumns): boolean {
	return memo(h, 'loan amounts', '', () => {
		const amounts = h.columns.loans_received_quarter_kzt;
		for (let i = 0; i < h.n; i++) if (amounts[i] === amounts[i]) return true;
		return false;
	});
}

function withIncome(pc: Float64Array): Uint32Array {
	const rows = new Uint32Array(pc.length);
	let m = 0;
	for (let i = 0; i < pc.length; i++) if (pc[i] === pc[i]) rows[m++] = i;
	return rows.subarray(0, m);
}

/**
 * 1 where every structural asset test is true (SQL: COALESCE(AND(tests), false)). Each test's result is kept per
 * parameters, so switching one test evaluates that test alone, or nothing when it was seen before.
 */
function structuralPass(h: HouseholdColumns, params: ParamValues, income: IncomeOrder): Uint8Array {
	const words = Math.ceil(h.n / 4);
	const pass = new Uint32Array(words).fill(0xffffffff);
	for (const test of STRUCTURAL_TESTS) {
		const w = new Uint32Array(testPass(h, test, params, income).buffer, 0, words);
		for (let k = 0; k < words; k++) pass[k] &= w[k];
	}
	return new Uint8Array(pass.buffer, 0, h.n);
}

/** 1 where `test` is true (the last two parameter sets of each test are kept: switching back costs nothing). */
function testPass(h: HouseholdColumns, test: (typeof STRUCTURAL_TESTS)[number], params: ParamValues, income: IncomeOrder): Uint8Array {
	return memo(h, `test ${test.path}`, passKey(test.expr, params, income), () => run(h, test.expr, params, income, wordBytes(h.n)), 2);
}

/** `expr` evaluated for every household, kept per slot while its parameters stay. */
function passOf(h: HouseholdColumns, slot: string, expr: Node, params: ParamValues, income: IncomeOrder): Float64Array | Uint8Array {
	while (passStep(h, slot, expr, params, income));
	return memo(h, `pass ${slot}`, passKey(expr, params, income), () => run(h, expr, params, income, passOutput(slot, h.n)));
}

/** Passes kept as bytes (1: true; false and NULL 0): a national dataset's is 5 MB, not 45. */
const TRUE_OR_NOT_PASSES = new Set(['eligible']);

/** The array a pass of `slot` is written to. */
function passOutput(slot: string, n: number): Float64Array | Uint8Array {
	return TRUE_OR_NOT_PASSES.has(slot) ? new Uint8Array(n) : new Float64Array(n);
}

/** Rows of a pass computed per warm-up step. */
const PASS_PART_ROWS = 400_000;

const partialPasses = new WeakMap<HouseholdColumns, Map<string, { key: string; out: Float64Array | Uint8Array; done: number }>>();

/** Computes the next PASS_PART_ROWS rows of `passOf`'s pass (a warm-up step); false once it is remembered whole. */
function passStep(h: HouseholdColumns, slot: string, expr: Node, params: ParamValues, income: IncomeOrder): boolean {
	const key = passKey(expr, params, income);
	if (remembered(h, `pass ${slot}`, key)) return false;
	let parts = partialPasses.get(h);
	if (!parts) partialPasses.set(h, (parts = new Map()));
	let part = parts.get(slot);
	if (part?.key !== key) parts.set(slot, (part = { key, out: passOutput(slot, h.n), done: 0 }));
	computed++;
	const to = Math.min(h.n, part.done + PASS_PART_ROWS);
	run(h, expr, params, income, part.out, part.done, to);
	part.done = to;
	if (to === h.n) {
		parts.delete(slot);
		const out = part.out;
		memo(h, `pass ${slot}`, key, () => out);
	}
	return true;
}

/** Each household's extract flags under `params` (the unconditional pass decides one of them). */
function flagsOf(h: HouseholdColumns, params: ParamValues, income: IncomeOrder): Uint8Array {
	return memo(h, 'flags', passKey(unconditional.expr, params, income), () =>
		householdFlags(h, run(h, unconditional.expr, params, income, new Uint8Array(h.n)))
	);
}

/**
 * The region constants under `params`: the local programmes' passes (the МРП categories per МРП, housing assistance in
 * tenge) decide them, and the medians are laid in.
 */
function regionsOf(h: HouseholdColumns, params: ParamValues, baseline: ParamValues, income: IncomeOrder): RegionConstants[] {
	const local = { ...params, 'indices.mrp': 1 };
	const rates = learntOf(h, params, baseline);
	const regions = memo(h, 'regions', regionsKey(h, params, baseline, income), () =>
		regionConstants(
			h,
			passOf(h, 'local per МРП', localMrpAnnual.expr, local, income),
			passOf(h, 'housing', housing.expr, params, income),
			rates
		)
	);
	const median = mediansOf(h, params, income);
	// A region with no household has no row in SQL: no median either.
	return regions.map((c, k) => ({ ...c, median: c.households > 0 ? median[k] : Number.NaN }));
}

/** What the region constants of `params` depend on: the income, the local programmes and the learnt rates' keys. */
function regionsKey(h: HouseholdColumns, params: ParamValues, baseline: ParamValues, income: IncomeOrder): string {
	return `${income.key}|${passKey(localAnnual.expr, { ...params, 'indices.mrp': 1 }, income)}|${learntKey(h, params, baseline)}`;
}

/** The learnt rates by cell: learnt under the baseline, so kept while the baseline, the cell minimum and the factor stay. */
export function learntOf(h: HouseholdColumns, params: ParamValues, baseline: ParamValues): LearntRates {
	const key = learntKey(h, params, baseline);
	return memo(h, 'learnt', key, () => ({ ...learntRates(h, baseline, params), key }));
}

/** The learnt rates' cell of each household: region × settlements, the last settlement for none known. */
function cellsOf(h: HouseholdColumns): (i: number) => number {
	const settlements = h.settlements.length + 1;
	return (i) => h.region[i] * settlements + (h.settlement[i] === NONE ? settlements - 1 : h.settlement[i]);
}

/** What the learnt rates depend on: the baseline's eligibility and median, the cell minimum and the factor. */
function learntKey(h: HouseholdColumns, params: ParamValues, baseline: ParamValues): string {
	const minCell = paramValue(params, 'takeup.observed_min_cell_households');
	const factor = paramValue(params, 'takeup.administrative_factor');
	return `${toSql(eligible.expr, baseline)}|${medianKey(baseline, incomeOrder(h, baseline))}|${minCell}|${factor}`;
}

/** Each household's observed take-up rate (its cell's), once per learnt rates. */
function takeupOf(h: HouseholdColumns, rates: LearntRates): Float64Array {
	return memo(h, 'takeup', rates.key, () => {
		const out = new Float64Array(h.n);
		for (let i = 0; i < h.n; i++) out[i] = rates.takeup[rates.cellOf(i)];
		return out;
	});
}

/** What the dataset can tell about the card's funnel (gap.ts): once per table. */
function gapDataOf(h: HouseholdColumns): GapData {
	return memo(h, 'gap data', '', () => {
		const notified = h.columns.notified;
		let any = false;
		for (let i = 0; i < h.n && !any; i++) any = notified[i] === 1;
		return { applied: h.hasApplied, notified: any };
	});
}

/** What a pass over `expr` depends on: its SQL (parameters are literals in it), and the median when it reads one. */
function passKey(expr: Node, params: ParamValues, income: IncomeOrder): string {
	return (columnsOf(expr).has(MEDIAN_COLUMN) ? `${medianKey(params, income)}|` : '') + toSql(expr, params);
}

/** out[j] = values[rows[j]]: one column of the extract. */
function gather<T extends Float64Array | Int32Array | Uint8Array>(out: T, values: ArrayLike<number>, rows: Uint32Array): T {
	for (let j = 0; j < out.length; j++) out[j] = values[rows[j]];
	return out;
}

/** Each household's extract flags: unconditional (from the pass), applied, with consumption, poorest quintile. */
function householdFlags(h: HouseholdColumns, uncond: Uint8Array): Uint8Array {
	const { applied, cpc, bottom } = h.columns;
	const flags = new Uint8Array(h.n);
	for (let i = 0; i < h.n; i++)
		flags[i] =
			(uncond[i] === 1 ? FLAG.unconditional : 0) |
			(applied[i] === 1 ? FLAG.applied : 0) |
			(cpc[i] === cpc[i] ? FLAG.consumer : 0) |
			(bottom[i] === 1 ? FLAG.bottom : 0);
	return flags;
}

/** True when `slot` remembers a value under `key` (nothing is computed). */
function remembered(h: HouseholdColumns, slot: string, key: string): boolean {
	return (
		memos
			.get(h)
			?.get(slot)
			?.some((e) => e.key === key) ?? false
	);
}

/** The value `slot` remembers under `key`, if any (nothing is computed). */
function rememberedValue<T>(h: HouseholdColumns, slot: string, key: string): T | undefined {
	return memos
		.get(h)
		?.get(slot)
		?.find((e) => e.key === key)?.value as T | undefined;
}

/**
 * A pass the extract of the law read, as a bundle keeps it (`keptPasses`, `rememberPasses`): its slot and key (the
 * rules' SQL with the parameters as literals: a pass is reused only where the page would compute the very same), and
 * its values: per household (`values`: per-capita income, a test's or the eligibility's 1 or 0, the extract's flags),
 * or the region constants.
 */
export interface KeptPass {
	slot: string;
	key: string;
	values?: Float64Array | Float32Array | Int32Array | Uint8Array;
	/** `income`: the households with an income, rows 0 … known − 1. */
	known?: number;
	regions?: RegionConstants[];
	learnt?: KeptRates;
}

/** The learnt rates as a bundle keeps them: their arrays by cell (each household's cell follows from the columns). */
export type KeptRates = Omit<LearntRates, 'key' | 'cellOf'>;

/** The slots a bundle keeps whose values are 1 or 0 per household (stored as bits). */
export function isBitPass(slot: string): boolean {
	return slot.startsWith('test ') || slot === 'pass eligible';
}

/**
 * The costly passes behind the extract of `params` (computed now if not remembered): the per-capita income (when the
 * households are in its order), each structural test, the baseline's eligibility, the flags and the region constants.
 * A bundle keeps them, so the page builds the law's index without evaluating the rules for every household first.
 */
export function keptPasses(h: HouseholdColumns, params: ParamValues, baseline: ParamValues): KeptPass[] {
	extractFromColumns(h, params, { baseline });
	const income = incomeOrder(h, params);
	if (income.order !== null) return []; // not laid out in income order: the page computes them
	const kept: KeptPass[] = [{ slot: 'income', key: income.key, values: income.pc, known: income.known }];
	for (const test of STRUCTURAL_TESTS)
		kept.push({ slot: `test ${test.path}`, key: passKey(test.expr, params, income), values: testPass(h, test, params, income) });
	const baseIncome = incomeOrder(h, baseline);
	// One income is remembered at a time: the baseline's eligibility is kept when it counts income as `params` do.
	if (baseIncome.key === income.key)
		kept.push({
			slot: 'pass eligible',
			key: passKey(eligible.expr, baseline, income),
			values: passOf(h, 'eligible', eligible.expr, baseline, income)
		});
	kept.push({ slot: 'flags', key: passKey(unconditional.expr, params, income), values: flagsOf(h, params, income) });
	const { key: learnt, cellOf: _, ...rates } = learntOf(h, params, baseline);
	kept.push({ slot: 'learnt', key: learnt, learnt: rates });
	const regionsAt = regionsKey(h, params, baseline, income);
	const regions = rememberedValue<RegionConstants[]>(h, 'regions', regionsAt);
	if (regions) kept.push({ slot: 'regions', key: regionsAt, regions });
	return kept;
}

/** Remembers passes a bundle kept (`keptPasses`) for `h`, as if computed; throws when one does not fit `h`. */
export function rememberPasses(h: HouseholdColumns, kept: KeptPass[]): void {
	for (const p of kept) {
		const { slot, key, values } = p;
		const perHousehold = slot === 'income' || slot === 'flags' || isBitPass(slot);
		if (perHousehold && values?.length !== h.n) throw new Error(`the kept pass ${slot} does not hold one value per household`);
		if (slot === 'income') {
			if (!(values instanceof Float64Array) || !Number.isInteger(p.known) || p.known! < 0 || p.known! > h.n)
				throw new Error('the kept per-capita income is damaged');
			rememberAs(h, slot, key, { key, pc: values, order: null, known: p.known! } satisfies IncomeOrder);
		} else if (isBitPass(slot) || slot === 'flags') {
			if (!(values instanceof Uint8Array)) throw new Error(`the kept pass ${slot} is not bytes`);
			// Tests are combined a 32-bit word at a time (`structuralPass`): their bytes start a buffer padded to words.
			const bytes =
				slot.startsWith('test ') && (values.byteOffset !== 0 || values.buffer.byteLength % 4) ? copyInto(wordBytes(h.n), values) : values;
			rememberAs(h, slot, key, bytes);
		} else if (slot === 'learnt') {
			const stride = h.settlements.length + 1;
			const r = p.learnt;
			const sized = (a: unknown, cells = REGIONS * stride) => a instanceof Float64Array && a.length === cells;
			const byCell = [
				r?.response,
				r?.responseOther,
				r?.gap?.notify,
				r?.gap?.respond,
				r?.gap?.notifyOther,
				r?.gap?.respondOther,
				r?.gap?.takeup
			];
			// Take-up has a cell for every region code (255: none known), the card's rates one per region.
			if (!r || r.gap?.stride !== stride || !sized(r.takeup, 256 * stride) || !byCell.every((a) => sized(a)))
				throw new Error('the kept learnt rates are not one per region and settlement');
			rememberAs(h, slot, key, { ...r, key, cellOf: cellsOf(h) } satisfies LearntRates);
		} else if (slot === 'regions') {
			if (p.regions?.length !== REGIONS) throw new Error('the kept region constants are not one per region');
			rememberAs(h, slot, key, p.regions);
		} else throw new Error(`a kept pass of an unknown kind (${slot})`);
	}
}

function copyInto(out: Uint8Array, values: Uint8Array): Uint8Array {
	out.set(values);
	return out;
}

/** Puts `value` in `slot` under `key`, as `memo` would have after computing it. */
function rememberAs(h: HouseholdColumns, slot: string, key: string, value: unknown): void {
	let slots = memos.get(h);
	if (!slots) memos.set(h, (slots = new Map()));
	slots.set(slot, [{ key, value }, ...(slots.get(slot) ?? []).filter((e) => e.key !== key)]);
}

/** Zeroed bytes in a buffer padded to whole 32-bit words, for `structuralPass`. */
function wordBytes(n: number): Uint8Array {
	return new Uint8Array(new ArrayBuffer(Math.ceil(n / 4) * 4), 0, n);
}

/**
 * Evaluates `expr` for every household into `out` (bytes: 1 where a condition is true); the median column is laid
 * out only when the expression reads it.
 */
function run<T extends Float64Array | Uint8Array>(
	h: HouseholdColumns,
	expr: Node,
	params: ParamValues,
	income: IncomeOrder,
	out: T,
	from?: number,
	to?: number
): T;
function run(h: HouseholdColumns, expr: Node, params: ParamValues, income: IncomeOrder): Float64Array;
function run(
	h: HouseholdColumns,
	expr: Node,
	params: ParamValues,
	income: IncomeOrder,
	out: Float64Array | Uint8Array = new Float64Array(h.n),
	from = 0,
	to = h.n
) {
	let data: KernelColumns = h;
	if (columnsOf(expr).has(MEDIAN_COLUMN)) {
		const byRegion = mediansOf(h, params, income);
		const median = new Float64Array(h.n);
		for (let i = 0; i < h.n; i++) median[i] = byRegion[h.region[i]];
		data = { ...h, columns: { ...h.columns, [MEDIAN_COLUMN]: median } };
	}
	return compileKernel(expr, params, data)(out, from, to);
}

// How many values `memo` has computed (a warm-up step that computed none was free).
let computed = 0;

const memos = new WeakMap<HouseholdColumns, Map<string, { key: string; value: unknown }[]>>();

/** The last `keep` values remembered per table and slot, each under its key (the parameters it depends on). */
function memo<T>(h: HouseholdColumns, slot: string, key: string, compute: () => T, keep = 1): T {
	let slots = memos.get(h);
	if (!slots) memos.set(h, (slots = new Map()));
	const entries = slots.get(slot) ?? [];
	const hit = entries.find((e) => e.key === key);
	if (hit) return hit.value as T;
	computed++;
	const value = compute();
	slots.set(slot, [{ key, value }, ...entries].slice(0, keep));
	return value;
}

/**
 * `medianSql` in typed arrays: per group (region, or one national group), the smallest per-capita income at which
 * the running sum of persons' weights, in income order, reaches half the group's total. Households without members
 * are left out; one with no income figure counts in the total only (SQL sorts NULL last). `ordered`: the households
 * with an income, sorted by group then income. Indexed by group.
 */
function weightedMedians(h: HouseholdColumns, pc: Float64Array, ordered: Uint32Array, group: Uint8Array): Float64Array {
	const { size, weight } = h.columns;
	const half = new Float64Array(256);
	for (let i = 0; i < h.n; i++) if (size[i] > 0) half[group[i]] += weight[i] * size[i];
	for (let g = 0; g < 256; g++) half[g] = (half[g] / 2) * (1 - MEDIAN_HALF_MARGIN);
	const median = new Float64Array(256).fill(Number.NaN);
	let cum = 0;
	for (let j = 0; j < ordered.length; j++) {
		const i = ordered[j];
		const g = group[i];
		if (j === 0 || group[ordered[j - 1]] !== g) cum = 0;
		cum += weight[i] * size[i];
		if (cum >= half[g] && median[g] !== median[g]) median[g] = pc[i];
	}
	return median;
}

/** The rates `learntRatesSql` learns, by cell of the household columns, and the extract's `GapRates`. */
export interface LearntRates {
	/** What they were learnt under (the memo key). */
	key: string;
	/** The cell of household `i` (region × settlements, the last settlement: none known). */
	cellOf: (i: number) => number;
	/** Observed take-up by cell (× factor, capped at 1; 1 when no rate is known or the data has no `applied`). */
	takeup: Float64Array;
	gap: GapRates;
	/** `response_rate` and `response_other_rate` by the cells of `gap` (its `respond` is notification × response). */
	response: Float64Array;
	responseOther: Float64Array;
}

/**
 * `learntRatesSql` in typed arrays, by region × settlement cell under the baseline: take-up (applied among eligible),
 * notification (notified among eligible, and among the others) and response (applied among those notified), each from
 * the cell, else its region, else the nation, whichever first has at least `takeup.observed_min_cell_households` records
 * of the families it is over. As in SQL, a rate over no row is NULL (NaN): take-up falls back to the nation's then 1,
 * the card's rates to the nation's then 0; take-up and the eligible families' response × the administrative factor,
 * capped at 1.
 */
function learntRates(h: HouseholdColumns, baseline: ParamValues, params: ParamValues): Omit<LearntRates, 'key'> {
	const minCellValue = paramValue(params, 'takeup.observed_min_cell_households');
	const minCell = typeof minCellValue === 'number' ? minCellValue : 1;
	const factorValue = paramValue(params, 'takeup.administrative_factor');
	const factor = typeof factorValue === 'number' ? factorValue : 1;
	const data = gapDataOf(h);
	const known = gapCountsKnown(data);
	const elig = passOf(h, 'eligible', eligible.expr, baseline, incomeOrder(h, baseline));
	const settlements = h.settlements.length + 1; // the last is a household of no known settlement
	const cellOf = cellsOf(h);
	const sums = (size: number) => ({
		n: new Float64Array(size),
		w: new Float64Array(size),
		applied: new Float64Array(size),
		paid: new Uint32Array(size),
		nn: new Float64Array(size),
		wn: new Float64Array(size),
		wna: new Float64Array(size),
		n_o: new Float64Array(size),
		w_o: new Float64Array(size),
		nn_o: new Float64Array(size),
		wn_o: new Float64Array(size),
		wna_o: new Float64Array(size)
	});
	const size = 256 * settlements;
	const cell = sums(size);
	const region = sums(256);
	const nation = sums(1);
	const { weight, applied, notified } = h.columns;
	const add = (t: ReturnType<typeof sums>, k: number, w: number, e: boolean, a: boolean, notice: boolean) => {
		if (!e) {
			t.n_o[k]++;
			t.w_o[k] += w;
			if (notice) ((t.nn_o[k]++, (t.wn_o[k] += w)), a && (t.wna_o[k] += w));
			return;
		}
		t.n[k]++;
		t.w[k] += w;
		if (a) ((t.applied[k] += w), t.paid[k]++);
		if (notice) ((t.nn[k]++, (t.wn[k] += w)), a && (t.wna[k] += w));
	};
	for (let i = 0; i < h.n; i++) {
		const w = weight[i];
		const e = elig[i] === 1;
		const a = applied[i] === 1;
		const notice = notified[i] === 1;
		add(cell, cellOf(i), w, e, a, notice);
		add(region, h.region[i], w, e, a, notice);
		add(nation, 0, w, e, a, notice);
	}
	// SQL: sum(...) FILTER of no row is NULL, and so is a division by a zero total; coalesce(sum, 0) is 0 instead.
	type Sums = ReturnType<typeof sums>;
	const takeupRate = (t: Sums, k: number) => (t.paid[k] === 0 || t.w[k] === 0 || t.n[k] === 0 ? Number.NaN : t.applied[k] / t.w[k]);
	const notifyRate = (t: Sums, k: number) => (t.n[k] === 0 || t.w[k] === 0 ? Number.NaN : t.wn[k] / t.w[k]);
	const responseRate = (t: Sums, k: number) => (t.nn[k] === 0 || t.wn[k] === 0 ? Number.NaN : t.wna[k] / t.wn[k]);
	const notifyOther = (t: Sums, k: number) => (t.n_o[k] === 0 || t.w_o[k] === 0 ? Number.NaN : t.wn_o[k] / t.w_o[k]);
	const responseOther = (t: Sums, k: number) => (t.nn_o[k] === 0 || t.wn_o[k] === 0 ? Number.NaN : t.wna_o[k] / t.wn_o[k]);
	const pick = (k: number, r: number, count: 'n' | 'nn' | 'n_o' | 'nn_o', rate: (t: Sums, k: number) => number, fallback: number) => {
		const chosen = cell[count][k] >= minCell ? rate(cell, k) : region[count][r] >= minCell ? rate(region, r) : rate(nation, 0);
		const nationRate = rate(nation, 0);
		return chosen === chosen ? chosen : nationRate === nationRate ? nationRate : fallback;
	};
	const takeup = new Float64Array(size).fill(1);
	const stride = settlements;
	const gap: GapRates = {
		stride,
		notify: new Float64Array(REGIONS * stride),
		respond: new Float64Array(REGIONS * stride),
		notifyOther: new Float64Array(REGIONS * stride),
		respondOther: new Float64Array(REGIONS * stride),
		takeup: new Float64Array(REGIONS * stride).fill(1)
	};
	const response = new Float64Array(REGIONS * stride);
	const responseOtherRate = new Float64Array(REGIONS * stride);
	for (let r = 0; r < 256; r++)
		for (let s = 0; s < settlements; s++) {
			const k = r * settlements + s;
			if (data.applied) takeup[k] = Math.min(1, pick(k, r, 'n', takeupRate, 1) * factor);
			if (r >= REGIONS) continue;
			gap.takeup[k] = takeup[k];
			if (!known) continue;
			const notify = pick(k, r, 'n', notifyRate, 0);
			gap.notify[k] = notify;
			response[k] = Math.min(1, pick(k, r, 'nn', responseRate, 0) * factor);
			gap.respond[k] = notify * response[k];
			const other = pick(k, r, 'n_o', notifyOther, 0);
			gap.notifyOther[k] = other;
			responseOtherRate[k] = pick(k, r, 'nn_o', responseOther, 0);
			gap.respondOther[k] = other * responseOtherRate[k];
		}
	return { cellOf, takeup, gap, response, responseOther: responseOtherRate };
}

function regionOffsets(rows: Uint32Array, region: Uint8Array): Int32Array {
	const offsets = new Int32Array(REGIONS + 1);
	for (let j = 0; j < rows.length; j++) offsets[region[rows[j]] + 1]++;
	for (let k = 0; k < REGIONS; k++) offsets[k + 1] += offsets[k];
	return offsets;
}

/** `readRegionConstants` in typed arrays, but for the median (NaN: `regionsOf` lays it in). */
function regionConstants(
	h: HouseholdColumns,
	localPerMrp: ArrayLike<number>,
	localFixed: ArrayLike<number>,
	rates: LearntRates
): RegionConstants[] {
	const out: RegionConstants[] = REGION_CODES.map(() => ({
		households: 0,
		persons: 0,
		weighted_households: 0,
		weighted_persons: 0,
		other_notified: 0,
		other_applied: 0,
		local_eligible_households: 0,
		local_annual_per_mrp: 0,
		local_eligible_households_fixed: 0,
		local_annual_fixed_kzt: 0,
		bottom_persons: 0,
		median: Number.NaN
	}));
	const { weight, size, bottom } = h.columns;
	const { notifyOther, respondOther } = rates.gap;
	for (let i = 0; i < h.n; i++) {
		const r = h.region[i];
		if (r === NONE) continue;
		const o = out[r];
		const w = weight[i];
		const n = size[i];
		o.households++;
		o.persons += n;
		o.weighted_households += w;
		o.weighted_persons += w * n;
		// As SQL's LEFT JOIN: a household of no known settlement has no cell, so no rate (0).
		if (h.settlement[i] !== NONE) {
			const k = gapCellOf(rates.gap, r, h.settlement[i]);
			o.other_notified += w * notifyOther[k];
			o.other_applied += w * respondOther[k];
		}
		const la = localPerMrp[i];
		const lf = localFixed[i];
		if (la > 0 || lf > 0) o.local_eligible_households += w;
		if (la === la) o.local_annual_per_mrp += w * la;
		if (lf > 0) o.local_eligible_households_fixed += w;
		if (lf === lf) o.local_annual_fixed_kzt += w * lf;
		if (bottom[i] === 1) o.bottom_persons += w * n;
	}
	return out;
}

const consumersCache = new WeakMap<HouseholdColumns, StructureExtract['consumers']>();

/** `h` carrying its consumers, sorted once (a bundle stores them, so the app never sorts them). */
export function withConsumers(h: HouseholdColumns): HouseholdColumns {
	return { ...h, consumers: consumersOf(h) };
}

/** The households with consumption and a known region, by region then consumption per capita: once per table. */
function consumerOrder(h: HouseholdColumns): Uint32Array {
	while (consumerOrderStep(h));
	return memo(h, 'consumer order', '', () => {
		throw new Error('consumer order: not computed');
	});
}

const consumerOrdering = new WeakMap<HouseholdColumns, Generator<void, Uint32Array>>();

/** Computes one part of `consumerOrder` (a pass of its sort); false once it is known. */
function consumerOrderStep(h: HouseholdColumns): boolean {
	if (memos.get(h)?.has('consumer order')) return false;
	let steps = consumerOrdering.get(h);
	if (!steps) {
		const rows = new Uint32Array(h.n);
		let m = 0;
		for (let i = 0; i < h.n; i++) if (h.columns.cpc[i] === h.columns.cpc[i] && h.region[i] !== NONE) rows[m++] = i;
		consumerOrdering.set(h, (steps = orderingSteps(rows.subarray(0, m), h.columns.cpc, h.region)));
	}
	computed++;
	const r = steps.next();
	if (r.done) {
		consumerOrdering.delete(h);
		memo(h, 'consumer order', '', () => r.value);
	}
	return true;
}

/** Households with consumption by region then consumption per capita: no parameter moves it, so once per table. */
function consumersOf(h: HouseholdColumns): StructureExtract['consumers'] {
	if (h.consumers !== undefined) return h.consumers;
	if (consumersCache.has(h)) return consumersCache.get(h)!;
	computed++;
	const c = h.columns;
	const ordered = consumerOrder(h);
	const m = ordered.length;
	const cpc = new Float64Array(m);
	const wp = new Float64Array(m);
	for (let j = 0; j < m; j++) ((cpc[j] = c.cpc[ordered[j]]), (wp[j] = c.weight[ordered[j]] * c.size[ordered[j]]));
	const consumers = m === 0 ? null : { offsets: regionOffsets(ordered, h.region), cpc, wp };
	consumersCache.set(h, consumers);
	return consumers;
}
