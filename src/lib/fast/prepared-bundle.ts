// A prepared bundle: a dataset too large for the browser's heap, reduced by `npm run bundle` to what the figures
// need, as one Arrow IPC stream file (`<name>.komek.arrows`) that DuckDB, Python (pyarrow, polars) and R (arrow)
// open as they are. One row per household in (region, per-capita income) order; `region` and `settlement` are
// dictionary-coded (null: not recorded); every column the rules read in the narrowest type holding its values
// exactly (NaN: unknown), and the household facts views count; `id_rank` is the household's place in hh_id order, and
// `ids_by_rank` every hh_id in that order (row r holds the id of rank r, not row r's: pyarrow's `take(id_rank)` lays
// them out by row), so the app keeps the ids as the file holds them and finds one by binary search;
// `consumer_rank` its place among those with consumption, by region then consumption per capita (null: no
// consumption); `kept_0`, `kept_1`, … the costly passes of the law's extract (extract-columns.ts `keptPasses`: the
// per-capita income, each asset test and the eligibility as booleans, the extract's flags), so the page builds the law's
// index without evaluating every household first; the manifest names each one's slot and key. The manifest (format
// and contract versions, the dataset's check report and summary, the columns the dataset fills, the kept passes'
// keys, learnt rates and region constants) is the schema's metadata under `komek.bundle`; `npm run bundle` also
// writes it beside the file as `<name>.komek.json`. The app builds any structure's prefix index from the columns (extract-columns.ts).
import {
	Bool,
	Dictionary,
	Float32,
	Float64,
	Int32,
	Table,
	Uint8,
	Uint32,
	Utf8,
	makeData,
	makeVector,
	tableFromIPC,
	tableToIPC,
	vectorFromArray,
	type Data,
	type DataType,
	type Vector
} from 'apache-arrow';
import type { DatasetReport } from '../data/load';
import { REGION_CODES } from '../data/regions';
import type { ParamValue } from '../rules/parameter';
import { HouseholdIds } from '../sim/household-ids';
import type { HouseholdColumns } from './household-columns';
import { isBitPass, rememberPasses, type KeptPass, type KeptRates } from './extract-columns';
import { narrowestKind, type NumberKind } from './narrowest-kind';
import type { RegionConstants } from './region-constants';
import { orderByGroupThenKey } from './radix-order';

/** The file name ending `npm run bundle` writes and the app recognises. */
export const BUNDLE_EXTENSION = '.komek.arrows';
/** The ending of the manifest written beside the bundle (for people and tools; the app reads the file's own). */
export const MANIFEST_EXTENSION = '.komek.json';
/** The ending of the bundles of earlier versions (a framed binary), recognised only to be refused. */
const OLD_EXTENSION = '.komek';
/** The schema metadata key holding the manifest. */
export const MANIFEST_KEY = 'komek.bundle';
/**
 * Bumped when the columns or the manifest change shape (8: the law's passes kept; 7: ids_by_rank; 6: facts, id_rank,
 * present_columns; 5: the first Arrow bundle; 1–4 were framed `.komek`).
 */
export const BUNDLE_VERSION = 8;
/** How the kept passes' columns begin: kept pass `i` is column `kept_<i>`. */
const KEPT_PREFIX = 'kept_';
const KEPT = (i: number) => `${KEPT_PREFIX}${i}`;
/** The contract version (spec §1) of the dataset the bundle was made from. */
export const CONTRACT_VERSION = '1.1';

const REMAKE = 'make it again with `npm run bundle -- --data <folder>`';
const NONE = 255;

/**
 * What a bundle carries: the dataset's name and check report (with its summary), the household columns, and the law's
 * passes it keeps (remembered for the columns when read: `decodeBundle`).
 */
export interface PreparedBundle {
	name: string;
	report: DatasetReport;
	columns: HouseholdColumns;
	passes?: KeptPass[];
}

