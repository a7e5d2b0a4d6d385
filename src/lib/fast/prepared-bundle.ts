// A prepared bundle: a dataset too large for the browser's heap, reduced by `npm run bundle` to what the figures
// need: the dataset's check report, the prefix-index extract of the default structure (the sliders, at once) and
// the household columns (any other structure's extract, built in memory when a rule is switched), in one file.
// Layout (framed.ts): "KMKB", a uint32 header length, the JSON header (the dataset, the extract's length), then the
// extract (extract-codec.ts) from the next 8-byte boundary and the columns (household-columns-codec.ts) after it.
import type { DatasetReport } from '../data/load';
import type { StructureExtract } from './extract';
import { decodeExtract, encodeExtract } from './extract-codec';
import { rememberConsumers } from './extract-columns';
import { align8, readFramed, writeFramed } from './framed';
import type { HouseholdColumns } from './household-columns';
import { decodeHouseholdColumns, encodeHouseholdColumns } from './household-columns-codec';

const MAGIC = 'KMKB';
const VERSION = 2;

/** The file name ending `npm run bundle` writes and the app recognises. */
export const BUNDLE_EXTENSION = '.komek';

/** What a bundle carries: the dataset's name and check report (with its summary), one structure's extract, the columns. */
export interface PreparedBundle {
	name: string;
	report: DatasetReport;
	extract: StructureExtract;
	columns: HouseholdColumns;
}

/** The bundle as one byte array (`decodeBundle` reads it back). */
export function encodeBundle(b: PreparedBundle): Uint8Array {
	const extract = encodeExtract(b.extract);
	const columns = encodeHouseholdColumns(b.columns);
	const columnsAt = align8(extract.length);
	const header = { version: VERSION, name: b.name, report: b.report, extractBytes: extract.length };
	const { bytes, bodyStart } = writeFramed(MAGIC, header, columnsAt + columns.length);
	bytes.set(extract, bodyStart);
	bytes.set(columns, bodyStart + columnsAt);
	return bytes;
}

/** Reads bytes written by `encodeBundle`; throws a message for the user when they are not such bytes. */
export function decodeBundle(bytes: Uint8Array): PreparedBundle {
	const framed = readFramed(bytes, MAGIC);
	if ('problem' in framed) {
		if (framed.problem === 'magic') throw new Error(`not a prepared bundle (made by npm run bundle, ending ${BUNDLE_EXTENSION})`);
		throw cutShort('header');
	}
	let header: { version: number; name: string; report: DatasetReport; extractBytes: number };
	try {
		header = JSON.parse(framed.headerText);
	} catch {
		throw new Error('the prepared bundle\'s header is damaged: make it again with npm run bundle');
	}
	if (header.version !== VERSION) throw new Error(`prepared bundle version ${header.version}, this app reads ${VERSION}: make it again with npm run bundle`);
	if (!header.report?.summary) throw new Error('the prepared bundle has no dataset summary: make it again with npm run bundle');
	try {
		const body = framed.body;
		const extract = decodeExtract(body.subarray(0, header.extractBytes));
		const columns = decodeHouseholdColumns(body.subarray(align8(header.extractBytes)));
		// The consumers (sorted by consumption) are the same for every structure: the first rule switch reuses them.
		rememberConsumers(columns, extract.consumers);
		return { name: header.name, report: header.report, extract, columns };
	} catch (e) {
		throw cutShort((e as Error).message);
	}
}

function cutShort(where: string): Error {
	return new Error(`the prepared bundle is cut short or damaged (${where}): make it again with npm run bundle`);
}
