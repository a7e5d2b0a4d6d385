import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '$lib/rules/parameters';
import { CATALOGUES, LOCALES, i18n } from './i18n.svelte';
import { en, kk, ru, type MessageKey } from './messages';

const KEYS = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Letters only Kazakh Cyrillic has: a Kazakh sentence of five words or more nearly always holds one. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const words = (text: string) =>
	text
		.replace(/\{\w+\}/g, '')
		.split(/\s+/)
		.filter((w) => /\p{L}{2,}/u.test(w));

/** Latin-script words a Kazakh message may keep: dataset file and column names, file formats, key and author names. */
const LATIN_ALLOWED = new Set([
	'households',
	'persons',
	'notified',
	'applied',
	'Parquet',
	'Enter',
	'Space',
	'JSON',
	'Coady',
	'Grosh',
	'Hoddinott',
	'bundle',
	'data',
	'komek',
	'arrows',
	'DuckDB',
	'simulate',
	'scenario',
	'json',
	'engine',
	'native'
]); // from 'bundle': the npm run bundle command and its file ending (.komek.arrows); from 'DuckDB': the native simulate command

describe('message catalogues', () => {
	it('give every language every key, each a non-empty string', () => {
		expect(LOCALES).toEqual(['en', 'ru', 'kk']);
		for (const locale of LOCALES) {
			const catalogue = CATALOGUES[locale];
			expect(Object.keys(catalogue).sort(), locale).toEqual([...KEYS].sort());
			for (const key of KEYS) expect(catalogue[key]?.trim(), `${locale} ${key}`).toBeTruthy();
		}
	});

	it('keep the same placeholders in every language', () => {
		for (const key of KEYS) {
			expect(placeholders(ru[key]), `ru ${key}`).toEqual(placeholders(en[key]));
			expect(placeholders(kk[key]), `kk ${key}`).toEqual(placeholders(en[key]));
		}
	});

	it('translate Kazakh rather than copying English or Russian', () => {
		// A value without words (a unit sign such as ₸) is the same in every language.
		const copiesOfEnglish = KEYS.filter((key) => kk[key] === en[key] && words(kk[key]).length > 0);
		expect(copiesOfEnglish).toEqual([]);
		const latinWords = KEYS.flatMap((key) => kk[key].replace(/\{\w+\}|\w+_\w+/g, '').match(/[A-Za-z]{4,}/g) ?? []);
		expect(latinWords.filter((w) => !LATIN_ALLOWED.has(w))).toEqual([]);
		const longWithoutKazakhLetters = KEYS.filter((key) => words(kk[key]).length >= 5 && !KAZAKH_LETTERS.test(kk[key]));
		expect(longWithoutKazakhLetters).toEqual([]);
		const sameAsRussian = KEYS.filter((key) => kk[key] === ru[key]);
		expect(sameAsRussian.length, sameAsRussian.join(', ')).toBeLessThan(KEYS.length * 0.05);
	});

	it('use the state terms of the Social Code in Kazakh', () => {
		const all = Object.values(kk).join('\n');
		for (const russianTerm of ['АСП', 'МРП', 'ПМ ', 'маслихат', 'прожиточн']) expect(all).not.toContain(russianTerm);
		expect(all).toContain('АӘК');
		expect(all).toContain('ең төмен күнкөріс деңгейі');
		expect(all).toContain('мәслихат');
	});
});

describe('parameter labels in Kazakh', () => {
	it('are Kazakh, not copies, and use the official terms (ЕТКД, АЕК, ең төмен)', () => {
		expect(PARAMETERS.length).toBeGreaterThan(20);
		for (const p of PARAMETERS) {
			const label = p.label.kk;
			expect(label, p.path).not.toBe(p.label.en);
			expect(label, p.path).not.toBe(p.label.ru);
			expect(label, p.path).toMatch(KAZAKH_LETTERS);
			expect(label, p.path).not.toMatch(/МРП|ПМ\b|Ең төменгі|Зейнет жасы|Мүгедек бала/);
		}
	});
});

describe('i18n in Kazakh', () => {
	it('fills placeholders and formats numbers the kk-KZ way', () => {
		i18n.locale = 'kk';
		try {
			expect(i18n.t('controls.name_placeholder', { year: 2026 })).toBe('2026 жылғы сценарий');
			expect(i18n.number(1234567.5, 1)).toBe(new Intl.NumberFormat('kk-KZ', { maximumFractionDigits: 1 }).format(1234567.5));
			expect(i18n.number(1234567.5, 1).replace(/\s/g, ' ')).toBe('1 234 567,5');
			expect(i18n.percent(0.153)).toMatch(/^15,3\s?%$/);
			expect(i18n.region('turkestan')).toBe('Түркістан');
		} finally {
			i18n.locale = 'en';
		}
	});
});
