// The words a sweep chart's axis and note carry about its scale, so that the choice is read on the chart itself.
import { i18n } from '$lib/i18n/i18n.svelte';
import type { SweepDomain } from './sweep-scale';

/** The y axis title for `domain`: "…, log scale" (and where zero is drawn), or a warning that it does not start at zero. */
export function scaleAxisLabel(label: string, domain: SweepDomain, formatY: (v: number) => string): string {
	if (domain.scale === 'log')
		return domain.clamped && domain.floor !== null
			? i18n.t('scale.axis_log_floor', { label, floor: formatY(domain.floor) })
			: i18n.t('scale.axis_log', { label });
	return domain.offZero ? i18n.t('scale.axis_off_zero', { label }) : label;
}

/** The note beside the toggle in zoom: which poverty-line shares are shown of the whole sweep (null outside zoom). */
export function zoomNote(domain: SweepDomain, mode: string, shares: readonly number[]): string | null {
	if (mode !== 'zoom' || shares.length === 0) return null;
	const pct = (v: number) => i18n.percent(v, 0);
	return i18n.t('scale.zoom_note', {
		from: pct(domain.at[0]),
		to: pct(domain.at[1]),
		min: pct(shares[0]),
		max: pct(shares[shares.length - 1])
	});
}
