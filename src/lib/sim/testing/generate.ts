// Test support: a seeded generator of plausible households and persons (not calibrated; for engine tests only).
import { REGION_CODES } from '../../data/regions';
import type { TestHousehold, TestPerson } from './dataset';

/** A small deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `n` households with 1–8 persons each, drawn from `seed`; optional fields are sometimes NULL (loan amounts for 30 %). */
export function generateHouseholds(n: number, seed: number): { households: TestHousehold[]; persons: TestPerson[] } {
	const r = mulberry32(seed);
	// Loan amounts come from a stream of their own, so adding them left every other draw as it was.
	const loans = mulberry32(seed ^ 0x10a45);
	const loanAmount = () => (loans() < 0.3 ? null : loans() < 0.6 ? 0 : Math.round(loans() * 1_500_000));
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
	const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
	const maybe = <T>(v: T): T | null => (r() < 0.1 ? null : v);
	const money = (p: number, scale: number) => (r() < p ? Math.round(r() * scale * 100) / 100 : 0);
	// Housing costs too: unknown for 20 %, else up to 60 000 ₸ a month.
	const housing = mulberry32(seed ^ 0x4005e);
	const housingCosts = () => (housing() < 0.2 ? null : Math.round(housing() * 60_000));
	const households: TestHousehold[] = [];
	const persons: TestPerson[] = [];
	for (let i = 0; i < n; i++) {
		const hh_id = `g${i}`;
		const size = int(1, 8);
		for (let j = 0; j < size; j++) {
			const age = j === 0 ? int(17, 80) : int(0, 75);
			persons.push({
				person_id: `${hh_id}-${j}`,
				hh_id,
				age,
				sex: r() < 0.5 ? 'm' : 'f',
				disability_group: maybe(r() < 0.08 ? int(1, 3) : 0),
				student_fulltime: maybe(age >= 16 && age <= 25 && r() < 0.4),
				carer: maybe(r() < 0.08),
				ssd: maybe(r() < 0.03 ? pick(['tb', 'cancer', 'hiv'] as const) : 'none'),
				income_wages: maybe(age >= 18 ? money(0.5, 250_000) : 0),
				income_business: money(0.05, 200_000),
				income_pension: age >= 60 ? money(0.9, 150_000) : 0,
				income_benefits: maybe(money(0.2, 40_000)),
				income_benefits_excluded: money(0.05, 60_000),
				income_alimony: money(0.03, 30_000),
				income_property: money(0.02, 80_000),
				income_farm: money(0.1, 20_000)
			});
		}
		const applied = r() < 0.4;
		households.push({
			hh_id,
			region: pick(REGION_CODES),
			settlement: r() < 0.6 ? 'urban' : 'rural',
			weight: Math.round((50 + r() * 450) * 10) / 10,
			consumption_monthly: maybe(Math.round(size * (20_000 + r() * 150_000))),
			dwellings_owned: int(0, 3),
			vehicles_owned: int(0, 3),
			land_plots_owned: maybe(int(0, 2)),
			deposits_kzt: maybe(money(0.3, 2_000_000)),
			non_mortgage_loan: maybe(r() < 0.3),
			loans_received_quarter_kzt: loanAmount(),
			card_spending_monthly: maybe(money(0.8, 400_000)),
			disaster_damage: maybe(r() < 0.02),
			fire_damage: maybe(r() < 0.02),
			notified: maybe(r() < 0.2),
			applied,
			tsa_paid_monthly: applied ? money(0.5, 50_000) : 0,
			housing_costs_monthly: housingCosts()
		});
	}
	return { households, persons };
}
