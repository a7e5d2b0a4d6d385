import { describe, expect, it } from 'vitest';
import { numberFormat } from './number-format';

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
});
