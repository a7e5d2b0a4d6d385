// Contract figures for any position of the fast sliders from per-region sorted prefix sums: no row is read again.
// Per region: one binary search for the first household at or above the line, then a block-prefix look-up.
// Memory: about 48 bytes per indexed household for an extract of its own (the extract's pc_income 8, weight 8, size 4,
// children 4, take-up 8, flags 1, settlement 1, consumption per capita 8; block sums ≈ 6) + 16 per household with consumption
// (cpc, weight × size). An extract laid over the household columns (extract-columns.ts) owns only its flags: the
// index then adds about 7 bytes per household to the columns in memory.
import { REGION_CODES } from '../data/regions';
import type { ParamValues } from '../rules/parameter';
import { evaluate, paramValue } from '../rules/expr';
import { assignedPerStanding } from '../rules/tsa/caseload';
import { conditionalShare } from '../rules/tsa/conditionality';
import { medianIsOfficial, officialMedian } from '../rules/tsa/poverty-line';
import type { DatasetFigures, Totals } from '../sim/result';
import { addInto, datasetOf, totalsOf, zeroAdditive, type Additive } from './additive';
import type { StructureExtract } from './extract';
import { BlockPrefix, blockStarts, columnSums, DEFAULT_BLOCK_SIZE } from './prefix-columns';
import { sumReaders, type RegionAt } from './prefix-sums';
import { PoorPrefix } from './poor-prefix';
import { fastPathRefusal, inStructure } from './structure';

/** The figures of one slider position: the `dataset`, `totals` and `by_region` parts of a `SimulationResult`. */
export interface FastFigures {
	dataset: DatasetFigures;
	totals: Totals;
	by_region: Record<string, Totals>;
}

// Every registry sum's reading off the prefix columns, resolved once (a sum the index cannot read fails here).
const READERS = sumReaders().readers;

/** An index over one structure; `figures` answers for any values of the fast parameters. */
export interface PrefixIndex {
	/** The `structureKey` it was built for. */
	key: string;
	/** Notices of the extract (e.g. observed take-up fell back to full). */
	notices: string[];
	/** Bytes held by the index's arrays. */
	bytes: number;
	/** Figures for `params` (same structure key, checked); `baseline` as for `structureKey`. */
	figures(params: ParamValues, baseline: ParamValues): FastFigures;
	/** True when `figures` answers for `params` (the index's structure, and a fast path at all). */
	fits(params: ParamValues, baseline: ParamValues): boolean;
}

