import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvSink } from './csv';

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
	const n = await parseCsv(
		(async function* () {
			yield* chunks;
		})(),
		sink,
		{ onProgress: (d) => progress.push(d), onError: (row, col, m) => errors.push(`${row}:${col}:${m}`) }
	);
	expect(n).toBe(rows.length);
	return { header, rows, errors, progress };
}

/** Every way of cutting `text` into two chunks must parse the same. */
async function everySplit(text: string) {
	const whole = await parse([text]);
	for (let i = 1; i < text.length; i++) expect(await parse([text.slice(0, i), text.slice(i)])).toMatchObject({ header: whole.header, rows: whole.rows });
	return whole;
}

describe('parseCsv', () => {
	it('reads a header and rows with LF, CRLF and a missing final newline', async () => {
		expect((await parse(['a,b\n1,2\n3,4'])).rows).toEqual([['1', '2'], ['3', '4']]);
		expect((await parse(['a,b\r\n1,2\r\n3,4\r\n'])).rows).toEqual([['1', '2'], ['3', '4']]);
		expect((await parse(['a,b\r1,2\r'])).rows).toEqual([['1', '2']]);
	});

	it('reads quoted cells with commas, doubled quotes and line breaks', async () => {
		const r = await everySplit('x,y\n"a, b","say ""hi"""\n"line1\r\nline2",""\n');
		expect(r.header).toEqual(['x', 'y']);
		expect(r.rows).toEqual([['a, b', 'say "hi"'], ['line1\r\nline2', '']]);
		expect(r.errors).toEqual([]);
	});

	it('keeps empty cells and skips blank lines', async () => {
		expect((await parse(['a,b,c\n,,\n\n1,,3\n\n'])).rows).toEqual([['', '', ''], ['1', '', '3']]);
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
});
