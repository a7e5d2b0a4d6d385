import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvFormatNote, type CsvSink } from './csv';
import { UnreadableFileError } from './sniff';

/** Parses `chunks` and returns the header, the data rows as arrays and any errors. */
async function parse(chunks: (string | Uint8Array)[]) {
	let header: string[] = [];
	const rows: string[][] = [];
	let current: string[] = [];
	const errors: string[] = [];
	const sink: CsvSink = {
		header: (h) => (header = h),
		field: (col, text) => (current[col] = text),
		endRow: (row, count) => {
			expect(row).toBe(rows.length + 1);
			expect(count).toBe(current.length);
			rows.push(current);
			current = [];
		}
	};
	const progress: number[] = [];
	const notes: CsvFormatNote[] = [];
	const n = await parseCsv(
		(async function* () {
			yield* chunks;
		})(),
		sink,
		{
			onProgress: (d) => progress.push(d),
			onError: (row, col, m) => errors.push(`${row}:${col}:${m}`),
			onFormat: (note) => notes.push(note)
		}
	);
	expect(n).toBe(rows.length);
	return { header, rows, errors, progress, notes };
}

/** Every way of cutting `text` into two chunks must parse the same. */
async function everySplit(text: string) {
	const whole = await parse([text]);
	for (let i = 1; i < text.length; i++)
		expect(await parse([text.slice(0, i), text.slice(i)])).toMatchObject({ header: whole.header, rows: whole.rows });
	return whole;
}

describe('parseCsv', () => {
	it('reads a header and rows with LF, CRLF and a missing final newline', async () => {
		expect((await parse(['a,b\n1,2\n3,4'])).rows).toEqual([
			['1', '2'],
			['3', '4']
		]);
		expect((await parse(['a,b\r\n1,2\r\n3,4\r\n'])).rows).toEqual([
			['1', '2'],
			['3', '4']
		]);
		expect((await parse(['a,b\r1,2\r'])).rows).toEqual([['1', '2']]);
	});

	it('reads quoted cells with commas, doubled quotes and line breaks', async () => {
		const r = await everySplit('x,y\n"a, b","say ""hi"""\n"line1\r\nline2",""\n');
		expect(r.header).toEqual(['x', 'y']);
		expect(r.rows).toEqual([
			['a, b', 'say "hi"'],
			['line1\r\nline2', '']
		]);
		expect(r.errors).toEqual([]);
	});

	it('keeps empty cells and skips blank lines', async () => {
		expect((await parse(['a,b,c\n,,\n\n1,,3\n\n'])).rows).toEqual([
			['', '', ''],
			['1', '', '3']
		]);
	});

	it('drops a byte-order mark from bytes and from text', async () => {
		const bytes = new TextEncoder().encode('\uFEFFid,n\nx,1\n');
		expect((await parse([bytes])).header).toEqual(['id', 'n']);
		expect((await parse(['\uFEFFid,n\nx,1\n'])).header).toEqual(['id', 'n']);
	});

	it('decodes a multi-byte character split across chunks', async () => {
		const bytes = new TextEncoder().encode('name,city\nә,"Қарағанды"\n');
		for (let i = 1; i < bytes.length; i++) {
			const r = await parse([bytes.slice(0, i), bytes.slice(i)]);
			expect(r.rows).toEqual([['ә', 'Қарағанды']]);
		}
	});

	it('handles a chunk boundary between CR and LF and between two quotes', async () => {
		expect((await parse(['a\r\n1\r', '\n2\r\n'])).rows).toEqual([['1'], ['2']]);
		expect((await parse(['a\n"x"', '"y"\n'])).rows).toEqual([['x"y']]);
		expect((await parse(['a\n"x"', '\n'])).rows).toEqual([['x']]);
	});

	it('reports progress in bytes', async () => {
		const r = await parse([new TextEncoder().encode('a\n'), new TextEncoder().encode('ә\n')]);
		expect(r.progress).toEqual([2, 5]);
	});

	it('reports an unclosed quote and text after a closing quote with their row and cell', async () => {
		expect((await parse(['a,b\n1,"open\n'])).errors).toEqual(['1:1:a quoted cell is never closed (missing ")']);
		expect((await parse(['a,b\n1,2\n"x"y,3\n'])).errors[0]).toMatch(/^2:0:text after a closing quote/);
	});

	it('reads a semicolon- or tab-separated file with its separator, and says so', async () => {
		const semi = await everySplit('a;b;"c;d"\n1,5;x,y;2\n');
		expect(semi.header).toEqual(['a', 'b', 'c;d']);
		expect(semi.rows).toEqual([['1,5', 'x,y', '2']]);
		expect(semi.notes).toEqual([{ kind: 'delimiter', delimiter: ';' }]);
		expect((await parse(['a\tb\n1\t2\n'])).rows).toEqual([['1', '2']]);
		expect((await parse(['a,"b;c";d\n'])).notes).toEqual([]);
	});
});

