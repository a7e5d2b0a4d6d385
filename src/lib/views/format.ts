// How a headline figure and its change are written on screen, by the kind of figure.
import { i18n } from '$lib/i18n/i18n.svelte';

/** The kind of a figure: a count, tenge, or a share (0–1). */
export type FigureFormat = 'number' | 'kzt' | 'share';

/** A figure for the current language. */
export function formatFigure(value: number, format: FigureFormat, digits = 0): string {
	if (format === 'kzt') return i18n.kzt(value);
	if (format === 'share') return i18n.percent(value, 2);
	return i18n.number(value, digits);
}

/** A change with its sign; shares change in percentage points. */
export function formatDelta(delta: number, format: FigureFormat, digits = 0): string {
	if (format === 'share') return `${i18n.signed(delta * 100, 2)} ${i18n.t('unit.pp')}`;
	if (format === 'kzt') return delta === 0 ? i18n.kzt(0) : `${delta > 0 ? '+' : '−'}${i18n.kzt(Math.abs(delta))}`;
	return i18n.signed(delta, digits);
}