/** First index in [lo, hi) whose value is ≥ x (income test «ниже»: a household exactly at the line is not eligible). */
export function lowerBound(values: Float64Array, lo: number, hi: number, x: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (values[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The poverty line as `povertyLine` computes it: GREATEST ignores a missing term, NULL when both are missing. */
export function lineOf(pmShare: number, pm: number | null, medianShare: number, median: number): number | null {
	const byPm = pm === null ? Number.NaN : pmShare * pm;
	const byMedian = medianShare * median;
	if (Number.isNaN(byPm)) return Number.isNaN(byMedian) ? null : byMedian;
	return Number.isNaN(byMedian) ? byPm : Math.max(byPm, byMedian);
}

/** What the poverty line reads in every region alike: its shares and whether the median is the official one. */
interface LineTerms {
	pmShare: number;
	medianShare: number;
	official: boolean;
}

function lineTermsOf(p: ParamValues, num: (path: string) => number): LineTerms {
	return { pmShare: num('tsa.poverty_line.pm_share'), medianShare: num('tsa.poverty_line.median_share'), official: medianIsOfficial(p) };
}

/** Region `r`'s ПМ, poverty line (null: none) and first row at or above it under `p`. */
function lineIn(x: StructureExtract, r: number, p: ParamValues, terms: LineTerms): { pm: number | null; line: number | null; k: number } {
	const pmValue = paramValue(p, `indices.pm_regional.${REGION_CODES[r]}`);
	const pm = typeof pmValue === 'number' ? pmValue : null;
	// The official median is a parameter (a fast one); the dataset's is a figure of the extract.
	const median = terms.official ? (officialMedian(p, REGION_CODES[r]) ?? Number.NaN) : x.regions[r].median;
	const line = lineOf(terms.pmShare, pm, terms.medianShare, median);
	const [lo, hi] = [x.offsets[r], x.offsets[r + 1]];
	return { pm, line, k: line === null ? lo : lowerBound(x.pcIncome, lo, hi, line) };
}

/**
 * The share of ПМ up to which a new index sums its rows before it answers: the threshold sweep's top share
 * (views/sweep.ts SWEEP_SHARES, 0.40 to 1.50), or the scenario's when higher. Rows above that line (about 40 % of the
 * national dataset's) are summed when a line first reaches them.
 */
export const EAGER_PM_SHARE = 1.5;

/** Builds the index (block prefixes, consumption prefix) from an extract; `blockSize` as for `BlockPrefix`. */
export function buildPrefixIndex(x: StructureExtract, blockSize = DEFAULT_BLOCK_SIZE): PrefixIndex {
	return indexOver(x, BlockPrefix.of(x, blockSize));
}

/**
 * `buildPrefixIndex` with `pause` awaited every few tens of milliseconds of summing (a browser stays responsive). When
 * one of `bases` was summed from rows that differ from `x`'s in their flags alone (a structural test switched), the
 * sums are derived from it instead (`BlockPrefix.derived`), never from an index itself derived: rounding never piles up.
 */
export async function buildPrefixIndexSliced(
	x: StructureExtract,
	pause: () => Promise<void>,
	bases: readonly PrefixIndex[] = [],
	asked: ParamValues | null = null
): Promise<PrefixIndex> {
	for (const base of bases) {
		const summed = summedPrefixes.get(base);
		const prefix = summed && BlockPrefix.derived(summed, x);
		if (prefix) return indexOver(x, prefix, false);
	}
	return indexOver(x, await BlockPrefix.sliced(x, pause, DEFAULT_BLOCK_SIZE, undefined, asked && rowsToSum(x, asked)));
}

/**
 * Per region, the first row at or above the line at EAGER_PM_SHARE of ПМ (or `asked`'s share when higher) under
 * `asked`: the rows before it are those a new index sums before it answers. Null (every row) when `asked` lacks a
 * number the line reads.
 */
function rowsToSum(x: StructureExtract, asked: ParamValues): Int32Array | null {
	const num = (path: string): number => {
		const v = paramValue(asked, path);
		if (typeof v !== 'number') throw new Error(`${path} must be a number`);
		return path === 'tsa.poverty_line.pm_share' ? Math.max(v, EAGER_PM_SHARE) : v;
	};
	try {
		const terms = lineTermsOf(asked, num);
		return Int32Array.from({ length: x.offsets.length - 1 }, (_, r) => lineIn(x, r, asked, terms).k);
	} catch {
		return null;
	}
}

/** True for an index whose block sums were summed row by row (not derived from another's): a base for `buildPrefixIndexSliced`. */
export function isSummed(index: PrefixIndex): boolean {
	return summedPrefixes.has(index);
}

// The block prefixes of each index summed row by row.
const summedPrefixes = new WeakMap<PrefixIndex, BlockPrefix>();

/** The index answering from the block prefixes of `x` (`summed`: added row by row, not derived from another's). */
function indexOver(x: StructureExtract, prefix: BlockPrefix, summed = true): PrefixIndex {
	const index = answering(x, prefix);
	if (summed) summedPrefixes.set(index, prefix);
	return index;
}

// The index's answers: the figures at any position of the fast parameters, from `prefix` and the extract.
function answering(x: StructureExtract, prefix: BlockPrefix): PrefixIndex {
	const sums = columnSums();
	const poor = new PoorPrefix(x);
	const consumerPrefix = x.consumers ? consumerPrefixOf(x.consumers) : null;
	const g = x.gapRates;
	const arrays = [
		x.pcIncome,
		x.weight,
		x.size,
		x.kids,
		x.takeup,
		x.flags,
		x.settlement,
		x.cpc,
		g.notify,
		g.respond,
		g.notifyOther,
		g.respondOther,
		g.takeup
	];
	if (x.consumers) arrays.push(x.consumers.cpc, x.consumers.wp);
	const bytes = prefix.bytes + poor.bytes + (consumerPrefix?.bytes ?? 0) + arrays.reduce((s, a) => s + a.byteLength, 0);

	const regionSums = (r: number, p: ParamValues, terms: LineTerms, position: Position): Additive => {
		const c = x.regions[r];
		const { pm, line, k } = lineIn(x, r, p, terms);
		prefix.sumsBefore(r, k, sums);
		let poorAll = 0;
		let poorEligible = 0;
		if (x.consumers && consumerPrefix && pm !== null) {
			const { offsets, cpc } = x.consumers;
			poorAll = consumerPrefix.sumBefore(r, lowerBound(cpc, offsets[r], offsets[r + 1], pm));
			poorEligible = poor.upTo(r, pm, k);
		}
		const at: RegionAt = {
			sums,
			line: line ?? 0,
			...position,
			constants: c,
			poor: poorAll,
			poorEligible
		};
		const a = {
			households: c.households,
			persons: c.persons,
			weighted_households: c.weighted_households,
			weighted_persons: c.weighted_persons
		} as Additive;
		for (let i = 0; i < READERS.length; i++) a[READERS[i][0]] = READERS[i][1](at);
		return a;
	};

	return {
		key: x.key,
		notices: x.notices,
		bytes,
		fits(params, baseline) {
			return fastPathRefusal(params) === null && inStructure(x.structure, params, baseline);
		},
		figures(params, baseline) {
			const refusal = fastPathRefusal(params);
			if (refusal) throw new Error(`no fast path: ${refusal}`);
			if (!inStructure(x.structure, params, baseline)) throw new Error('the index was built for another structure: rebuild it');
			const num = (path: string): number => {
				const v = paramValue(params, path);
				if (typeof v !== 'number') throw new Error(`${path} must be a number`);
				return v;
			};
			const targeting = x.consumers !== null;
			const total = zeroAdditive();
			const byRegion: Record<string, Totals> = {};
			const [terms, position] = [lineTermsOf(params, num), positionOf(params, num)];
			REGION_CODES.forEach((code, r) => {
				const a = regionSums(r, params, terms, position);
				addInto(total, a);
				byRegion[code] = totalsOf(a, targeting);
			});
			return { dataset: datasetOf(total), totals: totalsOf(total, targeting), by_region: byRegion };
		}
	};
}

/** What a slider position sets alike in every region. */
type Position = Pick<RegionAt, 'supplement' | 'conditional' | 'perStanding' | 'mrp'>;

function positionOf(p: ParamValues, num: (path: string) => number): Position {
	const mrp = num('indices.mrp');
	return {
		supplement: num('tsa.child_supplement.mrp_per_child') * mrp,
		conditional: Number(evaluate(conditionalShare.expr, {}, p)),
		perStanding: Number(evaluate(assignedPerStanding.expr, {}, p)),
		mrp
	};
}

const consumerPrefixes = new WeakMap<NonNullable<StructureExtract['consumers']>, BlockSums>();

// The running sum of weight × size over consumers, per region: no parameter moves it, so once per consumers table
// (extracts built from the same household columns share it).
function consumerPrefixOf(consumers: NonNullable<StructureExtract['consumers']>): BlockSums {
	let prefix = consumerPrefixes.get(consumers);
	if (!prefix) consumerPrefixes.set(consumers, (prefix = new BlockSums(consumers.wp, consumers.offsets)));
	return prefix;
}

/** Running sums of `values` per region kept at every block's end; the rows after the last block are added on the fly. */
class BlockSums {
	readonly bytes: number;
	private readonly sums: Float64Array;
	private readonly blockStart: Int32Array;

	constructor(
		private readonly values: Float64Array,
		private readonly offsets: Int32Array
	) {
		const regions = offsets.length - 1;
		this.blockStart = blockStarts(offsets, DEFAULT_BLOCK_SIZE);
		this.sums = new Float64Array(this.blockStart[regions]);
		for (let r = 0; r < regions; r++) {
			let acc = 0;
			let block = this.blockStart[r];
			for (let i = offsets[r]; i < offsets[r + 1]; i++) {
				acc += values[i];
				if ((i - offsets[r] + 1) % DEFAULT_BLOCK_SIZE === 0) this.sums[++block] = acc;
			}
		}
		this.bytes = this.sums.byteLength + this.blockStart.byteLength;
	}

	/** Σ values over region `r`'s rows before absolute row `k`. */
	sumBefore(r: number, k: number): number {
		const lo = this.offsets[r];
		const j = Math.floor((k - lo) / DEFAULT_BLOCK_SIZE);
		let acc = this.sums[this.blockStart[r] + j];
		for (let i = lo + j * DEFAULT_BLOCK_SIZE; i < k; i++) acc += this.values[i];
		return acc;
	}
}
