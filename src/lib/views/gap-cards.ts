// The Digital Family Card's gap cards: which figure each card shows, what it counts, and whether the dataset knows it.
import type { MessageKey } from '$lib/i18n/messages';
import type { GapTotals } from '$lib/sim/result';

/** One gap card: the contract's key under `gap`, its label and what it counts (catalogue keys), its format. */
export interface GapCardSpec {
	key: keyof GapTotals;
	label: MessageKey;
	what: MessageKey;
	format: 'number' | 'kzt';
	/** Which availability decides it: the card's counts need notified and applied; unclaimed needs applied only. */
	needs: 'counts' | 'unclaimed';
}

/** The four projected gap figures in the order shown (contract §3 `totals.gap`). */
export const GAP_CARDS: readonly GapCardSpec[] = [
	{ key: 'notified_households', label: 'headline.notified', what: 'gap.what.notified', format: 'number', needs: 'counts' },
	{ key: 'applied_households', label: 'funnel.applied', what: 'gap.what.applied', format: 'number', needs: 'counts' },
	{ key: 'gap_households', label: 'regions.gap', what: 'gap.what.gap', format: 'number', needs: 'counts' },
	{ key: 'unclaimed_annual_kzt', label: 'gap.unclaimed', what: 'gap.what.unclaimed', format: 'kzt', needs: 'unclaimed' }
];

/** A card ready to show: its figures, or `known: false` when the dataset cannot tell it (shown as "not in this dataset"). */
export type GapCard = GapCardSpec & { value: number; baseline: number; known: boolean };

/** The cards for the scenario's and the law's gap totals, given what the dataset can tell (`gapAvailability`). */
export function gapCards(scenario: GapTotals, baseline: GapTotals, known: { counts: boolean; unclaimed: boolean }): GapCard[] {
	return GAP_CARDS.map((c) => ({ ...c, value: scenario[c.key], baseline: baseline[c.key], known: known[c.needs] }));
}

/** One observed funnel figure: what the dataset records whatever the rules (no law-versus-scenario change). */
export interface ObservedCard {
	figure: 'notified' | 'applied' | 'gap' | 'paid';
	label: MessageKey;
	what: MessageKey;
	known: boolean;
}

/** The observed cards, known when the dataset fills their columns (`counts`: notified and applied; `paid`). */
export function observedCards(known: { counts: boolean; paid: boolean }): ObservedCard[] {
	return [
		{ figure: 'notified', label: 'funnel.observed_notified', what: 'gap.observed.notified', known: known.counts },
		{ figure: 'applied', label: 'funnel.observed_applied', what: 'gap.observed.applied', known: known.counts },
		{ figure: 'gap', label: 'funnel.observed_gap', what: 'gap.observed.gap', known: known.counts },
		{ figure: 'paid', label: 'funnel.observed_paid', what: 'gap.observed.paid', known: known.paid }
	];
}
