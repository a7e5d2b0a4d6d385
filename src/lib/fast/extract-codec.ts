// One structure's extract as bytes: the build writes the embedded dataset's, so the app answers before DuckDB is up.
// An Arrow IPC stream of one row: each array of the extract a list column in its own number type (its arrays are
// of different lengths), the rest (key, structure, notices, region constants) as JSON in the schema metadata under
// `komek.extract`. DuckDB and pyarrow read it as any Arrow stream (`unnest(offsets)`); the app lays typed arrays
// over the bytes.
import { Field, List, Table, makeData, makeVector, tableFromIPC, tableToIPC, type Data, type Vector } from 'apache-arrow';
import type { RegionConstants } from './region-constants';
import type { StructureExtract } from './extract';

const KEY = 'komek.extract';
/** 3: the first in Arrow (1 and 2 were a framed binary). */
const VERSION = 3;

type ArrayName =
	| 'offsets'
	| 'pcIncome'
	| 'weight'
	| 'size'
	| 'kids'
	| 'takeup'
	| 'flags'
	| 'settlement'
	| 'cpc'
	| 'gNotify'
	| 'gRespond'
	| 'gNotifyOther'
	| 'gRespondOther'
	| 'gTakeup'
	| 'cOffsets'
	| 'cCpc'
	| 'cWp';
type Typed = Float64Array | Float32Array | Int32Array | Uint8Array;

interface Header {
	version: number;
	key: string;
	structure: StructureExtract['structure'];
	notices: string[];
	/** Region constants with a missing median written as null (JSON has no NaN). */
	regions: (Omit<RegionConstants, 'median'> & { median: number | null })[];
	/** `gapRates.stride` (its arrays are gNotify, gRespond, gNotifyOther, gRespondOther, gTakeup). */
	gapStride: number;
}

/** `a` as a list column of one row (the child's number type follows the typed array's). */
function listOf(a: Typed): Vector {
	const child = makeVector(a).data[0];
	return makeVector(
		makeData({
			type: new List(new Field('item', child.type, false)),
			length: 1,
			nullCount: 0,
			valueOffsets: Int32Array.of(0, a.length),
			child
		})
	);
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
	const table = new Table(Object.fromEntries(named.map(([name, a]) => [name, listOf(a)])));
	const header: Header = {
		version: VERSION,
		key: x.key,
		structure: x.structure,
		notices: x.notices,
		regions: x.regions.map((r) => ({ ...r, median: Number.isNaN(r.median) ? null : r.median })),
		gapStride: x.gapRates.stride
	};
	table.schema.metadata.set(KEY, JSON.stringify(header));
	return tableToIPC(table, 'stream');
}

/** Reads bytes written by `encodeExtract`; throws a plain message when they are not such bytes. */
export function decodeExtract(bytes: Uint8Array): StructureExtract {
	// Typed arrays need aligned offsets: work on a copy when the bytes do not start on an 8-byte boundary.
	const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
	if (b.length < 8 || b[0] !== 0xff || b[1] !== 0xff || b[2] !== 0xff || b[3] !== 0xff)
		throw new Error('not a Komek extract (not an Arrow stream)');
	let table: Table;
	try {
		table = tableFromIPC(b);
	} catch (e) {
		throw new Error(`truncated Komek extract (${(e as Error).message})`, { cause: e });
	}
	const text = table.schema.metadata.get(KEY);
	if (text === undefined) throw new Error(`not a Komek extract (no ${KEY} metadata), or truncated`);
	const header = JSON.parse(text) as Header;
	if (header.version !== VERSION) throw new Error(`Komek extract version ${header.version}, expected ${VERSION}`);
	const read = <T extends Typed>(name: ArrayName): T => {
		const column = table.getChild(name);
		if (!column || column.data.length !== 1) throw new Error(`truncated Komek extract (${name})`);
		const list = column.data[0] as Data<List>;
		const child = list.children[0];
		const [from, to] = [list.valueOffsets[0], list.valueOffsets[1]];
		if (!child?.values || !(to <= child.values.length)) throw new Error(`truncated Komek extract (${name})`);
		return (child.values as T).subarray(from, to) as T;
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
		consumers: table.getChild('cOffsets') ? { offsets: read('cOffsets'), cpc: read('cCpc'), wp: read('cWp') } : null
	};
}
