// Take-up with uncertainty from the evaluated households' columns: the estimates of takeupEstimatesSql (cells of region
// × settlement × band × notification, settlement × band where a cell is small) summed in one pass over typed arrays.
import { REGION_CODES, type RegionCode } from '../data/regions';
import type { EvaluatedColumns, EvaluatedHouseholds } from './evaluated-columns';
import {
	BENEFIT_BANDS,
	MIN_CELL_RECORDS,
	benefitBand,
	takeupFromEstimates,
	type TakeupEstimate,
	type TakeupUncertainty
} from './takeup-uncertainty';

/** The sums of one group of households: records, Σw, Σw·applied, Σw² (`weightedRate`'s inputs). */
class GroupSums {
	readonly n: Float64Array;
	readonly sw: Float64Array;
	readonly swa: Float64Array;
	readonly sw2: Float64Array;
	constructor(size: number) {
		this.n = new Float64Array(size);
		this.sw = new Float64Array(size);
		this.swa = new Float64Array(size);
		this.sw2 = new Float64Array(size);
	}
	/** Adds a household of weight `w` (NaN: counted as a record only, as SQL's sum skips NULL) that did or did not apply. */
	add(at: number, w: number, applied: boolean): void {
		this.n[at]++;
		if (w !== w) return;
		this.sw[at] += w;
		if (applied) this.swa[at] += w;
		this.sw2[at] += w * w;
	}
}

/**
 * Expected applications and cost with 95 % ranges under `side`, for the households of `region` or of the whole country,
 * as `takeupUncertainty` computes them in SQL. Households without a region or a settlement rely on no estimate (the SQL
 * joins drop them); a household without a region still counts in its settlement × band rate.
 */
export function takeupUncertaintyFromColumns(h: EvaluatedHouseholds, side: EvaluatedColumns, region: RegionCode | null): TakeupUncertainty {
	const R = REGION_CODES.length;
	const S = h.settlements.length;
	const B = BENEFIT_BANDS.length;
	const focus = region === null ? -1 : REGION_CODES.indexOf(region);
	// A cell is ((region × S + settlement) × B + band) × 2 + notified; a wide cell drops the region.
	const cells = new GroupSums(R * S * B * 2);
	const wide = new GroupSums(S * B * 2);
	const uses = { today: new GroupSums(R * S * B * 2), notify_all: new GroupSums(R * S * B * 2) };
	const useC = { today: new Float64Array(R * S * B * 2), notify_all: new Float64Array(R * S * B * 2) };
	const weight = h.fact('weight');
	const notified = h.fact('notified');
	const applied = h.fact('applied');
	const eligible = side.column('eligible');
	const amount = side.column('tsa_amount');
	const supplement = side.column('child_supplement');
	for (let i = 0; i < h.n; i++) {
		if (eligible[i] !== 1) continue;
		const s = h.settlement[i];
		if (s >= S) continue;
		const r = h.region[i];
		const monthly = amount[i] + supplement[i];
		const band = benefitBand(monthly);
		const nu = notified[i] === 1 ? 1 : 0;
		const w = weight[i];
		const yes = applied[i] === 1;
		wide.add((s * B + band) * 2 + nu, w, yes);
		if (r >= R) continue;
		const base = ((r * S + s) * B + band) * 2;
		cells.add(base + nu, w, yes);
		if (focus >= 0 && r !== focus) continue;
		const c = w * 12 * monthly;
		uses.today.add(base + nu, w, false);
		uses.notify_all.add(base + 1, w, false);
		if (c === c) {
			useC.today[base + nu] += c;
			useC.notify_all[base + 1] += c;
		}
	}
	return takeupFromEstimates(estimates(cells, wide, uses, useC, S * B * 2));
}

/** The estimates each plan relies on (an id's households summed), as the rows of takeupEstimatesSql. */
function estimates(
	cells: GroupSums,
	wide: GroupSums,
	uses: Record<TakeupEstimate['plan'], GroupSums>,
	useC: Record<TakeupEstimate['plan'], Float64Array>,
	wideSize: number
): TakeupEstimate[] {
	const out: TakeupEstimate[] = [];
	for (const plan of ['today', 'notify_all'] as const) {
		const wideW = new Float64Array(wideSize);
		const wideC = new Float64Array(wideSize);
		const wideUsed = new Uint8Array(wideSize);
		for (let at = 0; at < cells.n.length; at++) {
			if (uses[plan].n[at] === 0) continue;
			const W = uses[plan].sw[at];
			const C = useC[plan][at];
			if (cells.n[at] >= MIN_CELL_RECORDS) {
				out.push({ plan, sw: cells.sw[at], swa: cells.swa[at], sw2: cells.sw2[at], W, C });
				continue;
			}
			const w = at % wideSize;
			if (wide.n[w] === 0) continue; // nobody eligible has this status in the settlement × band: no estimate (SQL's join drops it)
			wideW[w] += W;
			wideC[w] += C;
			wideUsed[w] = 1;
		}
		for (let w = 0; w < wideSize; w++)
			if (wideUsed[w]) out.push({ plan, sw: wide.sw[w], swa: wide.swa[w], sw2: wide.sw2[w], W: wideW[w], C: wideC[w] });
	}
	return out;
}
