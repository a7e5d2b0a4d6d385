// A prepared bundle written as an Arrow IPC stream and read back; bytes that are not a bundle, or a bundle of an
// older version, refused with a message for the user.
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { DatasetReport } from '../data/load';
import { REGION_CODES } from '../data/regions';
import { HouseholdIds } from '../sim/household-ids';
import type { KeptPass } from './extract-columns';
import { narrowestKind } from './narrowest-kind';
import type { HouseholdColumns } from './household-columns';
import type { RegionConstants } from './region-constants';
import {
	BUNDLE_VERSION,
	CONTRACT_VERSION,
	MANIFEST_KEY,
	decodeBundle,
	encodeBundle,
	isBundleFileName,
	type PreparedBundle
} from './prepared-bundle';

const report = {
	accepted: true,
	problems: [],
	problemCount: 0,
	notices: [],
	summary: { households: 4, persons: 6 },
	manifest: { name: 'national' }
} as unknown as DatasetReport;

function tinyColumns(): HouseholdColumns {
	return {
		n: 4,
		region: Uint8Array.of(5, 0, 255, 5),
		settlement: Uint8Array.of(1, 0, 255, 1),
		settlements: ['rural', 'urban'],
		featureParams: [63, 61, 18, 23, 1, 6],
		hasApplied: true,
		idRank: Uint32Array.of(2, 0, 3, 1),
		ids: HouseholdIds.of(['', 'Ä-7', 'Ä-71', 'ж 2']),
		present: new Set(['hh_id', 'region', 'weight', 'applied']),
		columns: {
			size: Float64Array.of(1, 2, 3, 4),
			income_wages: Float64Array.of(0, 120_000, 2 ** 30, 5),
			weight: Float64Array.of(0.5, 1.25, 3, 2),
			cpc: Float64Array.of(7, 1 / 3, 9, 2)
		}
	};
}

// By region, then consumption: household 1 (region 0), then households 3 and 0 (region 5); household 2 has no region.
const consumers = () => ({
	offsets: Int32Array.from({ length: 21 }, (_, r) => (r === 0 ? 0 : r <= 5 ? 1 : 3)),
	cpc: Float64Array.of(1 / 3, 2, 7),
	wp: Float64Array.of(2.5, 8, 0.5)
});
/** Region constants with figures of region `k`. */
const regionOf = (k: number): RegionConstants => ({
	households: k,
	persons: 2 * k,
	weighted_households: k * 1.5,
	weighted_persons: k * 3.25,
	other_notified: k / 7,
	other_applied: k / 9,
	local_eligible_households: k,
	local_annual_per_mrp: 10 * k,
	local_eligible_households_fixed: 0,
	local_annual_fixed_kzt: 100 * k,
	bottom_persons: k / 3,
	median: 0
});
const bundle = (): PreparedBundle => ({ name: 'national', report, columns: { ...tinyColumns(), consumers: consumers() } });

