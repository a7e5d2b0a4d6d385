// Test support: the person-level household features computed independently in TypeScript, to check `hh`.
import type { ParamValues } from '../../rules/parameter';
import { INCOME_COLUMNS } from '../household-features';
import type { TestPerson } from './dataset';

/** Person-derived features per household id, by the definitions of `household-features.ts`. */
export function referenceFeatures(persons: readonly TestPerson[], params: ParamValues): Map<string, Record<string, number>> {
	const n = (path: string) => Number(params[path]);
	const out = new Map<string, Record<string, number>>();
	for (const p of persons) {
		let f = out.get(p.hh_id);
		if (!f) {
			f = {};
			out.set(p.hh_id, f);
		}
		const inc = (k: string, yes: boolean) => (f![k] = (f![k] ?? 0) + (yes ? 1 : 0));
		const dis = p.disability_group ?? 0;
		const pensioner = p.age >= (p.sex === 'm' ? n('indices.pension_age.men') : n('indices.pension_age.women'));
		const ableAge =
			p.age >= n('tsa.able_bodied.min_age') &&
			!pensioner &&
			dis !== 1 &&
			dis !== 2 &&
			!(p.student_fulltime === true && p.age <= n('tsa.able_bodied.student_max_age'));
		const carer = p.carer === true;
		inc('size', true);
		inc('children_0', p.age === 0);
		inc('children_1_6', p.age >= 1 && p.age <= 6);
		inc('children_under_3', p.age < 3);
		inc('children_under_18', p.age < 18);
		inc('adult_women', p.age >= 18 && p.sex === 'f');
		inc('children_supplement', p.age >= n('tsa.child_supplement.min_age') && p.age <= n('tsa.child_supplement.max_age'));
		inc('disabled_children', p.age < 18 && dis > 0);
		inc('disabled_1_2', dis === 1 || dis === 2);
		inc('pensioners', pensioner);
		inc('able_bodied', ableAge);
		inc('able_bodied_carers', ableAge && carer);
		inc('elderly_needing_care', p.age >= n('tsa.able_bodied.elderly_care_age') && !ableAge);
		inc('carers', carer);
		inc('ssd_tb', p.ssd === 'tb');
		inc('ssd_cancer', p.ssd === 'cancer');
		inc('ssd_hiv', p.ssd === 'hiv');
		for (const c of INCOME_COLUMNS) f[c] = (f[c] ?? 0) + (p[c] ?? 0);
	}
	return out;
}
