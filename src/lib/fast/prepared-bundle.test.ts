// A prepared bundle written to bytes and read back; bytes that are not a bundle refused with a message for the user.
import { describe, expect, it } from 'vitest';
import type { DatasetReport } from '../data/load';
import type { HouseholdColumns } from './household-columns';
import { narrowestKind } from './household-columns-codec';
import { decodeBundle, encodeBundle, type PreparedBundle } from './prepared-bundle';

const report = {
	accepted: true,
	problems: [],
	problemCount: 0,
	notices: [],
	summary: { households: 3, persons: 6 },
	manifest: { name: 'national' }
} as unknown as DatasetReport;

function tinyColumns(): HouseholdColumns {
	return {
		n: 3,
		region: Uint8Array.of(0, 5, 255),
		settlement: Uint8Array.of(1, 0, 1),
		settlements: ['rural', 'urban'],
		featureParams: [63, 61, 18, 23, 1, 6],
		hasApplied: true,
		columns: {
			size: Float64Array.of(1, 2, 3),
			income_wages: Float64Array.of(0, 120_000, 2 ** 30),
			weight: Float64Array.of(0.5, 1.25, 3),
			cpc: Float64Array.of(Number.NaN, 1 / 3, 7)
		}
	};
}

const consumers = () => ({ offsets: Int32Array.from({ length: 21 }, (_, r) => (r === 0 ? 0 : 2)), cpc: Float64Array.of(0.25, 7), wp: Float64Array.of(1, 3.75) });
const bundle = (): PreparedBundle => ({ name: 'national', report, columns: { ...tinyColumns(), consumers: consumers() } });

describe('a prepared bundle', () => {
	it('reads back the name, the report, every column and the consumers', () => {
		const back = decodeBundle(encodeBundle(bundle()));
		expect(back.name).toBe('national');
		expect(back.report).toEqual(report);
		expect(back.columns.consumers).toEqual(consumers());
		const columns = tinyColumns();
		expect(back.columns.n).toBe(3);
		expect([...back.columns.region]).toEqual([0, 5, 255]);
		expect(back.columns.settlements).toEqual(['rural', 'urban']);
		expect(back.columns.featureParams).toEqual(columns.featureParams);
		for (const [name, values] of Object.entries(columns.columns)) expect(Array.from(back.columns.columns[name]), name).toEqual(Array.from(values));
		expect(Object.keys(back.columns.columns).sort()).toEqual(Object.keys(columns.columns).sort());
	});

	it('keeps "no consumption data" (null) apart from "consumers not stored" (undefined)', () => {
		const none = decodeBundle(encodeBundle({ name: 'x', report, columns: { ...tinyColumns(), consumers: null } }));
		expect(none.columns.consumers).toBeNull();
		const unknown = decodeBundle(encodeBundle({ name: 'x', report, columns: tinyColumns() }));
		expect(unknown.columns.consumers).toBeUndefined();
	});

	it('stores each column in the narrowest exact type', () => {
		const c = tinyColumns().columns;
		expect([narrowestKind(c.size), narrowestKind(c.income_wages), narrowestKind(c.weight), narrowestKind(c.cpc)]).toEqual(['u8', 'i32', 'f32', 'f64']);
		expect(narrowestKind(Float64Array.of(-1, 2))).toBe('i32');
		expect(narrowestKind(Float64Array.of(2 ** 31))).toBe('f32');
		expect(narrowestKind(Float64Array.of(Number.NaN, 0.1))).toBe('f64');
		expect(narrowestKind(Float64Array.of(Number.NaN, 0.5))).toBe('f32');
	});

	it('reads a bundle that does not start on an 8-byte boundary of its buffer (as a slice of a larger read)', () => {
		const bytes = encodeBundle(bundle());
		const larger = new Uint8Array(bytes.length + 3);
		larger.set(bytes, 3);
		expect(Array.from(decodeBundle(larger.subarray(3)).columns.columns.weight)).toEqual([0.5, 1.25, 3]);
	});

	it('refuses other files, cut-short files and other versions, saying how to make a good one', () => {
		expect(() => decodeBundle(new TextEncoder().encode('hh_id,region\n1,astana\n'))).toThrow(/not a prepared bundle.*npm run bundle/);
		const bytes = encodeBundle(bundle());
		expect(() => decodeBundle(bytes.subarray(0, 20))).toThrow(/cut short.*npm run bundle/);
		expect(() => decodeBundle(bytes.subarray(0, bytes.length - 8))).toThrow(/cut short/);
		const json = new TextDecoder().decode(bytes.subarray(8, 8 + new DataView(bytes.buffer).getUint32(4, true)));
		const other = new Uint8Array(bytes);
		other.set(new TextEncoder().encode(json.replace('"version":4', '"version":9')), 8);
		expect(() => decodeBundle(other)).toThrow(/version 9.*npm run bundle/);
	});
});