/** `text` encoded in Windows-1251 (Cyrillic letters only; the rest is ASCII). */
function cp1251(text: string): Uint8Array {
	return Uint8Array.from(text, (ch) => {
		const c = ch.charCodeAt(0);
		if (c < 0x80) return c;
		if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
		throw new Error(`not in the test's Windows-1251: ${ch}`);
	});
}

/** Parses bytes and returns the rows and notes, or the UnreadableFileError thrown. */
async function parseBytes(chunks: Uint8Array[]) {
	try {
		return await parse(chunks);
	} catch (e) {
		if (e instanceof UnreadableFileError) return e;
		throw e;
	}
}

describe('parseCsv encodings (never a silent U+FFFD)', () => {
	const asciiRows = 'id,note\n' + Array.from({ length: 400 }, (_, i) => `r${i},plain\n`).join('');

	it('reads Windows-1251 as Cyrillic, from the start or from the first non-ASCII row, at any chunk boundary', async () => {
		const start = await parse([cp1251('id,ФИО\n1,Иванов\n')]);
		expect(start.header).toEqual(['id', 'ФИО']);
		expect(start.notes).toEqual([{ kind: 'encoding', encoding: 'windows-1251', fromRow: 0 }]);
		const bytes = cp1251(asciiRows + 'r400,Иванов Иван\n');
		expect(bytes.length).toBeGreaterThan(4096);
		const cyrillicAt = bytes.indexOf(0xc8);
		// Cut after "И" (0xC8, a UTF-8 lead byte the decoder holds) or before it, the switch comes at row 401;
		// when the first chunk shows invalid UTF-8 already, the whole file is read as Windows-1251.
		for (const [cut, fromRow] of [
			[4096, 401],
			[cyrillicAt, 401],
			[cyrillicAt + 1, 401],
			[cyrillicAt + 3, 0],
			[bytes.length - 1, 0]
		]) {
			const r = await parse([bytes.slice(0, cut), bytes.slice(cut)]);
			expect(r.rows.at(-1), `cut at ${cut}`).toEqual(['r400', 'Иванов Иван']);
			expect(r.rows).toHaveLength(401);
			expect(r.notes, `cut at ${cut}`).toEqual([{ kind: 'encoding', encoding: 'windows-1251', fromRow }]);
		}
	});

	it('refuses invalid UTF-8 after UTF-8 text, naming the row', async () => {
		const utf8 = new TextEncoder().encode(asciiRows.replace('r1,plain', 'r1,Алматы'));
		const err = await parseBytes([utf8, cp1251('r400,Иванов\n')]);
		expect(err).toBeInstanceOf(UnreadableFileError);
		expect((err as UnreadableFileError).message).toMatch(
			/not valid UTF-8 text: after byte \d+ it holds bytes in another encoding, while earlier text is UTF-8/
		);
		expect((err as UnreadableFileError).row).toBe(401);
	});

	it('reads UTF-16 with or without a byte-order mark', async () => {
		const text = 'id,город\n1,Алматы\n';
		const le = new Uint8Array(new Uint16Array(Array.from(text, (c) => c.charCodeAt(0))).buffer);
		const be = le.slice();
		for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
		for (const [bytes, encoding] of [
			[Uint8Array.of(0xff, 0xfe, ...le), 'utf-16le'],
			[le, 'utf-16le'],
			[Uint8Array.of(0xfe, 0xff, ...be), 'utf-16be']
		] as const) {
			const r = await parse([bytes]);
			expect(r.rows).toEqual([['1', 'Алматы']]);
			expect(r.notes).toEqual([{ kind: 'encoding', encoding, fromRow: 0 }]);
		}
	});

	it('names files that are not text: workbooks, archives, Parquet, other binary data', async () => {
		const cases: [number[], RegExp][] = [
			[[0x50, 0x4b, 3, 4, ...new TextEncoder().encode('....xl/workbook.xml')], /an Excel workbook \(\.xlsx\), not a CSV file/],
			[[0x50, 0x4b, 3, 4, 0, 0, 0], /a ZIP archive, not a CSV file/],
			[[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /an Excel 97–2003 workbook \(\.xls\)/],
			[[...new TextEncoder().encode('PAR1'), 0, 0], /a Parquet file, not a CSV file/],
			[[0x1f, 0x8b, 8, 0], /gzip/],
			[[0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x00, 0x00, 0x05], /not a text file/],
			[[0x61, 0x0a, 0x81, 0x82, 0x83, 0x84], /not UTF-8 text, nor in an encoding the product recognises/]
		];
		for (const [bytes, message] of cases) {
			const err = await parseBytes([Uint8Array.from(bytes)]);
			expect(err, message.source).toBeInstanceOf(UnreadableFileError);
			expect((err as UnreadableFileError).message).toMatch(message);
		}
	});
});
