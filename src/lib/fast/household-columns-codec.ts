// The household columns as bytes, each column in the narrowest type that holds every value exactly (counts and
// flags in one byte, whole tenge in four): about 70 bytes a household instead of 250 as doubles.
// Layout (framed.ts): "KMKH", a uint32 header length, the JSON header (row count, settlements, feature parameters,
// column table), then each typed array at an 8-byte-aligned offset, little-endian.
import type { ParamValue } from '../rules/parameter';
import { align8, readFramed, writeFramed } from './framed';
import type { HouseholdColumns } from './household-columns';

const MAGIC = 'KMKH';
const VERSION = 3;
const CTORS = { u8: Uint8Array, i32: Int32Array, f32: Float32Array, f64: Float64Array } as const;
type Kind = keyof typeof CTORS;
type Typed = Uint8Array | Int32Array | Float32Array | Float64Array;

interface Header {
	version: number;
	n: number;
	settlements: string[];
	featureParams: ParamValue[];
	hasApplied: boolean;
	/** Each array's kind and offset; `length` when it is not one value per household (the consumers). */
	arrays: Record<string, { kind: Kind; offset: number; length?: number }>;
	/** True when the consumers are stored (`consumers_offsets__`, `consumers_cpc__`, `consumers_wp__`); null: none. */
	consumers?: boolean | null;
}

/** The narrowest kind holding every value of `values` exactly (NaN only in the float kinds). */
export function narrowestKind(values: ArrayLike<number>): Kind {
	let integral = true;
	let byte = true;
	let single = true;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (integral && !(Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31 && !Object.is(v, -0))) integral = byte = false;
		if (byte && (v < 0 || v > 255)) byte = false;
		if (single && !Object.is(Math.fround(v), v) && !Number.isNaN(v)) single = false;
		if (!integral && !single) return 'f64';
	}
	return byte ? 'u8' : integral ? 'i32' : 'f32';
}

/** The columns as one byte array (`decodeHouseholdColumns` reads them back, equal in every value). */
export function encodeHouseholdColumns(h: HouseholdColumns): Uint8Array {
	const named: [string, Typed][] = [
		['region__', h.region],
		['settlement__', h.settlement],
		...Object.entries(h.columns).map(([name, values]): [string, Typed] => [name, CTORS[narrowestKind(values)].from(values as ArrayLike<number>)])
	];
	if (h.consumers)
		named.push(['consumers_offsets__', h.consumers.offsets], ['consumers_cpc__', h.consumers.cpc], ['consumers_wp__', h.consumers.wp]);
	let at = 0;
	const arrays: Header['arrays'] = {};
	for (const [name, a] of named) {
		arrays[name] = { kind: kindOf(a), offset: at, ...(a.length === h.n ? {} : { length: a.length }) };
		at = align8(at + a.byteLength);
	}
	const consumers = h.consumers === undefined ? undefined : h.consumers !== null;
	const header: Header = { version: VERSION, n: h.n, settlements: h.settlements, featureParams: h.featureParams, hasApplied: h.hasApplied, arrays, consumers };
	const { bytes, bodyStart } = writeFramed(MAGIC, header, at);
	for (const [name, a] of named) bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), bodyStart + arrays[name].offset);
	return bytes;
}

/** Reads bytes written by `encodeHouseholdColumns` (typed arrays laid over them, no copy when aligned). */
export function decodeHouseholdColumns(bytes: Uint8Array): HouseholdColumns {
	const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
	const framed = readFramed(b, MAGIC);
	if ('problem' in framed) throw new Error(framed.problem === 'magic' ? 'not Komek household columns (bad magic)' : 'truncated household columns (header)');
	const header = JSON.parse(framed.headerText) as Header;
	if (header.version !== VERSION) throw new Error(`household columns version ${header.version}, expected ${VERSION}`);
	const read = (name: string): Typed => {
		const spec = header.arrays[name];
		if (!spec) throw new Error(`household columns have no ${name}`);
		const ctor = CTORS[spec.kind];
		const start = framed.body.byteOffset + spec.offset;
		const length = spec.length ?? header.n;
		if (start + length * ctor.BYTES_PER_ELEMENT > b.byteOffset + b.byteLength) throw new Error(`truncated household columns (${name})`);
		return new ctor(b.buffer as ArrayBuffer, start, length);
	};
	const columns: Record<string, Typed> = {};
	for (const name of Object.keys(header.arrays)) if (!name.endsWith('__')) columns[name] = read(name);
	return {
		n: header.n,
		region: read('region__') as Uint8Array,
		settlement: read('settlement__') as Uint8Array,
		settlements: header.settlements,
		featureParams: header.featureParams,
		hasApplied: header.hasApplied,
		columns,
		...(header.consumers === undefined
			? {}
			: {
					consumers: header.consumers
						? {
								offsets: read('consumers_offsets__') as Int32Array,
								cpc: read('consumers_cpc__') as Float64Array,
								wp: read('consumers_wp__') as Float64Array
							}
						: null
				})
	};
}

function kindOf(a: Typed): Kind {
	if (a instanceof Uint8Array) return 'u8';
	if (a instanceof Int32Array) return 'i32';
	if (a instanceof Float32Array) return 'f32';
	return 'f64';
}
