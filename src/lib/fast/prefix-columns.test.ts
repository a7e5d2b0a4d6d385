// Block prefixes give the same column sums as adding every row, at every cut, for any block size.
import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { FLAG, gapCell, type StructureExtract } from './extract';
import { BlockPrefix, COL, COLUMNS, columnSums } from './prefix-columns';

// A seeded extract: `n` households spread unevenly over the regions (some regions empty), sorted by region.
function randomExtract(n: number, seed: number): StructureExtract {
	let s = seed;
	const rand = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const region = Array.from({ length: n }, () => Math.floor(rand() ** 2 * (REGION_CODES.length - 3))).sort((a, b) => a - b);
	const offsets = new Int32Array(REGION_CODES.length + 1);
	for (const r of region) offsets[r + 1]++;
	for (let k = 0; k < REGION_CODES.length; k++) offsets[k + 1] += offsets[k];
	return {
		key: '',
		structure: { own: [], learntUnder: null },
		notices: [],
		offsets,
		pcIncome: Float64Array.from(region, () => Math.round(rand() * 100_000)).sort(),
		weight: Float64Array.from(region, () => 1 + rand() * 300),
		size: Int32Array.from(region, () => 1 + Math.floor(rand() * 8)),
		kids: Int32Array.from(region, () => Math.floor(rand() * 4)),
		takeup: Float64Array.from(region, () => rand()),
		flags: Uint8Array.from(region, () => Math.floor(rand() * 32)),
		// Two settlements and the code of none known; rates per region × (2 + 1) cells.
		settlement: Uint8Array.from(region, () => [0, 1, 255][Math.floor(rand() * 3)]),
		gapRates: {
			stride: 3,
			notify: Float64Array.from({ length: REGION_CODES.length * 3 }, () => rand()),
			respond: Float64Array.from({ length: REGION_CODES.length * 3 }, () => rand() * 0.5),
			notifyOther: Float64Array.from({ length: REGION_CODES.length * 3 }, () => rand() * 0.1),
			respondOther: Float64Array.from({ length: REGION_CODES.length * 3 }, () => rand() * 0.05),
			takeup: Float64Array.from({ length: REGION_CODES.length * 3 }, () => (rand() < 0.2 ? 1 : rand()))
		},
		cpc: new Float64Array(n),
		regions: [],
		consumers: null
	};
}

// The sums written out row by row, as the columns define them.
function naiveSums(x: StructureExtract, r: number, lo: number, k: number): number[] {
	const out = new Array<number>(COLUMNS.length).fill(0);
	for (let i = lo; i < k; i++) {
		const w = x.weight[i],
			wn = w * x.size[i],
			wny = wn * x.pcIncome[i],
			wc = w * x.kids[i],
			t = x.takeup[i],
			f = x.flags[i];
		if (f & FLAG.excluded) continue;
		out[COL.w] += w;
		out[COL.wn] += wn;
		out[COL.wny] += wny;
		out[COL.wc] += wc;
		const p = f & FLAG.unconditional ? COL.u_wt : COL.k_wt;
		out[p] += w * t;
		out[p + 1] += wn * t;
		out[p + 2] += wny * t;
		out[p + 3] += wc * t;
		const cell = gapCell(x.gapRates, r, x.settlement[i]);
		out[COL.g_wv] += w * (x.gapRates.notify[cell] - x.gapRates.notifyOther[cell]);
		out[COL.g_wa] += w * (x.gapRates.respond[cell] - x.gapRates.respondOther[cell]);
		out[COL.f_wv] += w * x.gapRates.notify[cell];
		out[f & FLAG.unconditional ? COL.u_wa : COL.k_wa] += w * x.gapRates.respond[cell];
		const u = 1 - x.gapRates.takeup[cell];
		out[COL.x_wn] += wn * u;
		out[COL.x_wny] += wny * u;
		out[COL.x_wc] += wc * u;
		if (f & FLAG.consumer) {
			out[COL.q_wn] += wn;
			out[COL.q_wny] += wny;
			out[COL.q_wc] += wc;
		}
		if (f & FLAG.bottom) {
			out[COL.b_wn] += wn;
			out[COL.b_wny] += wny;
			out[COL.b_wc] += wc;
		}
	}
	return out;
}

