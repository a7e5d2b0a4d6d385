// What a file really is, from its first bytes: text in an encoding the CSV reader decodes, or a named other format.

/** Text encodings the CSV reader decodes (UTF-8 is the contract's; the others are converted with a notice). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/** A file that cannot be read as the table it should be: a named other format, or bytes in no known encoding. */
export class UnreadableFileError extends Error {
	/** The data row where reading stopped (1 = first row after the header), or null for the whole file. */
	row: number | null = null;

	constructor(
		message: string,
		readonly hint: string
	) {
		super(message);
		this.name = 'UnreadableFileError';
	}
}

const EXPORT_CSV =
	'In Excel: File → Save As → "CSV UTF-8 (comma delimited) (*.csv)", and choose the file it writes; or export the table as Parquet.';

const SIGNATURES: { magic: string; what: string; hint: string }[] = [
	{ magic: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', what: 'an Excel 97–2003 workbook (.xls) or another old Office document', hint: EXPORT_CSV },
	{ magic: 'PAR1', what: 'a Parquet file', hint: 'Give it the extension .parquet (households.parquet or persons.parquet).' },
	{ magic: '\x1f\x8b', what: 'a gzip-compressed file', hint: 'Decompress it first, and choose the .csv or .parquet file inside.' },
	{ magic: 'Rar!', what: 'a RAR archive', hint: 'Extract it first, and choose the .csv or .parquet file inside.' },
	{ magic: '7z\xbc\xaf\x27\x1c', what: 'a 7-Zip archive', hint: 'Extract it first, and choose the .csv or .parquet file inside.' },
	{ magic: '%PDF', what: 'a PDF document', hint: 'Export the table itself as CSV (UTF-8, comma-separated) or Parquet.' },
	{ magic: 'SQLite format 3\0', what: 'an SQLite database', hint: 'Export the table as CSV (UTF-8, comma-separated) or Parquet.' },
	{ magic: 'ARROW1', what: 'an Arrow IPC file', hint: 'Export the table as CSV (UTF-8, comma-separated) or Parquet.' },
	{ magic: '{\\rtf', what: 'an RTF document', hint: 'Export the table itself as CSV (UTF-8, comma-separated) or Parquet.' }
];

function startsWith(bytes: Uint8Array, magic: string, at = 0): boolean {
	if (bytes.length < at + magic.length) return false;
	for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic.charCodeAt(i)) return false;
	return true;
}

function contains(bytes: Uint8Array, text: string): boolean {
	return new TextDecoder('latin1').decode(bytes.subarray(0, 65536)).includes(text);
}

/** The format a file's first bytes reveal when it is neither text nor Parquet ("an Excel workbook (.xlsx)"), else null. */
export function otherFormat(head: Uint8Array): { what: string; hint: string } | null {
	if (startsWith(head, 'PK\x03\x04') || startsWith(head, 'PK\x05\x06')) {
		// A workbook is a ZIP archive; its first entries name what it holds.
		if (contains(head, 'opendocument.spreadsheet'))
			return {
				what: 'an OpenDocument spreadsheet (.ods)',
				hint: 'In LibreOffice: File → Save As → "Text CSV", UTF-8, comma as the separator.'
			};
		if (contains(head, 'xl/')) return { what: 'an Excel workbook (.xlsx)', hint: EXPORT_CSV };
		if (contains(head, 'word/'))
			return { what: 'a Word document (.docx)', hint: 'Export the table itself as CSV (UTF-8, comma-separated) or Parquet.' };
		return { what: 'a ZIP archive', hint: 'Extract it first, and choose the .csv or .parquet file inside.' };
	}
	return SIGNATURES.find((s) => startsWith(head, s.magic)) ?? null;
}

/** The encoding of a text file from its first bytes (`final` when they are the whole file); throws UnreadableFileError for other formats. */
export function sniffEncoding(head: Uint8Array, final: boolean): TextEncodingName {
	const other = otherFormat(head);
	if (other) throw new UnreadableFileError(`this is ${other.what}, not a CSV file.`, other.hint);
	if (startsWith(head, '\xef\xbb\xbf')) return 'utf-8';
	if (startsWith(head, '\xff\xfe')) return 'utf-16le';
	if (startsWith(head, '\xfe\xff')) return 'utf-16be';
	const zeros = zeroBytes(head);
	// UTF-16 without a byte-order mark: every ASCII character (digits, separators, line ends) has a zero high byte.
	if (zeros.odd >= head.length / 10 && zeros.even === 0) return 'utf-16le';
	if (zeros.even >= head.length / 10 && zeros.odd === 0) return 'utf-16be';
	if (zeros.odd + zeros.even > 0)
		throw new UnreadableFileError('this is not a text file (it holds zero bytes), so not a CSV file.', EXPORT_CSV);
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !final });
		return 'utf-8';
	} catch {
		if (looksLikeWindows1251(head)) return 'windows-1251';
		throw new UnreadableFileError(
			'the file is not UTF-8 text, nor in an encoding the product recognises (Windows-1251, UTF-16).',
			EXPORT_CSV
		);
	}
}

function zeroBytes(bytes: Uint8Array): { even: number; odd: number } {
	let even = 0;
	let odd = 0;
	for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i & 1 ? odd++ : even++;
	return { even, odd };
}

// Windows-1251 bytes of everyday text besides А–я (0xC0–0xFF): Ё ё І і, the no-break space Excel groups digits
// with, « » № – — … “ ”.
const CP1251_COMMON = new Set([0xa8, 0xb8, 0xb2, 0xb3, 0xa0, 0xab, 0xbb, 0xb9, 0x96, 0x97, 0x85, 0x93, 0x94]);

/**
 * True when the bytes above 0x7F are mostly Windows-1251 letters and punctuation: the encoding of Russian Excel's
 * "CSV (comma delimited)". KOI8-R uses the same range and would be misread (rare today; the notice says how the
 * file was read). CP866 (DOS) puts letters at 0x80–0xAF and is refused.
 */
export function looksLikeWindows1251(bytes: Uint8Array): boolean {
	let high = 0;
	let common = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x80) continue;
		high++;
		if (b >= 0xc0 || CP1251_COMMON.has(b)) common++;
	}
	return high > 0 && common >= 0.8 * high;
}