/** The bundle's JSON manifest (schema metadata, and the `.komek.json` beside the file). */
export interface BundleManifest {
	format: 'komek-bundle';
	bundle_version: number;
	contract_version: string;
	name: string;
	households: number;
	/** The feature parameters the columns were built with (HouseholdColumns.featureParams). */
	feature_params: ParamValue[];
	/** False when the dataset has no `applied` column. */
	has_applied: boolean;
	/** The columns of the dataset's households with at least one value (HouseholdColumns.present), sorted. */
	present_columns: string[];
	/** The check report of the dataset (with its summary), as `npm run validate` gives it. */
	report: DatasetReport;
	/** The passes kept (`KeptPass`): per household in column `column`, or the region constants (NaN written as null). */
	kept_passes: {
		slot: string;
		key: string;
		column?: string;
		known?: number;
		regions?: Record<string, number | null>[];
		learnt?: JsonRates;
	}[];
}

/** Numbers as JSON writes them: NaN as null. */
type JsonNumbers = (number | null)[];
/** Kept learnt rates in the manifest: each array by cell, NaN as null. */
type JsonRates = Record<'takeup' | 'response' | 'responseOther', JsonNumbers> & {
	gap: { stride: number } & Record<'notify' | 'respond' | 'notifyOther' | 'respondOther' | 'takeup', JsonNumbers>;
};

const toJson = (a: Float64Array): JsonNumbers => Array.from(a, (v) => (Number.isNaN(v) ? null : v));
const fromJson = (a: JsonNumbers | undefined): Float64Array =>
	Array.isArray(a) ? Float64Array.from(a, (v) => (v === null ? Number.NaN : Number(v))) : new Float64Array(0);

function ratesToJson(r: KeptRates): JsonRates {
	const { stride, notify, respond, notifyOther, respondOther, takeup } = r.gap;
	return {
		takeup: toJson(r.takeup),
		response: toJson(r.response),
		responseOther: toJson(r.responseOther),
		gap: {
			stride,
			notify: toJson(notify),
			respond: toJson(respond),
			notifyOther: toJson(notifyOther),
			respondOther: toJson(respondOther),
			takeup: toJson(takeup)
		}
	};
}

function ratesFromJson(r: JsonRates): KeptRates {
	const g = r.gap ?? {};
	return {
		takeup: fromJson(r.takeup),
		response: fromJson(r.response),
		responseOther: fromJson(r.responseOther),
		gap: {
			stride: g.stride,
			notify: fromJson(g.notify),
			respond: fromJson(g.respond),
			notifyOther: fromJson(g.notifyOther),
			respondOther: fromJson(g.respondOther),
			takeup: fromJson(g.takeup)
		}
	};
}

/** True for a file the app should read as a bundle: this version's, or an older one (to refuse it clearly). */
export function isBundleFileName(name: string): boolean {
	const lower = name.toLowerCase();
	return lower.endsWith(BUNDLE_EXTENSION) || lower.endsWith(OLD_EXTENSION);
}

/** The manifest of `b`. */
export function bundleManifest(b: PreparedBundle): BundleManifest {
	return {
		format: 'komek-bundle',
		bundle_version: BUNDLE_VERSION,
		contract_version: CONTRACT_VERSION,
		name: b.name,
		households: b.columns.n,
		feature_params: b.columns.featureParams,
		has_applied: b.columns.hasApplied,
		present_columns: [...b.columns.present].sort(),
		report: b.report,
		kept_passes: (b.passes ?? []).map((p, i) => ({
			slot: p.slot,
			key: p.key,
			...(p.values ? { column: KEPT(i) } : {}),
			...(p.known !== undefined ? { known: p.known } : {}),
			...(p.regions
				? { regions: p.regions.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number.isNaN(v) ? null : v]))) }
				: {}),
			...(p.learnt ? { learnt: ratesToJson(p.learnt) } : {})
		}))
	};
}

const KINDS: Record<
	NumberKind,
	readonly [Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor, () => DataType]
