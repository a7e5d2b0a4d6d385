import { REGION_NAMES, type RegionCode } from '$lib/data/regions';
import { en, kk, ru, type MessageKey } from './messages';
import { numberFormat } from './number-format';

/** The interface languages. */
export const LOCALES = ['en', 'ru', 'kk'] as const;
/** One interface language. */
export type Locale = (typeof LOCALES)[number];

/** Each language's messages. */
export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, ru, kk };
/** True when this runtime has kk-KZ number data (some Chromium builds list kk but format it like English). */
function hasKazakhNumbers(): boolean {
	return new Intl.NumberFormat('kk-KZ').format(1234.5).replace(/\s/g, ' ') === '1 234,5';
}

let kazakhNumbers: boolean | undefined;
/**
 * The number-formatting locale of each language; Kazakhstan writes numbers as Russian does, the fallback for kk. The
 * kk check runs when Kazakh is first shown (it starts the runtime's kk-KZ data, tens of ms at a cold start).
 */
export const NUMBER_LOCALE: Readonly<Record<Locale, string>> = {
	en: 'en-GB',
	ru: 'ru-RU',
	get kk() {
		kazakhNumbers ??= hasKazakhNumbers();
		return kazakhNumbers ? 'kk-KZ' : 'ru-RU';
	}
};

/** The current interface language, shared by every component. */
class I18n {
	locale = $state<Locale>('en');

	/** The message for `key` in the current language, with `{name}` placeholders filled from `vars`. */
	t = (key: MessageKey, vars: Record<string, string | number> = {}): string =>
		CATALOGUES[this.locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));

	/** A number formatted for the current language (grouping, decimal mark). */
	number = (value: number, digits = 0): string => numberFormat(NUMBER_LOCALE[this.locale], { maximumFractionDigits: digits }).format(value);

	/** Tenge, shortened for the current language (e.g. "30.4 bn ₸", "30,4 млрд ₸"). */
	kzt = (value: number, digits = 1): string =>
		`${numberFormat(NUMBER_LOCALE[this.locale], { notation: 'compact', maximumFractionDigits: digits }).format(value)} ₸`;

	/** A share (0.153) as a percentage for the current language ("15.3 %"). */
	percent = (share: number, digits = 1): string =>
		numberFormat(NUMBER_LOCALE[this.locale], { style: 'percent', maximumFractionDigits: digits }).format(share);

	/** A change with its sign ("+1,234", "−56"). */
	signed = (value: number, digits = 0): string =>
		numberFormat(NUMBER_LOCALE[this.locale], { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);

	/** A region's name in the current language. */
	region = (code: RegionCode): string => REGION_NAMES[code][this.locale];
}

/** The app's one i18n state. */
export const i18n = new I18n();
