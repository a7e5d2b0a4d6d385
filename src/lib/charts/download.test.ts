import { describe, expect, it } from 'vitest';
import { toCsv } from './download';

describe('toCsv', () => {
	it('writes a header and quotes only the fields that need it', () => {
		expect(toCsv(['region', 'value'], [['astana', 1], ['a, "b"', 2.5]])).toBe(
			'region,value\nastana,1\n"a, ""b""",2.5\n'
		);
	});
});