> = {
	u8: [Uint8Array, () => new Uint8()],
	i32: [Int32Array, () => new Int32()],
	f32: [Float32Array, () => new Float32()],
	f64: [Float64Array, () => new Float64()]
};

/** The bundle as the bytes of one Arrow IPC stream, one record batch (`decodeBundle` reads it back, equal in every value). */
export function encodeBundle(b: PreparedBundle): Uint8Array {
	const h = b.columns;
	const vectors: Record<string, Vector> = {
		region: coded(h.region, REGION_CODES, 0),
		settlement: coded(h.settlement, h.settlements, 1)
	};
	for (const [name, values] of Object.entries(h.columns)) {
		const [ctor] = KINDS[narrowestKind(values)];
		vectors[name] = makeVector(ctor.from(values as ArrayLike<number>));
	}
	vectors.id_rank = makeVector(makeData({ type: new Uint32(), length: h.n, data: h.idRank }));
	vectors.ids_by_rank = makeVector(makeData({ type: new Utf8(), length: h.n, valueOffsets: h.ids.offsets, data: h.ids.bytes }));
	if (h.consumers !== undefined) vectors.consumer_rank = consumerRanks(h);
	(b.passes ?? []).forEach((p, i) => {
		if (!p.values) return;
		vectors[KEPT(i)] = isBitPass(p.slot) ? bits(p.values, p.slot) : makeVector(p.values);
	});
	const table = new Table(vectors);
	table.schema.metadata.set(MANIFEST_KEY, JSON.stringify(bundleManifest(b)));
	return tableToIPC(table, 'stream');
}

/** A pass of 1s and 0s as an Arrow boolean column (a bit each). */
function bits(values: ArrayLike<number>, slot: string): Vector {
	const packed = new Uint8Array((values.length + 7) >> 3);
	for (let i = 0; i < values.length; i++) {
		if (values[i] === 1) packed[i >> 3] |= 1 << (i & 7);
		else if (values[i] !== 0) throw new Error(`the pass ${slot} holds ${values[i]} at row ${i}, not 1 or 0`);
	}
	return makeVector(makeData({ type: new Bool(), length: values.length, data: packed }));
}

/** Codes (255: none) as an Arrow dictionary column over `values`, null where there is none. */
function coded(codes: Uint8Array, values: readonly string[], id: number): Vector {
	const valid = new Uint8Array((codes.length + 7) >> 3);
	let nulls = 0;
	for (let i = 0; i < codes.length; i++)
		if (codes[i] === NONE) nulls++;
		else valid[i >> 3] |= 1 << (i & 7);
	const type = new Dictionary(new Utf8(), new Uint8(), id);
	const dictionary = vectorFromArray([...values], new Utf8());
	return makeVector(
		makeData({ type, length: codes.length, nullCount: nulls, nullBitmap: nulls ? valid : undefined, data: codes, dictionary })
	);
}

/** Each household's place in the consumers' order (region, then consumption per capita), null for the others. */
function consumerRanks(h: HouseholdColumns): Vector {
	const rank = new Int32Array(h.n).fill(-1);
	const valid = new Uint8Array((h.n + 7) >> 3);
	const c = h.consumers;
	let m = 0;
	if (c) {
		// The order extract-columns.ts sorts them in (the same sort), checked against the consumers stored.
		const cpc = h.columns.cpc;
		const rows = new Uint32Array(h.n);
		for (let i = 0; i < h.n; i++) if (cpc[i] === cpc[i] && h.region[i] !== NONE) rows[m++] = i;
		const ordered = orderByGroupThenKey(rows.subarray(0, m), cpc, h.region);
		ordered.forEach((i, r) => {
			if (!(Object.is(c.cpc[r], cpc[i]) && Object.is(c.wp[r], h.columns.weight[i] * h.columns.size[i])))
				throw new Error(`the stored consumers disagree with the columns at rank ${r}`);
			rank[i] = r;
			valid[i >> 3] |= 1 << (i & 7);
		});
		if (c.cpc.length !== m) throw new Error(`${c.cpc.length} consumers stored, ${m} in the columns`);
	}
	return makeVector(makeData({ type: new Int32(), length: h.n, nullCount: h.n - m, nullBitmap: valid, data: rank }));
}

