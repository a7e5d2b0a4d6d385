// Streaming RFC 4180 CSV: quotes, doubled quotes, CRLF/LF/CR, BOM; chunks may split a field or a character.
// Bytes are decoded strictly (text-decode.ts); the separator is found in the header line.
import { UnreadableFileError, type TextEncodingName } from './sniff';
import { decodeChunks } from './text-decode';

/** Receives the parsed CSV: the header once, then each data cell and the end of each data row. */
export interface CsvSink {
	header(names: string[]): void;
	/** Cell `col` (0-based) of the current data row. */
	field(col: number, text: string): void;
	/** End of data row `row` (1-based), which had `fieldCount` cells. */
	endRow(row: number, fieldCount: number): void;
}

/** Cell separators the reader recognises: the contract's comma, Russian Excel's semicolon, and tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** How a file was read when it differs from the contract's UTF-8 with commas; `fromRow` 0 = from the header. */
export type CsvFormatNote =
	{ kind: 'encoding'; encoding: TextEncodingName; fromRow: number } | { kind: 'delimiter'; delimiter: CsvDelimiter };

/** Options of `parseCsv`. */
export interface CsvOptions {
	/** Called after each chunk with the bytes (or characters, for string chunks) consumed so far. */
	onProgress?: (done: number) => void;
	/** Called for malformed text (an unclosed quote, text after a closing quote) in data row `row` (0 = header), cell `col` (0-based). */
	onError?: (row: number, col: number, message: string) => void;
	/** Called before the rows it concerns when the encoding or the separator is not the contract's. */
	onFormat?: (note: CsvFormatNote) => void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses CSV from chunks into `sink`; returns the number of data rows. Throws UnreadableFileError (with the row
 * reached) for a file that is not text, or not in UTF-8, UTF-16 or Windows-1251.
 */
export async function parseCsv(chunks: AsyncIterable<Uint8Array | string>, sink: CsvSink, options: CsvOptions = {}): Promise<number> {
	const onFormat = options.onFormat ?? (() => {});
	let p: CsvState | null = null;
	// The text before the end of the header line, held until the separator can be told from it.
	let header = '';
	const start = () => {
		// TextDecoder drops a BOM from bytes; a string source may still carry one.
		if (header.charCodeAt(0) === 0xfeff) header = header.slice(1);
		const delimiter = detectDelimiter(header);
		if (delimiter !== ',') onFormat({ kind: 'delimiter', delimiter });
		const state = new CsvState(sink, options.onError ?? (() => {}), delimiter.charCodeAt(0));
		state.feed(header);
		return state;
	};
	let reported = 0;
	try {
		for await (const { text, bytesDone } of decodeChunks(chunks, (encoding, fromByte) =>
			onFormat({ kind: 'encoding', encoding, fromRow: fromByte === 0 || !p ? 0 : p.currentRow() })
		)) {
			if (p) p.feed(text);
			else {
				header += text;
				if (/[\r\n]/.test(text)) p = start();
			}
			if (bytesDone > reported) options.onProgress?.((reported = bytesDone));
		}
	} catch (e) {
		if (e instanceof UnreadableFileError) e.row = p && p.currentRow() > 0 ? p.currentRow() : null;
		throw e;
	}
	return (p ?? start()).end();
}

/** The separator of the header line (the first line of `text`): whichever of , ; and tab occurs most outside quotes; comma on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
	const counts = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c in counts) counts[c as CsvDelimiter]++;
	}
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[',']) return '\t';
	return ',';
}

class CsvState {
	private header: string[] | null = [];
	private row = 0;
	private col = 0;
	private carry = '';
	private atFieldStart = true;
	private inQuotes = false;
	private quotePending = false;
	private afterQuote = false;
	private skipLf = false;

	constructor(
		private readonly sink: CsvSink,
		private readonly onError: (row: number, col: number, message: string) => void,
		private readonly delimiter: number
	) {}

	/** The data row being read (0 while in the header). */
	currentRow(): number {
		return this.header ? 0 : this.row + 1;
	}

	feed(text: string): void {
		const n = text.length;
		let i = 0;
		if (n === 0) return;
		if (this.skipLf) {
			this.skipLf = false;
			if (text.charCodeAt(0) === LF) i = 1;
		}
		if (this.quotePending) {
			this.quotePending = false;
			if (text.charCodeAt(i) === QUOTE) {
				this.carry += '"';
				i++;
			} else {
				this.inQuotes = false;
				this.afterQuote = true;
			}
		}
		while (i < n) {
			if (this.inQuotes) {
				const q = text.indexOf('"', i);
				if (q < 0) {
					this.carry += text.slice(i);
					return;
				}
				this.carry += text.slice(i, q);
				if (q + 1 === n) {
					this.quotePending = true;
					return;
				}
				if (text.charCodeAt(q + 1) === QUOTE) {
					this.carry += '"';
					i = q + 2;
				} else {
					this.inQuotes = false;
					this.afterQuote = true;
					i = q + 1;
				}
				continue;
			}
			if (this.atFieldStart && text.charCodeAt(i) === QUOTE) {
				this.inQuotes = true;
				this.atFieldStart = false;
				i++;
				continue;
			}
			const delimiter = this.delimiter;
			let j = i;
			let c = 0;
			while (j < n) {
				c = text.charCodeAt(j);
				if (c === delimiter || c === LF || c === CR) break;
				j++;
			}
			if (j > i && this.afterQuote)
				this.onError(this.currentRow(), this.col, 'text after a closing quote; a quoted cell must end at a separator or line end');
			if (j === n) {
				this.carry += text.slice(i);
				this.atFieldStart = false;
				return;
			}
			const blankLine = c !== delimiter && j === i && this.col === 0 && this.carry === '' && !this.afterQuote;
			if (!blankLine) this.emit(this.carry + text.slice(i, j));
			i = j + 1;
			if (c !== delimiter) {
				// A blank line carries no data: skip it, as a trailing newline often is.
				if (!blankLine) this.endRow();
				if (c === CR) {
					if (i === n) this.skipLf = true;
					else if (text.charCodeAt(i) === LF) i++;
				}
			}
		}
	}

	end(): number {
		if (this.inQuotes && !this.quotePending) this.onError(this.currentRow(), this.col, 'a quoted cell is never closed (missing ")');
		if (this.inQuotes || this.carry !== '' || this.col > 0 || !this.atFieldStart) {
			this.emit(this.carry);
			this.endRow();
		}
		if (this.header) this.sink.header(this.header);
		return this.row;
	}

	private emit(text: string): void {
		if (this.header) this.header.push(text);
		else this.sink.field(this.col, text);
		this.col++;
		this.carry = '';
		this.atFieldStart = true;
		this.inQuotes = false;
		this.quotePending = false;
		this.afterQuote = false;
	}

	private endRow(): void {
		const count = this.col;
		this.col = 0;
		if (this.header) {
			const h = this.header;
			this.header = null;
			this.sink.header(h);
			return;
		}
		this.row++;
		this.sink.endRow(this.row, count);
	}
}
