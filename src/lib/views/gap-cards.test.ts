import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { gapCards, observedCards } from './gap-cards';

const s = { notified_households: 900, applied_households: 400, gap_households: 500, unclaimed_annual_kzt: 7e9 };
const b = { notified_households: 800, applied_households: 350, gap_households: 450, unclaimed_annual_kzt: 6e9 };

describe('gap cards', () => {
	it('give each contract figure with the law beside it, and say what each counts', () => {
		const cards = gapCards(s, b, { counts: true, unclaimed: true });
		expect(cards.map((c) => [c.key, c.value, c.baseline, c.known])).toEqual([
			['notified_households', 900, 800, true],
			['applied_households', 400, 350, true],
			['gap_households', 500, 450, true],
			['unclaimed_annual_kzt', 7e9, 6e9, true]
		]);
		// The notified card says it counts families eligible or not, so that notified > eligible is no puzzle.
		expect(en[cards[0].what]).toMatch(/eligible or not/);
		expect(new Set(cards.map((c) => c.what)).size).toBe(4);
	});

	it('mark the card counts unknown without notified data, and unclaimed only without applied data', () => {
		expect(gapCards(s, b, { counts: false, unclaimed: true }).map((c) => c.known)).toEqual([false, false, false, true]);
		expect(gapCards(s, b, { counts: false, unclaimed: false }).every((c) => !c.known)).toBe(true);
	});

	it('mark the observed figures by the columns the dataset fills', () => {
		expect(observedCards({ counts: true, paid: false }).map((c) => [c.figure, c.known])).toEqual([
			['notified', true],
			['applied', true],
			['gap', true],
			['paid', false]
		]);
		expect(en[observedCards({ counts: true, paid: true })[0].what]).toMatch(/marked as notified.*eligible or not/);
	});
});
