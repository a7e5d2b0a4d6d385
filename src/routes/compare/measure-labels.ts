// The compare page's names for the contract figures it lays side by side.
import { i18n } from '$lib/i18n/i18n.svelte';
import type { Measure } from '$lib/report/measures';
import { measure } from '$lib/sim/measures';

/** A measure's label in the current language (the registry's label key; the key path if it has none). */
export function measureLabel(m: Measure): string {
	const key = measure(m).label;
	return key === null ? m : i18n.t(key);
}

/** A value of a measure written for the current language. */
export function measureText(value: number, format: 'number' | 'kzt'): string {
	return format === 'kzt' ? i18n.kzt(value) : i18n.number(value);
}

/** A change against the first column, with its sign. */
export function deltaText(delta: number, format: 'number' | 'kzt'): string {
	if (format === 'kzt') return delta === 0 ? i18n.kzt(0) : `${delta > 0 ? '+' : '−'}${i18n.kzt(Math.abs(delta))}`;
	return i18n.signed(delta);
}
