// Intl.NumberFormat is slow to build and formatting runs many times per slider move, so formatters are reused.
const formatters = new Map<string, Intl.NumberFormat>();

/** The formatter for `locale` and `options`, built once and then reused. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
	return f;
}
