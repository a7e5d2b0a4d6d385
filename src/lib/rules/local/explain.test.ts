// The explainer's local steps: ceilings said as "up to" in three languages, TB for its months, housing assistance's
// arithmetic, and every value equal to the SQL evaluation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db';
import { openNodeDb } from '../../db/node-db';
import { evaluationSql } from '../../sim/evaluation';
import { householdForExplain } from '../../sim/explain-row';
import { installTestDataset } from '../../sim/testing/dataset';
import { baselineFor } from '../baseline';
import { CASE_DEFAULTS, household, person } from '../cases/case';
import { explainHousehold } from '../explain';
import type { ExplainLanguage } from '../explain-phrases';
import type { ParamValues } from '../parameter';

const params: ParamValues = {
	...baselineFor(2026),
	...CASE_DEFAULTS,
	'local.almaty.disaster_amount_mrp': 30,
	'local.almaty.fire_amount_mrp': 50,
	'local.almaty.tb_amount_mrp': 10,
	'local.almaty.tb_monthly': true,
	'local.almaty.tb_months': 6,
	'local.almaty.housing_assistance': true,
	'local.almaty.housing_max_income_share': 0.1,
	'local.almaty.housing_income_ceiling_pm_multiple': null,
	'local.almaty.housing_norm_kzt_per_person': null
};

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installTestDataset(
		db,
		[
			household('both', { disaster_damage: true, fire_damage: true }),
			household('tb'),
			household('home', { housing_costs_monthly: 25_000 })
		],
		[
			person('both', 40, { income_wages: 500_000 }),
			person('tb', 40, { ssd: 'tb', income_wages: 500_000 }),
			person('home', 40, { income_wages: 200_000 }),
			person('home', 38)
		]
	);
});
afterAll(async () => db?.close());

async function steps(hhId: string, p: ParamValues = params, language: ExplainLanguage = 'en') {
	const found = (await householdForExplain(db, p, hhId))!;
	return new Map(explainHousehold(found.row, p, found.context, language).map((s) => [s.path, s]));
}

describe('local assistance in the explanation', () => {
	it('says a ceiling as "up to", once for disaster and fire together, in each language', async () => {
		// Both grounds: the larger ceiling once, 50 × 4 325 = 216 250.
		expect((await steps('both')).get('local.damage')?.text).toBe(
			'local assistance, natural disaster or fire damage, one payment a year: up to 216 250 ₸ a year (the ceiling, paid in full in the model)'
		);
		expect((await steps('both', params, 'ru')).get('local.damage')?.text).toMatch(/: до 216 250 ₸ в год \(/);
		expect((await steps('both', params, 'kk')).get('local.damage')?.text).toMatch(/: жылына 216 250 ₸ дейін \(/);
		expect((await steps('tb')).get('local.damage')?.text).toBe(
			'local assistance, natural disaster or fire damage, one payment a year: 0 ₸'
		);
	});

	it('pays TB outpatients the monthly ceiling for the months of treatment', async () => {
		expect((await steps('tb')).get('local.tb')?.text).toBe(
			'local assistance, tuberculosis (outpatient treatment): 1 × up to 43 250 ₸ a month × 6 months of treatment = up to 259 500 ₸ a year'
		);
		const once = { ...params, 'local.almaty.tb_monthly': false };
		expect((await steps('tb', once, 'ru')).get('local.tb')?.text).toBe(
			'местная помощь, туберкулёз (амбулаторное лечение): 1 × до 43 250 ₸ единовременно = до 43 250 ₸ в год'
		);
	});

	it('counts housing costs within the norm per member, in each language', async () => {
		expect((await steps('home')).get('local.housing.costs')?.text).toBe(
			'housing and utility costs counted: 25 000 ₸ (no norm set: the whole costs)'
		);
		// 9 100 × 2 = 18 200 < 25 000: the costs are capped; allowed 20 000 > 18 200, so nothing is paid.
		const norm = { ...params, 'local.almaty.housing_norm_kzt_per_person': 9_100 };
		const s = await steps('home', norm);
		expect(s.get('local.housing.costs')?.text).toBe(
			'housing and utility costs 25 000 ₸, counted within the norm 9 100 ₸ × 2 members = 18 200 ₸: 18 200 ₸'
		);
		expect(s.get('local.housing.costs')?.clause).toMatch(/within norms/);
		expect(s.get('local.housing')?.text).toBe('housing assistance: none, housing costs are within the maximum share of income');
		// 15 000 × 2 = 30 000 > 25 000: the whole costs count, 5 000 a month above the share.
		const wide = { ...params, 'local.almaty.housing_norm_kzt_per_person': 15_000 };
		expect((await steps('home', wide, 'ru')).get('local.housing.costs')?.text).toBe(
			'расходы на жильё и коммунальные услуги 25 000 ₸, учитываются в пределах нормы 15 000 ₸ × 2 чел. = 30 000 ₸: 25 000 ₸'
		);
		expect((await steps('home', wide)).get('local.housing')?.text).toBe('housing assistance: 5 000 ₸ × 12 = 60 000 ₸ a year');
		expect((await steps('home', wide, 'kk')).get('local.housing.costs')?.text).toMatch(/норма шегінде ескеріледі/);
	});

	it('shows housing assistance’s arithmetic, and why it is not paid', async () => {
		const s = await steps('home');
		// 200 000 × 10 % = 20 000 allowed; 25 000 − 20 000 = 5 000 a month.
		expect(s.get('local.housing.excess')?.text).toBe(
			"housing and utility costs 25 000 ₸ − 10 % of the family's income 200 000 ₸ (20 000 ₸) = 5 000 ₸ a month above the maximum share"
		);
		expect(s.get('local.housing')?.text).toBe('housing assistance: 5 000 ₸ × 12 = 60 000 ₸ a year');
		expect(s.get('local.housing')?.clause).toMatch(/Law on Housing Relations/);
		expect((await steps('home', params, 'kk')).get('local.housing')?.text).toBe('тұрғын үй көмегі: 5 000 ₸ × 12 = жылына 60 000 ₸');
		const ceiling = { ...params, 'local.almaty.housing_income_ceiling_pm_multiple': 1 };
		// Per capita 100 000 is at or above 1 × ПМ 50 851.
		expect((await steps('home', ceiling)).get('local.housing')?.text).toBe(
			'housing assistance: none, per-capita income is at or above the ceiling 50 851 ₸'
		);
		const off = { ...params, 'local.almaty.housing_assistance': false };
		expect((await steps('home', off, 'ru')).get('local.housing')?.text).toBe(
			'жилищная помощь: в регионе по этим правилам не выплачивается'
		);
		expect((await steps('both')).get('local.housing')?.text).toBe(
			'housing assistance: none, housing costs are within the maximum share of income'
		);
	});

	it('gives the same values as SQL', async () => {
		const sql = await db.query(evaluationSql(params, { baseline: params, observedTakeup: false }));
		for (const row of sql) {
			const s = await steps(String(row.hh_id));
			expect(s.get('local.annual')?.value, String(row.hh_id)).toBe(row.local_annual);
		}
		expect(Object.fromEntries(sql.map((r) => [r.hh_id, r.local_annual]))).toEqual({ both: 216_250, tb: 259_500, home: 60_000 });
	});
});