/** Reads bytes written by `encodeBundle`; throws a message for the user when they are not such bytes. */
export function decodeBundle(bytes: Uint8Array): PreparedBundle {
	if (startsWith(bytes, 'KMKB')) throw new Error(`this bundle was made by an older version of Komek: ${REMAKE}`);
	if (!startsWith(bytes, CONTINUATION)) throw new Error(`not a prepared bundle (made by npm run bundle, ending ${BUNDLE_EXTENSION})`);
	if (!endsWith(bytes, END_OF_STREAM)) throw cutShort('it does not end as an Arrow stream does: cut short, or joined to another file?');
	// Typed arrays need aligned offsets: work on a copy when the bytes do not start on an 8-byte boundary.
	const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
	let table: Table;
	try {
		table = tableFromIPC(b);
	} catch (e) {
		throw cutShort((e as Error).message);
	}
	const manifest = readManifest(table.schema.metadata.get(MANIFEST_KEY));
	const n = table.numRows;
	if (n !== manifest.households) throw cutShort(`it holds ${n} households but its manifest says ${manifest.households}`);
	const region = dictionaryCodes(table, 'region', n);
	if (region.values.join('\u0000') !== REGION_CODES.join('\u0000'))
		throw new Error(`the bundle's regions are not the contract's 20 region codes: ${REMAKE}`);
	const settlement = dictionaryCodes(table, 'settlement', n);
	const columns: Record<string, Float64Array | Float32Array | Int32Array | Uint8Array> = {};
	for (const field of table.schema.fields)
		if (!['region', 'settlement', 'id_rank', 'ids_by_rank', 'consumer_rank'].includes(field.name) && !field.name.startsWith(KEPT_PREFIX))
			columns[field.name] = numbers(table, field.name, n);
	const h: HouseholdColumns = {
		n,
		region: region.codes,
		settlement: settlement.codes,
		settlements: settlement.values,
		featureParams: manifest.feature_params,
		hasApplied: manifest.has_applied,
		idRank: idRanks(table, n),
		ids: idsByRank(table, n),
		present: new Set(manifest.present_columns),
		columns
	};
	if (table.getChild('consumer_rank'))
		h.consumers = consumersFrom(h, numbers(table, 'consumer_rank', n) as Int32Array, validity(table, 'consumer_rank'));
	const passes = keptPassesOf(table, manifest, n);
	try {
		rememberPasses(h, passes);
	} catch (e) {
		throw cutShort((e as Error).message);
	}
	return { name: manifest.name, report: manifest.report, columns: h, passes };
}

/** The passes the manifest lists, their values read from their columns (booleans unpacked to a byte each). */
function keptPassesOf(table: Table, manifest: BundleManifest, n: number): KeptPass[] {
	return manifest.kept_passes.map(({ slot, key, column, known, regions, learnt }) => {
		const pass: KeptPass = { slot, key, known };
		if (learnt) pass.learnt = ratesFromJson(learnt);
		if (column !== undefined) pass.values = isBitPass(slot) ? unpacked(table, column, n) : numbers(table, column, n);
		if (regions)
			pass.regions = regions.map(
				(r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? Number.NaN : v])) as unknown as RegionConstants
			);
		return pass;
	});
}

/** A boolean column's values, a byte each (1 or 0), in a buffer padded to 32-bit words. */
function unpacked(table: Table, name: string, n: number): Uint8Array {
	const v = table.getChild(name);
	if (!v || v.data.length !== 1) throw cutShort(`it has no column ${name} in one part`);
	const d = v.data[0];
	if (!(d.type instanceof Bool) || !(d.values instanceof Uint8Array)) throw cutShort(`column ${name} is of type ${d.type}, not Bool`);
	if (d.length !== n || d.values.length * 8 < d.offset + n) throw cutShort(`column ${name} holds fewer than ${n} values`);
	const out = new Uint8Array(new ArrayBuffer(Math.ceil(n / 4) * 4), 0, n);
	const { values, offset } = d;
	for (let i = 0; i < n; i++) out[i] = (values[(offset + i) >> 3] >> ((offset + i) & 7)) & 1;
	return out;
}

