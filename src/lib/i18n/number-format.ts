// Intl.NumberFormat is slow to build and formatting runs many times per slider move, so formatters are reused.
const formatters = new Map<string, Intl.NumberFormat>();

/** The formatter for `locale` and `options`, built once and then reused. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
	return f;
}

/** A language numbers are written in: English with a decimal point, Russian and Kazakh with a decimal comma. */
export type NumberLanguage = 'en' | 'ru' | 'kk';

/** The decimal mark of each language («1,5 МРП», «26 906,83 ₸» in Russian and Kazakh). */
export const DECIMAL_MARK: Record<NumberLanguage, string> = { en: '.', ru: ',', kk: ',' };

/**
 * `x` rounded to at most `digits` decimals, thousands grouped by spaces, in `language`'s decimal mark: "26 906,83".
 * Trailing zeros are dropped unless `fixed` (tenge keep both kopeck digits: "6 487,50").
 */
export function formatDecimal(x: number, language: NumberLanguage = 'en', digits = 2, fixed = false): string {
	const scale = 10 ** digits;
	const [int, frac = ''] = (Math.round(x * scale) / scale || 0).toFixed(digits).split('.');
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
	const decimals = fixed ? (/^0*$/.test(frac) ? '' : frac) : frac.replace(/0+$/, '');
	return decimals === '' ? grouped : `${grouped}${DECIMAL_MARK[language]}${decimals}`;
}
