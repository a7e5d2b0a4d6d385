// A prepared bundle: a dataset too large for the browser's heap, reduced by `npm run bundle` to what the slider
// figures need (the dataset's check report and the prefix-index extract of one structure), in one file.
// Layout: "KMKB", a uint32 header length, the JSON header (the dataset), then the extract (extract-codec.ts)
// from the next 8-byte boundary.
import type { DatasetReport } from '../data/load';
import type { StructureExtract } from './extract';
import { decodeExtract, encodeExtract } from './extract-codec';

const MAGIC = 'KMKB';
const VERSION = 1;

/** The file name ending `npm run bundle` writes and the app recognises. */
export const BUNDLE_EXTENSION = '.komek';

/** What a bundle carries: the dataset's name and check report (with its summary), and one structure's extract. */
export interface PreparedBundle {
	name: string;
	report: DatasetReport;
	extract: StructureExtract;
}

const align8 = (n: number): number => (n + 7) & ~7;

/** The bundle as one byte array (`decodeBundle` reads it back). */
export function encodeBundle(b: PreparedBundle): Uint8Array {
	const json = new TextEncoder().encode(JSON.stringify({ version: VERSION, name: b.name, report: b.report }));
	const extract = encodeExtract(b.extract);
	const start = align8(8 + json.length);
	const out = new Uint8Array(start + extract.length);
	out.set(new TextEncoder().encode(MAGIC), 0);
	new DataView(out.buffer).setUint32(4, json.length, true);
	out.set(json, 8);
	out.set(extract, start);
	return out;
}

/** Reads bytes written by `encodeBundle`; throws a message for the user when they are not such bytes. */
export function decodeBundle(bytes: Uint8Array): PreparedBundle {
	if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
		throw new Error(`not a prepared bundle (made by npm run bundle, ending ${BUNDLE_EXTENSION})`);
	const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
	if (8 + length > bytes.length) throw cutShort('header');
	let header: { version: number; name: string; report: DatasetReport };
	try {
		header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length)));
	} catch {
		throw new Error('the prepared bundle\'s header is damaged: make it again with npm run bundle');
	}
	if (header.version !== VERSION) throw new Error(`prepared bundle version ${header.version}, this app reads ${VERSION}: make it again with npm run bundle`);
	if (!header.report?.summary) throw new Error('the prepared bundle has no dataset summary: make it again with npm run bundle');
	try {
		return { name: header.name, report: header.report, extract: decodeExtract(bytes.subarray(align8(8 + length))) };
	} catch (e) {
		throw cutShort((e as Error).message);
	}
}

function cutShort(where: string): Error {
	return new Error(`the prepared bundle is cut short or damaged (${where}): make it again with npm run bundle`);
}