function readManifest(text: string | undefined): BundleManifest {
	if (text === undefined) throw new Error(`an Arrow file, but not a prepared bundle (it has no ${MANIFEST_KEY} manifest): ${REMAKE}`);
	let m: BundleManifest;
	try {
		m = JSON.parse(text);
	} catch {
		throw new Error(`the prepared bundle's manifest is damaged: ${REMAKE}`);
	}
	if (m?.format !== 'komek-bundle') throw new Error(`the prepared bundle's manifest is damaged: ${REMAKE}`);
	if (m.bundle_version < BUNDLE_VERSION)
		throw new Error(
			`this bundle was made by an older version of Komek (format ${m.bundle_version}, this app reads ${BUNDLE_VERSION}): ${REMAKE}`
		);
	if (m.bundle_version !== BUNDLE_VERSION)
		throw new Error(`prepared bundle format ${m.bundle_version}, this app reads ${BUNDLE_VERSION}: ${REMAKE} with this version`);
	if (!m.report?.summary) throw new Error(`the prepared bundle has no dataset summary: ${REMAKE}`);
	if (
		!Number.isInteger(m.households) ||
		!Array.isArray(m.feature_params) ||
		typeof m.has_applied !== 'boolean' ||
		typeof m.name !== 'string' ||
		!Array.isArray(m.present_columns) ||
		!Array.isArray(m.kept_passes) ||
		!m.kept_passes.every((p) => typeof p?.slot === 'string' && typeof p.key === 'string')
	)
		throw new Error(`the prepared bundle's manifest is damaged: ${REMAKE}`);
	return m;
}

/** The one chunk of column `name` (a bundle is one record batch), checked to hold `n` values. */
function chunk(table: Table, name: string, n: number): Data<DataType> {
	const v = table.getChild(name);
	if (!v) throw cutShort(`it has no column ${name}`);
	if (v.data.length !== 1) throw cutShort(`column ${name} comes in ${v.data.length} parts, not one`);
	const d = v.data[0];
	if (d.length !== n || !d.values || d.values.length < n) throw cutShort(`column ${name} holds fewer than ${n} values`);
	return d;
}

// Arrow's own buffer, laid over the file's bytes (no copy).
function numbers(table: Table, name: string, n: number): Float64Array | Float32Array | Int32Array | Uint8Array {
	const d = chunk(table, name, n);
	const values = d.values as unknown;
	if (!(values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array || values instanceof Uint8Array))
		throw cutShort(`column ${name} is of type ${d.type}, not a number type a bundle uses`);
	return values.subarray(0, n);
}

/** Each household's rank in hh_id order, checked to be a permutation of 0 … n − 1. */
function idRanks(table: Table, n: number): Uint32Array {
	const d = chunk(table, 'id_rank', n);
	if (!(d.values instanceof Uint32Array)) throw cutShort(`column id_rank is of type ${d.type}, not Uint32`);
	const rank = d.values.subarray(0, n);
	const seen = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (!(rank[i] < n) || seen[rank[i]]) throw cutShort(`household ${i + 1}'s hh_id rank (${rank[i]}) is out of place`);
		seen[rank[i]] = 1;
	}
	return rank;
}

