// A prepared bundle: a dataset too large for the browser's heap, reduced by `npm run bundle` to what the figures
// need: the dataset's check report and the household columns in income order with their consumers, from which the
// app builds any structure's prefix index in memory (extract-columns.ts), the law's at load and another's when a
// rule is switched. Layout (framed.ts): "KMKB", a uint32 header length, the JSON header (the dataset), then the
// columns (household-columns-codec.ts) from the next 8-byte boundary.
import type { DatasetReport } from '../data/load';
import { readFramed, writeFramed } from './framed';
import type { HouseholdColumns } from './household-columns';
import { decodeHouseholdColumns, encodeHouseholdColumns } from './household-columns-codec';

const MAGIC = 'KMKB';
const VERSION = 4;

/** The file name ending `npm run bundle` writes and the app recognises. */
export const BUNDLE_EXTENSION = '.komek';

/** What a bundle carries: the dataset's name and check report (with its summary), and the household columns. */
export interface PreparedBundle {
	name: string;
	report: DatasetReport;
	columns: HouseholdColumns;
}

/** The bundle as one byte array (`decodeBundle` reads it back). */
export function encodeBundle(b: PreparedBundle): Uint8Array {
	const columns = encodeHouseholdColumns(b.columns);
	const header = { version: VERSION, name: b.name, report: b.report };
	const { bytes, bodyStart } = writeFramed(MAGIC, header, columns.length);
	bytes.set(columns, bodyStart);
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
		return { name: header.name, report: header.report, columns: decodeHouseholdColumns(framed.body) };
	} catch (e) {
		throw cutShort((e as Error).message);
	}
}

function cutShort(where: string): Error {
	return new Error(`the prepared bundle is cut short or damaged (${where}): make it again with npm run bundle`);
}
