// Streaming RFC 4180 CSV: quotes, doubled quotes, CRLF/LF/CR, BOM; chunks may split a field or a UTF-8 character.

/** Receives the parsed CSV: the header once, then each data cell and the end of each data row. */
export interface CsvSink {
	header(names: string[]): void;
	/** Cell `col` (0-based) of the current data row. */
	field(col: number, text: string): void;
	/** End of data row `row` (1-based), which had `fieldCount` cells. */
	endRow(row: number, fieldCount: number): void;
}

/** Options of `parseCsv`. */
export interface CsvOptions {
	/** Called after each chunk with the bytes (or characters, for string chunks) consumed so far. */
	onProgress?: (done: number) => void;
	/** Called for malformed text (an unclosed quote, text after a closing quote) in data row `row` (0 = header), cell `col` (0-based). */
	onError?: (row: number, col: number, message: string) => void;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Parses CSV from chunks into `sink`; returns the number of data rows. */
export async function parseCsv(
	chunks: AsyncIterable<Uint8Array | string>,
	sink: CsvSink,
	options: CsvOptions = {}
): Promise<number> {
	const decoder = new TextDecoder('utf-8');
	const p = new CsvState(sink, options.onError ?? (() => {}));
	let done = 0;
	let first = true;
	for await (const chunk of chunks) {
		let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
		done += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
		// TextDecoder drops a BOM from bytes; a string source may still carry one.
		if (first && text.length > 0) {
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			first = false;
		}
		p.feed(text);
		options.onProgress?.(done);
	}
	p.feed(decoder.decode());
	return p.end();
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
		private readonly onError: (row: number, col: number, message: string) => void
	) {}

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
			let j = i;
			let c = 0;
			while (j < n) {
				c = text.charCodeAt(j);
				if (c === COMMA || c === LF || c === CR) break;
				j++;
			}
			if (j > i && this.afterQuote) this.onError(this.where(), this.col, 'text after a closing quote; a quoted cell must end at a comma or line end');
			if (j === n) {
				this.carry += text.slice(i);
				this.atFieldStart = false;
				return;
			}
			const blankLine = c !== COMMA && j === i && this.col === 0 && this.carry === '' && !this.afterQuote;
			if (!blankLine) this.emit(this.carry + text.slice(i, j));
			i = j + 1;
			if (c !== COMMA) {
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
		if (this.inQuotes && !this.quotePending) this.onError(this.where(), this.col, 'a quoted cell is never closed (missing ")');
		if (this.inQuotes || this.carry !== '' || this.col > 0 || !this.atFieldStart) {
			this.emit(this.carry);
			this.endRow();
		}
		if (this.header) this.sink.header(this.header);
		return this.row;
	}

	private where(): number {
		return this.header ? 0 : this.row + 1;
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
