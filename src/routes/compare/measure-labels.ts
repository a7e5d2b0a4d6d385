// The compare page's names for the contract figures it lays side by side.
import { i18n } from '$lib/i18n/i18n.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import type { Measure } from '$lib/report/measures';

const KEYS: Record<Measure, MessageKey> = {
	'tsa.eligible_households': 'headline.eligible_households',
	'tsa.eligible_persons': 'sweep.coverage',
	'tsa.annual_entitlement_kzt': 'headline.annual_entitlement',
	'tsa.expected_households': 'headline.expected_households',
	'tsa.expected_annual_cost_kzt': 'report.m.expected_cost',
	'gap.gap_households': 'regions.gap',
	'gap.unclaimed_annual_kzt': 'headline.unclaimed',
	'local.eligible_households': 'report.m.local_households',
	'local.annual_cost_kzt': 'report.m.local_cost'
};

/** A measure's label in the current language. */
export function measureLabel(m: Measure): string {
	return i18n.t(KEYS[m]);
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
