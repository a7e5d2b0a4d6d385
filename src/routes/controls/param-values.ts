// How a parameter's value is shown and moved in the panel: slider bounds, the value a switched-on test starts at.
import { baselineDate } from '$lib/rules/baseline';
import { entryAt, type Parameter, type ParamValue, type Status } from '$lib/rules/parameter';

/** Bounds and step of a number parameter's slider (its `range`/`step`, else its hard bounds). */
export function sliderBounds(param: Parameter): { min: number; max: number; step: number } {
	const kind = param.kind;
	if (kind.type !== 'number' && kind.type !== 'integer') throw new Error(`${param.path} is not a number parameter`);
	const step = param.step ?? (kind.type === 'integer' ? 1 : 0.01);
	return { min: param.range?.min ?? kind.min, max: param.range?.max ?? kind.max, step };
}

/** The status of the value in effect in `year`: the dated entry's own status, else the parameter's. */
export function statusIn(param: Parameter, year: number): Status {
	return entryAt(param, baselineDate(year))?.status ?? param.status;
}

/**
 * The value a nullable test takes when switched on: the user's last value, else the parameter's sourced `switchOn`,
 * else the latest non-null value in its history, else the middle of its slider (rounded to the step), so that it
 * starts neither off nor extreme.
 */
export function switchOnValue(param: Parameter, remembered: number | null): number {
	if (remembered !== null) return remembered;
	if (param.switchOn) return param.switchOn.value;
	const history = [...param.values].reverse().find((v) => typeof v.value === 'number');
	if (history) return history.value as number;
	const { min, max, step } = sliderBounds(param);
	return Math.round((min + max) / 2 / step) * step;
}

/** Number formatters the caller supplies (the current language's). */
export interface NumberFormats {
	number: (value: number, digits?: number) => string;
	percent: (share: number, digits?: number) => string;
}

/** Words a value may be shown as, in the current language. */
export interface ValueWords {
	yes: string;
	no: string;
	none: string;
	perMonth: string;
	/** The МРП's abbreviation (АЕК in Kazakh). */
	mrp?: string;
	/** The ПМ's abbreviation (ЕТКД in Kazakh). */
	pm?: string;
}

/** A value with its unit for display ("70 %", "50 851 ₸/month", "1.5 МРП"); text for booleans, enums and null. */
export function formatValue(param: Parameter, value: ParamValue, f: NumberFormats, words: ValueWords): string {
	if (value === null) return words.none;
	if (typeof value === 'boolean') return value ? words.yes : words.no;
	if (typeof value === 'string') return value;
	switch (param.unit) {
		case 'share':
			return f.percent(value, 1);
		case 'kzt_per_month':
			return `${f.number(value)} ₸${words.perMonth}`;
		case 'kzt':
			return `${f.number(value)} ₸`;
		case 'mrp':
			return `${f.number(value, 2)} ${words.mrp ?? 'МРП'}`;
		case 'multiple_of_pm':
			return `${f.number(value, 2)} × ${words.pm ?? 'ПМ'}`;
		default:
			return f.number(value, 2);
	}
}