describe('block prefix', () => {
	const x = randomExtract(700, 7);

	it.each([1, 3, 32, 1000])('equals the row-by-row sums at every cut of every region (block size %i)', (size) => {
		const prefix = BlockPrefix.of(x, size);
		const out = columnSums();
		for (let r = 0; r < REGION_CODES.length; r++) {
			for (let k = x.offsets[r]; k <= x.offsets[r + 1]; k++) {
				expect(Array.from(prefix.sumsBefore(r, k, out))).toEqual(naiveSums(x, r, x.offsets[r], k));
			}
		}
	});

	it.each([1, 3, 32])('sums the rows above `below` only when a cut first reaches them, to the same sums (block size %i)', (size) => {
		// A third of each region summed at first; the cuts are then read from the top down, so each reaches new rows.
		const below = Array.from({ length: REGION_CODES.length }, (_, r) => x.offsets[r] + Math.floor((x.offsets[r + 1] - x.offsets[r]) / 3));
		const prefix = BlockPrefix.of(x, size, below);
		const out = columnSums();
		for (let r = 0; r < REGION_CODES.length; r++)
			for (let k = x.offsets[r + 1]; k >= x.offsets[r]; k -= 5)
				expect(Array.from(prefix.sumsBefore(r, k, out))).toEqual(naiveSums(x, r, x.offsets[r], k));
		// From the bottom up too, on a fresh one: each read sums a little more.
		const up = BlockPrefix.of(x, size, below);
		for (let r = 0; r < REGION_CODES.length; r++)
			for (let k = x.offsets[r]; k <= x.offsets[r + 1]; k += 3)
				expect(Array.from(up.sumsBefore(r, k, out))).toEqual(naiveSums(x, r, x.offsets[r], k));
	});

	it('holds one row of sums per block and region instead of one per household', () => {
		const full = BlockPrefix.of(x, 1);
		const blocked = BlockPrefix.of(x, 32);
		expect(full.bytes).toBeGreaterThanOrEqual(700 * COLUMNS.length * 8);
		expect(blocked.bytes).toBeLessThan(full.bytes / 8);
	});

	it('sums the same blocks when built in steps, pausing between them', async () => {
		let pauses = 0;
		const sliced = await BlockPrefix.sliced(x, async () => void pauses++, 32, 64);
		const whole = BlockPrefix.of(x, 32);
		expect(pauses).toBeGreaterThan(5);
		const a = columnSums();
		const b = columnSums();
		for (let r = 0; r < REGION_CODES.length; r++)
			for (let k = x.offsets[r]; k <= x.offsets[r + 1]; k += 7)
				expect(Array.from(sliced.sumsBefore(r, k, a))).toEqual(Array.from(whole.sumsBefore(r, k, b)));
	});

	it('refuses a block size that is not a positive integer', () => {
		expect(() => BlockPrefix.of(x, 0)).toThrow(/positive integer/);
		expect(() => BlockPrefix.of(x, 2.5)).toThrow(/positive integer/);
	});

	it('derives the sums of rows whose flags alone changed from the summed ones, as if summed row by row', () => {
		let seed = 11;
		const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
		for (const share of [0, 0.01, 0.1]) {
			// Some rows' flags change (a test switched: excluded, or a category), everything else is the same arrays.
			const flags = x.flags.map((f) => (rand() < share ? Math.floor(rand() * 32) : f));
			const y = { ...x, flags, pcIncome: x.pcIncome.subarray(0) };
			// The base summed below a third of each region: the rest is summed from y's rows when read.
			const below = Array.from({ length: REGION_CODES.length }, (_, r) => x.offsets[r] + Math.floor((x.offsets[r + 1] - x.offsets[r]) / 3));
			const derived = BlockPrefix.derived(BlockPrefix.of(x, 32, share === 0.01 ? below : null), y);
			expect(derived, `share ${share}`).not.toBeNull();
			const out = columnSums();
			for (let r = 0; r < REGION_CODES.length; r++) {
				// Rounding differs from summing afresh by far less than a tenge: ~1e-16 of what the region's rows add.
				const every = (f: number) => naiveSums({ ...y, flags: y.flags.map(() => f) }, r, y.offsets[r], y.offsets[r + 1]);
				const [none, all] = [every(0), every(FLAG.unconditional | FLAG.consumer | FLAG.bottom)];
				const scale = none.map((v, c) => Math.max(1, Math.abs(v), Math.abs(all[c])));
				for (let k = y.offsets[r]; k <= y.offsets[r + 1]; k += 5) {
					const got = Array.from(derived!.sumsBefore(r, k, out));
					const want = naiveSums(y, r, y.offsets[r], k);
					got.forEach((v, c) =>
						expect(Math.abs(v - want[c]), `share ${share}, region ${r}, row ${k}, ${COLUMNS[c]}`).toBeLessThanOrEqual(1e-12 * scale[c])
					);
				}
			}
		}
	});

	it('derives nothing when rows differ otherwise (another take-up, income or regions) or many flags changed', () => {
		const base = BlockPrefix.of(x, 32);
		expect(BlockPrefix.derived(base, { ...x, takeup: x.takeup.slice() })).toBeNull();
		expect(BlockPrefix.derived(base, { ...x, pcIncome: x.pcIncome.slice() })).toBeNull();
		expect(BlockPrefix.derived(base, { ...x, gapRates: { ...x.gapRates, notify: x.gapRates.notify.slice() } })).toBeNull();
		expect(BlockPrefix.derived(base, { ...x, offsets: x.offsets.map((o, r) => (r === 1 ? o + 1 : o)) })).toBeNull();
		expect(BlockPrefix.derived(base, { ...x, flags: x.flags.slice() })).not.toBeNull();
		// Flags changed in more than an eighth of the rows: summed afresh.
		expect(BlockPrefix.derived(base, { ...x, flags: x.flags.map((f, i) => (i % 4 === 0 ? f ^ FLAG.excluded : f)) })).toBeNull();
	});
});
