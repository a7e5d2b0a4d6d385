// One word per concept: each English string has one key (so one Russian and one Kazakh translation), and keys are
// named by the product's concepts, not by the work package that added them.
import { describe, expect, it } from 'vitest';
import { en, kk, ru, type MessageKey } from './messages';

/** English strings that more than one key holds, with those keys. */
function repeatedStrings(messages: Record<string, string>): [string, string[]][] {
	const keys = new Map<string, string[]>();
	for (const [key, text] of Object.entries(messages)) keys.set(text, [...(keys.get(text) ?? []), key]);
	return [...keys].filter(([, ks]) => ks.length > 1);
}

describe('the message catalogue', () => {
	it('holds each English string under one key, so it has one translation in each language', () => {
		expect(repeatedStrings(en)).toEqual([]);
	});

	it('finds a repeated string when there is one', () => {
		expect(repeatedStrings({ 'a.law': 'Law', 'b.law': 'Law', 'c.year': 'Year' })).toEqual([['Law', ['a.law', 'b.law']]]);
	});

	it('names keys by concept, not by work package (va., vb., an., rp.)', () => {
		expect(Object.keys(en).filter((k) => /^(va|vb|an|rp)\./.test(k))).toEqual([]);
	});

	it('translates every key in both languages', () => {
		for (const key of Object.keys(en) as MessageKey[]) {
			expect(ru[key], key).toBeTruthy();
			expect(kk[key], key).toBeTruthy();
		}
	});
});
