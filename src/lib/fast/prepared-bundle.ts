// A prepared bundle: a dataset too large for the browser's heap, reduced by `npm run bundle` to what the slider
// figures need (the dataset's check report and the prefix-index extract of one structure), in one file.
// Layout (framed.ts): "KMKB", a uint32 header length, the JSON header (the dataset), then the extract
// (extract-codec.ts) from the next 8-byte boundary.
import type { DatasetReport } from '../data/load';
import type { StructureExtract } from './extract';
import { decodeExtract, encodeExtract } from './extract-codec';
import { readFramed, writeFramed } from './framed';

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

/** The bundle as one byte array (`decodeBundle` reads it back). */
export function encodeBundle(b: PreparedBundle): Uint8Array {
	const extract = encodeExtract(b.extract);
	const { bytes, bodyStart } = writeFramed(MAGIC, { version: VERSION, name: b.name, report: b.report }, extract.length);
	bytes.set(extract, bodyStart);
	return bytes;
}

/** Reads bytes written by `encodeBundle`; throws a message for the user when they are not such bytes. */
export function decodeBundle(bytes: Uint8Array): PreparedBundle {
	const framed = readFramed(bytes, MAGIC);
	if ('problem' in framed) {
		if (framed.problem === 'magic') throw new Error(`not a prepared bundle (made by npm run bundle, ending ${BUNDLE_EXTENSION})`);
		throw cutShort('header');
	}
	let header: { version: number; name: string; report: DatasetReport };
	try {
		header = JSON.parse(framed.headerText);
	} catch {
		throw new Error('the prepared bundle\'s header is damaged: make it again with npm run bundle');
	}
	if (header.version !== VERSION) throw new Error(`prepared bundle version ${header.version}, this app reads ${VERSION}: make it again with npm run bundle`);
	if (!header.report?.summary) throw new Error('the prepared bundle has no dataset summary: make it again with npm run bundle');
	try {
		return { name: header.name, report: header.report, extract: decodeExtract(framed.body) };
	} catch (e) {
		throw cutShort((e as Error).message);
	}
}

function cutShort(where: string): Error {
	return new Error(`the prepared bundle is cut short or damaged (${where}): make it again with npm run bundle`);
}
