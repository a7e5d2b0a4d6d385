// The prefix-sum columns of the index: what each household adds, by which of its flags.
import { FLAG, type StructureExtract } from './extract';

/**
 * Column order. w = weight, n = size, y = pc_income, c = supplement children, t = take-up; `u_` unconditional
 * households only, `k_` conditional ones (their expected share is × compliance), `na_` not applied,
 * `q_` with consumption (targeting rows), `b_` in the poorest quintile.
 */
export const COLUMNS = [
	'w', 'wn', 'wny', 'wc',
	'u_wt', 'u_wtn', 'u_wtny', 'u_wtc',
	'k_wt', 'k_wtn', 'k_wtny', 'k_wtc',
	'na_wn', 'na_wny', 'na_wc',
	'q_wn', 'q_wny', 'q_wc',
	'b_wn', 'b_wny', 'b_wc'
] as const;

/** A column's name. */
export type Column = (typeof COLUMNS)[number];

/** Column name → its position. */
export const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

/**
 * Inclusive prefix sums that restart at every region: column[i] = Σ over the region's rows up to and including i.
 * One Float64Array of length N per column (8 bytes × 21 columns = 168 bytes per indexed household).
 */
export function buildPrefixColumns(x: StructureExtract): Float64Array[] {
	const n = x.pcIncome.length;
	const cols = COLUMNS.map(() => new Float64Array(n));
	const acc = new Float64Array(COLUMNS.length);
	const add = (c: number, v: number): void => {
		acc[c] += v;
	};
	for (let r = 0; r + 1 < x.offsets.length; r++) {
		acc.fill(0);
		for (let i = x.offsets[r]; i < x.offsets[r + 1]; i++) {
			const w = x.weight[i];
			const wn = w * x.size[i];
			const wny = wn * x.pcIncome[i];
			const wc = w * x.kids[i];
			const t = x.takeup[i];
			const f = x.flags[i];
			add(COL.w, w);
			add(COL.wn, wn);
			add(COL.wny, wny);
			add(COL.wc, wc);
			const p = f & FLAG.unconditional ? COL.u_wt : COL.k_wt;
			add(p, w * t);
			add(p + 1, wn * t);
			add(p + 2, wny * t);
			add(p + 3, wc * t);
			if (!(f & FLAG.applied)) {
				add(COL.na_wn, wn);
				add(COL.na_wny, wny);
				add(COL.na_wc, wc);
			}
			if (f & FLAG.consumer) {
				add(COL.q_wn, wn);
				add(COL.q_wny, wny);
				add(COL.q_wc, wc);
			}
			if (f & FLAG.bottom) {
				add(COL.b_wn, wn);
				add(COL.b_wny, wny);
				add(COL.b_wc, wc);
			}
			for (let c = 0; c < cols.length; c++) cols[c][i] = acc[c];
		}
	}
	return cols;
}
