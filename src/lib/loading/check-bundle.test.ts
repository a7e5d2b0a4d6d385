// A prepared bundle is checked whole before the app switches to it: damaged, cut-short, padded or inconsistent
// files are refused with a message saying what is wrong; a good one passes with its progress reaching 1.
import { describe, expect, it } from 'vitest';
import type { DatasetReport } from '$lib/data/load';
import { withConsumers } from '$lib/fast/extract-columns';
import { neededColumns, type HouseholdColumns } from '$lib/fast/household-columns';
import { HouseholdIds } from '$lib/sim/household-ids';
import { BUNDLE_VERSION, encodeBundle } from '$lib/fast/prepared-bundle';
import { BundleRefused, checkBundle } from './check-bundle';

const N = 1000;

function columns(): HouseholdColumns {
	const cols: Record<string, Float64Array> = {};
	for (const name of neededColumns()) cols[name] = new Float64Array(N);
	cols.size.fill(2);
	cols.weight = Float64Array.from({ length: N }, (_, i) => 1 + (i % 7) * 0.25);
	cols.cpc = Float64Array.from({ length: N }, (_, i) => (i % 3 ? 50_000.1 + ((i * 7919) % 1000) : Number.NaN));
	return {
		n: N,
		region: Uint8Array.from({ length: N }, (_, i) => Math.floor((i * 20) / N)),
		settlement: Uint8Array.from({ length: N }, (_, i) => i % 2),
		settlements: ['rural', 'urban'],
		featureParams: [63, 61, 18, 23, 1, 6],
		hasApplied: true,
		idRank: Uint32Array.from({ length: N }, (_, i) => i),
		ids: HouseholdIds.of(Array.from({ length: N }, (_, i) => `h${String(i).padStart(4, '0')}`)),
		present: new Set(neededColumns()),
		columns: cols
	};
}

/** A bundle of `c` (with its consumers unless damaged), its report stating `summary` over what the columns hold. */
function bundle(
	c: HouseholdColumns = withConsumers(columns()),
	summary: Partial<{ households: number; weighted_households: number }> = {}
): Uint8Array {
	const weighted = Float64Array.from(c.columns.weight).reduce((s, w) => s + w, 0);
	const report = {
		accepted: true,
		problems: [],
		problemCount: 0,
		notices: [],
		summary: { households: N, persons: 2 * N, weighted_households: weighted, ...summary },
		manifest: null
	};
	return encodeBundle({ name: 'test', report: report as unknown as DatasetReport, columns: c });
}

/** A bundle whose columns were changed by `damage` (as a damaged writer would have written them). */
function damaged(damage: (c: HouseholdColumns) => void, summary?: { weighted_households: number }): Uint8Array {
	const c = columns();
	const weighted = Float64Array.from(c.columns.weight).reduce((s, w) => s + w, 0);
	damage(c);
	return bundle(c, summary ?? { weighted_households: weighted });
}

async function refusal(bytes: Uint8Array): Promise<string> {
	const e = await checkBundle(
		bytes,
		() => {},
		async () => {}
	).catch((x: unknown) => x);
	expect(e).toBeInstanceOf(BundleRefused);
	return (e as Error).message;
}

describe('checking a prepared bundle before switching to it', () => {
	it('passes a good bundle, its consumers as stored and its progress rising to 1', async () => {
		const progress: number[] = [];
		const b = await checkBundle(
			bundle(),
			(f) => progress.push(f),
			async () => {}
		);
		expect(b.columns.n).toBe(N);
		expect(b.columns.consumers).toEqual(withConsumers(columns()).consumers);
		expect(progress.at(-1)).toBe(1);
		expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
	});

	it('refuses a file cut short, or with bytes after its end', async () => {
		const bytes = bundle();
		expect(await refusal(bytes.slice(0, bytes.length - 8))).toMatch(/cut short/);
		expect(await refusal(bytes.slice(0, 100))).toMatch(/cut short/);
		const padded = new Uint8Array(bytes.length + 16);
		padded.set(bytes);
		expect(await refusal(padded)).toMatch(/joined to another file/);
	});

	it('refuses a damaged manifest, another format version or an older bundle, saying how to make a good one', async () => {
		const text = Array.from(bundle(), (b) => String.fromCharCode(b)).join('');
		const edit = (from: string, to: string) => Uint8Array.from(text.replace(from, to), (ch) => ch.charCodeAt(0));
		expect(await refusal(edit('{"format"', '["format"'))).toMatch(/manifest is damaged.*npm run bundle/);
		expect(await refusal(edit(`"bundle_version":${BUNDLE_VERSION}`, '"bundle_version":3'))).toMatch(/older version of Komek \(format 3/);
		expect(await refusal(new TextEncoder().encode('KMKB and the rest of a framed bundle'))).toMatch(
			/older version of Komek: make it again/
		);
		expect(await refusal(new TextEncoder().encode('hh_id,region\n1,astana\n'))).toMatch(/not a prepared bundle/);
	});

	it('refuses a region or settlement code no household can have, naming the household', async () => {
		expect(await refusal(damaged((c) => (c.region[41] = 77)))).toMatch(/household 42 has region code 77/);
		expect(await refusal(damaged((c) => (c.settlement[9] = 5)))).toMatch(/household 10 has settlement code 5/);
	});

	it("refuses an infinite number and weights that no longer add up to the report's total", async () => {
		expect(await refusal(damaged((c) => ((c.columns.cpc as Float64Array)[5] = Infinity)))).toMatch(
			/column cpc holds an infinite value at household 6/
		);
		expect(await refusal(damaged((c) => ((c.columns.weight as Float64Array)[3] += 16)))).toMatch(/weights add up to .* its report says/);
	});

	it('refuses a bundle whose report and columns disagree on the households, or that lacks a column the rules read', async () => {
		expect(await refusal(bundle(undefined, { households: N + 1 }))).toMatch(/holds 1000 households but its report says 1001/);
		expect(await refusal(damaged((c) => delete c.columns.size))).toMatch(/lacks the columns size/);
	});

	it('stops when the load is cancelled between slices', async () => {
		const e = await checkBundle(
			bundle(),
			() => {},
			async () => {
				throw new Error('cancelled');
			}
		).catch((x: unknown) => x);
		expect((e as Error).message).toBe('cancelled');
	});
});