describe('a prepared bundle', () => {
	it('reads back the name, the report, every column and the consumers', () => {
		const back = decodeBundle(encodeBundle(bundle()));
		expect(back.name).toBe('national');
		expect(back.report).toEqual(report);
		expect(back.columns.consumers).toEqual(consumers());
		const columns = tinyColumns();
		expect(back.columns.n).toBe(4);
		expect([...back.columns.region]).toEqual([5, 0, 255, 5]);
		expect([...back.columns.settlement]).toEqual([1, 0, 255, 1]);
		expect(back.columns.settlements).toEqual(['rural', 'urban']);
		expect(back.columns.featureParams).toEqual(columns.featureParams);
		expect([...back.columns.idRank]).toEqual([2, 0, 3, 1]);
		expect(Array.from({ length: 4 }, (_, r) => back.columns.ids.at(r))).toEqual(['', 'Ä-7', 'Ä-71', 'ж 2']);
		expect([back.columns.ids.rankOf('ж 2'), back.columns.ids.rankOf('Ä'), back.columns.ids.withPrefix('Ä-7')]).toEqual([
			3,
			-1,
			{ from: 1, to: 3 }
		]);
		expect(back.columns.present).toEqual(columns.present);
		for (const [name, values] of Object.entries(columns.columns))
			expect(Array.from(back.columns.columns[name]), name).toEqual(Array.from(values));
		expect(Object.keys(back.columns.columns).sort()).toEqual(Object.keys(columns.columns).sort());
	});

	it('is a plain Arrow table others can read: coded regions, nulls where nothing is recorded, the manifest in its metadata', () => {
		const table = tableFromIPC(encodeBundle(bundle()));
		expect(table.numRows).toBe(4);
		expect([...table.getChild('region')!]).toEqual([REGION_CODES[5], REGION_CODES[0], null, REGION_CODES[5]]);
		expect([...table.getChild('settlement')!]).toEqual(['urban', 'rural', null, 'urban']);
		expect([...table.getChild('consumer_rank')!]).toEqual([2, 0, null, 1]);
		expect([...table.getChild('id_rank')!]).toEqual([2, 0, 3, 1]);
		expect(String(table.getChild('id_rank')!.type)).toBe('Uint32');
		// The ids in hh_id order: taken by id_rank they are each row's own.
		expect([...table.getChild('ids_by_rank')!]).toEqual(['', 'Ä-7', 'Ä-71', 'ж 2']);
		expect(String(table.getChild('ids_by_rank')!.type)).toBe('Utf8');
		expect(String(table.getChild('income_wages')!.type)).toBe('Int32');
		const manifest = JSON.parse(table.schema.metadata.get(MANIFEST_KEY)!);
		expect(manifest).toMatchObject({
			format: 'komek-bundle',
			bundle_version: BUNDLE_VERSION,
			contract_version: CONTRACT_VERSION,
			households: 4,
			report
		});
		expect(manifest.present_columns).toEqual(['applied', 'hh_id', 'region', 'weight']);
	});

	it('keeps "no consumption data" (null) apart from "consumers not stored" (undefined)', () => {
		const noCpc = { ...tinyColumns(), consumers: null };
		noCpc.columns.cpc = new Float64Array(4).fill(Number.NaN);
		expect(decodeBundle(encodeBundle({ name: 'x', report, columns: noCpc })).columns.consumers).toBeNull();
		const unknown = decodeBundle(encodeBundle({ name: 'x', report, columns: tinyColumns() }));
		expect(unknown.columns.consumers).toBeUndefined();
	});

	it("refuses hh_id ranks that are not each household's own place", () => {
		const twice = { ...tinyColumns(), idRank: Uint32Array.of(2, 0, 2, 1) };
		expect(() => decodeBundle(encodeBundle({ name: 'x', report, columns: twice }))).toThrow(
			/household 3's hh_id rank \(2\) is out of place/
		);
		const beyond = { ...tinyColumns(), idRank: Uint32Array.of(2, 0, 4, 1) };
		expect(() => decodeBundle(encodeBundle({ name: 'x', report, columns: beyond }))).toThrow(/cut short or damaged.*rank \(4\)/);
	});

	it('refuses hh_ids out of hh_id order (a binary search would miss them)', () => {
		const swapped = HouseholdIds.of(['a', 'b', 'c', 'd']);
		swapped.bytes.set([0x61], 2); // a, b, a, d
		expect(() => decodeBundle(encodeBundle({ name: 'x', report, columns: { ...tinyColumns(), ids: swapped } }))).toThrow(
			/cut short or damaged.*not ascending at rank 2/
		);
	});

	it('refuses to write consumers that disagree with the columns', () => {
		const wrong = { ...tinyColumns(), consumers: { ...consumers(), wp: Float64Array.of(2.5, 8, 0.75) } };
		expect(() => encodeBundle({ name: 'x', report, columns: wrong })).toThrow(/disagree with the columns at rank 2/);
	});

	it('stores each column in the narrowest exact type', () => {
		const c = tinyColumns().columns;
		expect([narrowestKind(c.size), narrowestKind(c.income_wages), narrowestKind(c.weight), narrowestKind(c.cpc)]).toEqual([
			'u8',
			'i32',
			'f32',
			'f64'
		]);
		expect(narrowestKind(Float64Array.of(-1, 2))).toBe('i32');
		expect(narrowestKind(Float64Array.of(2 ** 31))).toBe('f32');
		expect(narrowestKind(Float64Array.of(Number.NaN, 0.1))).toBe('f64');
		expect(narrowestKind(Float64Array.of(Number.NaN, 0.5))).toBe('f32');
	});

	it('reads a bundle that does not start on an 8-byte boundary of its buffer (as a slice of a larger read)', () => {
		const bytes = encodeBundle(bundle());
		const larger = new Uint8Array(bytes.length + 3);
		larger.set(bytes, 3);
		expect(Array.from(decodeBundle(larger.subarray(3)).columns.columns.weight)).toEqual([0.5, 1.25, 3, 2]);
	});

	it("knows its file names, and an older bundle's to refuse it", () => {
		expect(['national.komek.arrows', 'NATIONAL.KOMEK.ARROWS', 'old.komek'].map(isBundleFileName)).toEqual([true, true, true]);
		expect(['households.csv', 'households.arrow', 'x.komek.json'].map(isBundleFileName)).toEqual([false, false, false]);
	});

	it("keeps the law's passes: the income in doubles, tests as Arrow booleans, flags in bytes, region constants in the manifest", () => {
		const regions = REGION_CODES.map((_, k) => ({ ...regionOf(k), median: k === 3 ? Number.NaN : 1000 + k }));
		// Three settlement cells (rural, urban, none known): take-up for every region code, the card's rates per region.
		const cells = (length: number, k: number) => Float64Array.from({ length }, (_, i) => (i === k ? Number.NaN : i / length));
		const byRegion = 20 * 3;
		const learnt = {
			takeup: cells(256 * 3, 5),
			response: cells(byRegion, 1),
			responseOther: cells(byRegion, 2),
			gap: {
				stride: 3,
				notify: cells(byRegion, 3),
				respond: cells(byRegion, 4),
				notifyOther: cells(byRegion, 5),
				respondOther: cells(byRegion, 6),
				takeup: cells(byRegion, -1)
			}
		};
		const passes: KeptPass[] = [
			{ slot: 'income', key: 'pc income sql', values: Float64Array.of(1.5, 2, 7, Number.NaN), known: 3 },
			{ slot: 'test tsa.assets.max_vehicles', key: 'vehicles sql', values: Uint8Array.of(1, 0, 1, 1) },
			{ slot: 'pass eligible', key: 'eligible sql', values: Uint8Array.of(0, 0, 1, 0) },
			{ slot: 'flags', key: 'flags sql', values: Uint8Array.of(5, 0, 17, 2) },
			{ slot: 'regions', key: 'regions key', regions },
			{ slot: 'learnt', key: 'learnt key', learnt }
		];
		const bytes = encodeBundle({ ...bundle(), passes });
		const table = tableFromIPC(bytes);
		expect(String(table.getChild('kept_1')!.type)).toBe('Bool');
		expect([...table.getChild('kept_1')!]).toEqual([true, false, true, true]);
		expect(String(table.getChild('kept_0')!.type)).toBe('Float64');
		const back = decodeBundle(bytes);
		// Not household columns: the rules never read them as such.
		expect(Object.keys(back.columns.columns).some((c) => c.startsWith('kept_'))).toBe(false);
		expect(back.passes!.map((p) => [p.slot, p.key, p.known])).toEqual(passes.map((p) => [p.slot, p.key, p.known]));
		passes.forEach((p, i) => p.values && expect(Array.from(back.passes![i].values!), p.slot).toEqual(Array.from(p.values)));
		expect(back.passes![4].regions).toEqual(regions);
		expect(back.passes![5].learnt).toEqual(learnt);
		// Damaged rates (one cell short) are refused.
		const short = { ...learnt, response: learnt.response.subarray(1) };
		expect(() => decodeBundle(encodeBundle({ ...bundle(), passes: [{ slot: 'learnt', key: 'k', learnt: short }] }))).toThrow(
			/learnt rates are not one per region and settlement/
		);
		// A pass that is not 1 or 0 is not written as one.
		const two = passes.map((p) => (p.slot === 'pass eligible' ? { ...p, values: Uint8Array.of(0, 2, 1, 0) } : p));
		expect(() => encodeBundle({ ...bundle(), passes: two })).toThrow(/pass eligible holds 2 at row 1/);
		// One that does not fit the households is refused as damaged.
		const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
		const edited = Uint8Array.from(text.replace('"known":3', '"known":9'), (ch) => ch.charCodeAt(0));
		expect(() => decodeBundle(edited)).toThrow(/cut short or damaged.*kept per-capita income is damaged/);
	});

	it('refuses other files, older bundles, cut-short files and other versions, saying how to make a good one', () => {
		expect(() => decodeBundle(new TextEncoder().encode('hh_id,region\n1,astana\n'))).toThrow(/not a prepared bundle/);
		const framed = new Uint8Array(64);
		framed.set(new TextEncoder().encode('KMKB'));
		expect(() => decodeBundle(framed)).toThrow(/made by an older version of Komek: make it again with `npm run bundle/);
		const bytes = encodeBundle(bundle());
		expect(() => decodeBundle(bytes.subarray(0, 20))).toThrow(/cut short.*npm run bundle/);
		expect(() => decodeBundle(bytes.subarray(0, bytes.length - 8))).toThrow(/cut short/);
		const padded = new Uint8Array(bytes.length + 16);
		padded.set(bytes);
		expect(() => decodeBundle(padded)).toThrow(/joined to another file/);
		const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
		const bump = (from: string, to: string) => Uint8Array.from(text.replace(from, to), (ch) => ch.charCodeAt(0));
		expect(() => decodeBundle(bump(`"bundle_version":${BUNDLE_VERSION}`, '"bundle_version":4'))).toThrow(
			/older version of Komek \(format 4/
		);
		// Format 5 (no household facts, no hh_id rank) is refused the same way.
		expect(() => decodeBundle(bump(`"bundle_version":${BUNDLE_VERSION}`, '"bundle_version":5'))).toThrow(
			/older version of Komek \(format 5.*make it again/
		);
		// Format 6 (no hh_ids) and 7 (no kept passes) too.
		expect(() => decodeBundle(bump(`"bundle_version":${BUNDLE_VERSION}`, '"bundle_version":6'))).toThrow(
			/older version of Komek \(format 6.*make it again/
		);
		expect(() => decodeBundle(bump(`"bundle_version":${BUNDLE_VERSION}`, '"bundle_version":7'))).toThrow(
			/older version of Komek \(format 7.*make it again/
		);
		expect(() => decodeBundle(bump(`"bundle_version":${BUNDLE_VERSION}`, '"bundle_version":9'))).toThrow(/format 9, this app reads/);
		expect(() => decodeBundle(bump('"format":"komek-bundle"', '"format":"komek-bundlx"'))).toThrow(/manifest is damaged/);
		expect(() => decodeBundle(bump(MANIFEST_KEY, 'komek.bundlx'))).toThrow(/no komek.bundle manifest/);
	});
});
