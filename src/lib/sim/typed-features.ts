// The features row (the `hh` row the rules read) of one typed household, in TypeScript: HOUSEHOLD_FEATURES_SELECT
// (household-features.ts) over one household and its persons, with SQL's NULLs, so the calculator needs no engine.
// calculator.columns.test.ts holds it equal to the SQL on many typed families.
import type { FeatureRow } from '../rules/expr';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { INCOME_COLUMNS } from './household-features';
import type { TypedRecord } from './typed-households';

/** The household's own columns as `hh` holds them: unknown counts and tenge 0, unknown flags false (contract §1). */
function householdPart(h: TypedRecord): Record<string, ParamValue> {
	const zero = (k: string) => (h[k] ?? 0) as number;
	const no = (k: string) => (h[k] ?? false) as boolean;
	return {
		hh_id: h.hh_id ?? null,
		region: h.region ?? null,
		settlement: h.settlement ?? null,
		weight: (h.weight ?? null) as number | null,
		consumption_monthly: (h.consumption_monthly ?? null) as number | null,
		dwellings_owned: zero('dwellings_owned'),
		vehicles_owned: zero('vehicles_owned'),
		land_plots_owned: zero('land_plots_owned'),
		deposits_kzt: zero('deposits_kzt'),
		non_mortgage_loan: no('non_mortgage_loan'),
		loans_received_quarter_kzt: (h.loans_received_quarter_kzt ?? null) as number | null,
		housing_costs_monthly: zero('housing_costs_monthly'),
		card_spending_monthly: zero('card_spending_monthly'),
		disaster_damage: no('disaster_damage'),
		fire_damage: no('fire_damage'),
		notified: no('notified'),
		applied: no('applied'),
		tsa_paid_monthly: zero('tsa_paid_monthly')
	};
}

// Every count of PERSON_AGGREGATES, so a household with no persons has each at 0 as SQL's count gives.
const PERSON_COUNTS = [
	'size',
	'children_0',
	'children_1_6',
	'children_under_3',
	'children_under_18',
	'adult_women',
	'children_supplement',
	'disabled_children',
	'disabled_1_2',
	'pensioners',
	'able_bodied',
	'able_bodied_carers',
	'elderly_needing_care',
	'carers',
	'ssd_tb',
	'ssd_cancer',
	'ssd_hiv'
];

/** `household`'s features row under `params` (the person-level ages), from its `persons`. */
export function typedFeatureRow(household: TypedRecord, persons: readonly TypedRecord[], params: ParamValues): FeatureRow {
	const n = (path: string) => Number(params[path]);
	const counts: Record<string, number> = Object.fromEntries(PERSON_COUNTS.map((k) => [k, 0]));
	const count = (name: string, yes: boolean | null) => (counts[name] += yes === true ? 1 : 0);
	const incomes = Object.fromEntries(INCOME_COLUMNS.map((c) => [c, 0])) as Record<string, number>;
	for (const p of persons) {
		const age = typeof p.age === 'number' ? p.age : null;
		// A comparison with an unknown age is unknown (SQL's NULL), which no FILTER counts.
		const ageIs = (test: (a: number) => boolean): boolean | null => (age === null ? null : test(age));
		const group = typeof p.disability_group === 'number' ? p.disability_group : 0;
		const pensioner = ageIs((a) => a >= (p.sex === 'm' ? n('indices.pension_age.men') : n('indices.pension_age.women')));
		const student = p.student_fulltime === true;
		const ableAge =
			age === null
				? null
				: age >= n('tsa.able_bodied.min_age') &&
					!pensioner &&
					group !== 1 &&
					group !== 2 &&
					!(student && age <= n('tsa.able_bodied.student_max_age'));
		const carer = p.carer === true;
		count('size', true);
		count(
			'children_0',
			ageIs((a) => a === 0)
		);
		count(
			'children_1_6',
			ageIs((a) => a >= 1 && a <= 6)
		);
		count(
			'children_under_3',
			ageIs((a) => a < 3)
		);
		count(
			'children_under_18',
			ageIs((a) => a < 18)
		);
		count(
			'adult_women',
			ageIs((a) => a >= 18 && p.sex === 'f')
		);
		count(
			'children_supplement',
			ageIs((a) => a >= n('tsa.child_supplement.min_age') && a <= n('tsa.child_supplement.max_age'))
		);
		count(
			'disabled_children',
			ageIs((a) => a < 18 && group > 0)
		);
		count('disabled_1_2', group === 1 || group === 2);
		count('pensioners', pensioner);
		count('able_bodied', ableAge);
		count('able_bodied_carers', ableAge === true && carer);
		count(
			'elderly_needing_care',
			ageIs((a) => a >= n('tsa.able_bodied.elderly_care_age') && !ableAge)
		);
		count('carers', carer);
		count('ssd_tb', p.ssd === 'tb');
		count('ssd_cancer', p.ssd === 'cancer');
		count('ssd_hiv', p.ssd === 'hiv');
		for (const c of INCOME_COLUMNS) if (typeof p[c] === 'number') incomes[c] += p[c] as number;
	}
	return { ...householdPart(household), ...counts, ...incomes };
}
