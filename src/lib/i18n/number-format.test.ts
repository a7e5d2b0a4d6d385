import { describe, expect, it } from 'vitest';
import { DECIMAL_MARK, formatDecimal, numberFormat } from './number-format';

describe('numberFormat', () => {
	it('reuses one formatter per locale and options', () => {
		expect(numberFormat('ru-RU', { maximumFractionDigits: 1 })).toBe(numberFormat('ru-RU', { maximumFractionDigits: 1 }));
		expect(numberFormat('ru-RU', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en-GB', { maximumFractionDigits: 1 }));
		expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en-GB', { maximumFractionDigits: 2 }));
	});

	it('formats exactly as a fresh Intl.NumberFormat', () => {
		const cases: [string, Intl.NumberFormatOptions, number][] = [
			['en-GB', { maximumFractionDigits: 0 }, 1234567.89],
			['ru-RU', { notation: 'compact', maximumFractionDigits: 1 }, 30.4e9],
			['en-GB', { style: 'percent', maximumFractionDigits: 1 }, 0.153],
			['ru-RU', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }, -56]
		];
		for (const [locale, options, value] of cases)
			expect(numberFormat(locale, options).format(value)).toBe(new Intl.NumberFormat(locale, options).format(value));
	});

	it('writes Russian and Kazakh numbers with a decimal comma («1,5 МРП», «26 906,83 ₸»)', () => {
		expect(DECIMAL_MARK).toEqual({ en: '.', ru: ',', kk: ',' });
		for (const language of ['ru', 'kk'] as const) {
			expect(formatDecimal(1.5, language)).toBe('1,5');
			expect(formatDecimal(26906.83, language)).toBe('26 906,83');
			expect(formatDecimal(6487.5, language, 2, true)).toBe('6 487,50');
			expect(formatDecimal(42000, language, 2, true)).toBe('42 000');
			expect(formatDecimal(0.35 * 100, language, 1)).toBe('35');
			expect(formatDecimal(12.25, language, 1)).toMatch(/^12,[23]$/);
		}
		expect(formatDecimal(26906.83)).toBe('26 906.83');
		expect(formatDecimal(-0.001, 'ru')).toBe('0');
	});

	it("gives ru and kk a decimal comma through Intl as well (the dashboard's figures and chart labels)", () => {
		expect(numberFormat('ru-RU', { maximumFractionDigits: 2 }).format(1.5)).toBe('1,5');
		expect(numberFormat('ru-RU', { maximumFractionDigits: 2 }).format(26906.83).replace(/\s/g, ' ')).toBe('26 906,83');
		expect(numberFormat('ru-RU', { notation: 'compact', maximumFractionDigits: 1 }).format(30.4e9)).toMatch(/^30,4\s?млрд$/);
	});
});