/** Every hh_id in hh_id order, laid over the file's bytes (checked ascending, so binary search holds). */
function idsByRank(table: Table, n: number): HouseholdIds {
	const v = table.getChild('ids_by_rank');
	if (!v || v.data.length !== 1) throw cutShort('it has no column ids_by_rank in one part');
	const d = v.data[0];
	if (!(d.type instanceof Utf8) || d.length !== n || d.nullCount > 0 || !d.valueOffsets || !(d.values instanceof Uint8Array))
		throw cutShort(`column ids_by_rank is not ${n} hh_ids as UTF-8 text`);
	try {
		return new HouseholdIds(d.values, d.valueOffsets.subarray(0, n + 1) as Int32Array);
	} catch (e) {
		throw cutShort((e as Error).message);
	}
}

/** The validity bits of column `name` (null: every value valid). */
function validity(table: Table, name: string): Uint8Array | null {
	const d = table.getChild(name)!.data[0];
	return d.nullCount > 0 ? (d.nullBitmap ?? null) : null;
}

/** A dictionary column's codes (255 where null, as the columns expect) and its values. */
function dictionaryCodes(table: Table, name: string, n: number): { codes: Uint8Array; values: string[] } {
	const d = chunk(table, name, n);
	if (!(d.values instanceof Uint8Array) || !d.dictionary) throw cutShort(`column ${name} is not dictionary-coded in bytes`);
	const codes = d.values.subarray(0, n);
	const bits = d.nullCount > 0 ? d.nullBitmap : null;
	if (bits) for (let i = 0; i < n; i++) if (!(bits[i >> 3] & (1 << (i & 7)))) codes[i] = NONE;
	return { codes, values: (d.dictionary.toArray() as (string | null)[]).map(String) };
}

/** The consumers in order, from each household's rank; null when no household has consumption. */
function consumersFrom(h: HouseholdColumns, rank: Int32Array, valid: Uint8Array | null): HouseholdColumns['consumers'] {
	const isConsumer = (i: number) => (valid ? (valid[i >> 3] & (1 << (i & 7))) !== 0 : true);
	let m = 0;
	for (let i = 0; i < h.n; i++) if (isConsumer(i)) m++;
	if (m === 0) return null;
	const cpc = new Float64Array(m).fill(Number.NaN);
	const wp = new Float64Array(m);
	const region = new Uint8Array(m).fill(NONE);
	const regions = REGION_CODES.length;
	const offsets = new Int32Array(regions + 1);
	// Read once out of the loop: looked up in `h.columns` for each household, they cost about 150 ms of a national decode.
	const { cpc: householdCpc, weight, size } = h.columns;
	const householdRegion = h.region;
	for (let i = 0; i < h.n; i++) {
		if (!isConsumer(i)) continue;
		const r = rank[i];
		const k = householdRegion[i];
		if (!(r >= 0 && r < m) || region[r] !== NONE || k >= regions)
			throw cutShort(`household ${i + 1}'s consumer rank (${r}) is out of place`);
		cpc[r] = householdCpc[i];
		wp[r] = weight[i] * size[i];
		region[r] = k;
		offsets[k + 1]++;
	}
	for (let k = 0; k < regions; k++) offsets[k + 1] += offsets[k];
	for (let r = 1; r < m; r++)
		if (region[r] < region[r - 1] || (region[r] === region[r - 1] && !(cpc[r] >= cpc[r - 1])))
			throw cutShort(`its consumers are not in order of region then consumption (rank ${r})`);
	return { offsets, cpc, wp };
}

// An Arrow stream's messages open with 0xFFFFFFFF and it ends with that and a zero length.
const CONTINUATION = [0xff, 0xff, 0xff, 0xff];
const END_OF_STREAM = [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0];

function startsWith(bytes: Uint8Array, magic: string | number[]): boolean {
	const m = typeof magic === 'string' ? [...magic].map((c) => c.charCodeAt(0)) : magic;
	return bytes.length >= m.length && m.every((v, i) => bytes[i] === v);
}

function endsWith(bytes: Uint8Array, tail: number[]): boolean {
	return bytes.length >= 16 && tail.every((v, i) => bytes[bytes.length - tail.length + i] === v);
}

function cutShort(where: string): Error {
	return new Error(`the prepared bundle is cut short or damaged (${where}): ${REMAKE}`);
}
