// One structure's extract as bytes: the build writes the embedded dataset's, so the app answers before DuckDB is up.
// Layout (framed.ts): "KMKX", a uint32 header length, the JSON header (key, structure, notices, region constants, array table),
// then each typed array at an 8-byte-aligned offset, little-endian as every browser and Node here.
import type { RegionConstants } from './region-constants';
import type { StructureExtract } from './extract';
import { align8, readFramed, writeFramed } from './framed';

const MAGIC = 'KMKX';
const VERSION = 2;

type ArrayName =
	| 'offsets' | 'pcIncome' | 'weight' | 'size' | 'kids' | 'takeup' | 'flags' | 'settlement' | 'cpc'
	| 'gNotify' | 'gRespond' | 'gNotifyOther' | 'gRespondOther' | 'gTakeup' | 'cOffsets' | 'cCpc' | 'cWp';
type Typed = Float64Array | Float32Array | Int32Array | Uint8Array;
const CTORS = { f64: Float64Array, f32: Float32Array, i32: Int32Array, u8: Uint8Array } as const;
type Kind = keyof typeof CTORS;

interface Header {
	version: number;
	key: string;
	structure: StructureExtract['structure'];
	notices: string[];
	/** Region constants with a missing median written as null (JSON has no NaN). */
	regions: (Omit<RegionConstants, 'median'> & { median: number | null })[];
	/** `gapRates.stride` (its arrays are gNotify, gRespond, gNotifyOther, gRespondOther, gTakeup). */
	gapStride: number;
	arrays: Partial<Record<ArrayName, { kind: Kind; offset: number; length: number }>>;
}

function kindOf(a: Typed): Kind {
	if (a instanceof Float64Array) return 'f64';
	if (a instanceof Float32Array) return 'f32';
	if (a instanceof Int32Array) return 'i32';
	return 'u8';
}

/** The extract as one byte array (`decodeExtract` reads it back, equal in every value). */
export function encodeExtract(x: StructureExtract): Uint8Array {
	const named: [ArrayName, Typed][] = [
		['offsets', x.offsets],
		['pcIncome', x.pcIncome],
		['weight', x.weight],
		['size', x.size],
		['kids', x.kids],
		['takeup', x.takeup],
		['flags', x.flags],
		['settlement', x.settlement],
		['cpc', x.cpc],
		['gNotify', x.gapRates.notify],
		['gRespond', x.gapRates.respond],
		['gNotifyOther', x.gapRates.notifyOther],
		['gRespondOther', x.gapRates.respondOther],
		['gTakeup', x.gapRates.takeup]
	];
	if (x.consumers) named.push(['cOffsets', x.consumers.offsets], ['cCpc', x.consumers.cpc], ['cWp', x.consumers.wp]);
	let at = 0;
	const arrays: Header['arrays'] = {};
	for (const [name, a] of named) {
		arrays[name] = { kind: kindOf(a), offset: at, length: a.length };
		at = align8(at + a.byteLength);
	}
	const header: Header = {
		version: VERSION,
		key: x.key,
		structure: x.structure,
		notices: x.notices,
		regions: x.regions.map((r) => ({ ...r, median: Number.isNaN(r.median) ? null : r.median })),
		gapStride: x.gapRates.stride,
		arrays
	};
	const { bytes: out, bodyStart } = writeFramed(MAGIC, header, at);
	for (const [name, a] of named) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), bodyStart + arrays[name]!.offset);
	return out;
}

/** Reads bytes written by `encodeExtract`; throws a plain message when they are not such bytes. */
export function decodeExtract(bytes: Uint8Array): StructureExtract {
	// Typed arrays need aligned offsets: work on a copy when the bytes do not start on an 8-byte boundary.
	const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
	const framed = readFramed(b, MAGIC);
	if ('problem' in framed) throw new Error(framed.problem === 'magic' ? 'not a Komek extract (bad magic)' : 'truncated Komek extract (header)');
	const header = JSON.parse(framed.headerText) as Header;
	if (header.version !== VERSION) throw new Error(`Komek extract version ${header.version}, expected ${VERSION}`);
	const bodyStart = framed.body.byteOffset;
	const read = <T extends Typed>(name: ArrayName): T => {
		const spec = header.arrays[name];
		if (!spec) throw new Error(`Komek extract has no ${name}`);
		const ctor = CTORS[spec.kind];
		const end = bodyStart + spec.offset + spec.length * ctor.BYTES_PER_ELEMENT;
		if (end > b.byteOffset + b.byteLength) throw new Error(`truncated Komek extract (${name})`);
		return new ctor(b.buffer as ArrayBuffer, bodyStart + spec.offset, spec.length) as T;
	};
	return {
		key: header.key,
		structure: header.structure,
		notices: header.notices,
		offsets: read('offsets'),
		pcIncome: read('pcIncome'),
		weight: read('weight'),
		size: read('size'),
		kids: read('kids'),
		takeup: read('takeup'),
		flags: read('flags'),
		settlement: read('settlement'),
		gapRates: {
			stride: header.gapStride,
			notify: read('gNotify'),
			respond: read('gRespond'),
			notifyOther: read('gNotifyOther'),
			respondOther: read('gRespondOther'),
			takeup: read('gTakeup')
		},
		cpc: read('cpc'),
		regions: header.regions.map((r) => ({ ...r, median: r.median ?? Number.NaN })),
		consumers: header.arrays.cOffsets ? { offsets: read('cOffsets'), cpc: read('cCpc'), wp: read('cWp') } : null
	};
}
