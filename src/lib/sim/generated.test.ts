// SQL and TypeScript agree on every computed figure, household by household, on 10 000 generated households.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import { evaluate } from '../rules/expr';
import type { ParamValues } from '../rules/parameter';
import { evaluationSql, EVALUATION_COLUMNS } from './evaluation';
import { ensureHouseholdFeatures } from './household-features';
import { hhWithMedianSql } from './median';
import { installTestDataset } from './testing/dataset';
import { generateHouseholds } from './testing/generate';
import { referenceFeatures } from './testing/features-reference';

const b26 = baselineFor(2026);
const perRegion = (suffix: string, v: number | boolean) => Object.fromEntries(REGION_CODES.map((r) => [`local.${r}.${suffix}`, v]));
const SCENARIOS: Record<string, ParamValues> = {
	'baseline 2026': b26,
	'baseline 2023': baselineFor(2023),
	'strict assets, national median, 80 % of ПМ': {
		...b26,
		'tsa.poverty_line.pm_share': 0.8,
		'tsa.poverty_line.median_scope': 'national',
		'tsa.assets.max_vehicles': 1,
		'tsa.assets.max_dwellings': 1,
		'tsa.assets.max_land_plots': 1,
		'tsa.assets.max_deposits_mrp': 200,
		'tsa.spending.max_card_spending_line_share': 1.5,
		'tsa.assets.loan_limit_pm_per_member_quarter': null,
		'tsa.income.counted.pension': false
	},
	'local thresholds, wider supplement, later pension age, younger elderly, tighter loans': {
		...b26,
		...perRegion('income_threshold_pm_multiple', 1.5),
		...perRegion('tb_monthly', true),
		...perRegion('tb_months', 9),
		...perRegion('housing_max_income_share', 0.05),
		...perRegion('housing_income_ceiling_pm_multiple', 2),
		...perRegion('housing_norm_kzt_per_person', 8_000),
		'tsa.income.counted.benefits_excluded': true,
		'tsa.child_supplement.min_age': 0,
		'tsa.child_supplement.max_age': 7,
		'indices.pension_age.women': 63,
		'tsa.able_bodied.student_max_age': 21,
		'tsa.able_bodied.elderly_care_age': 70,
		'tsa.assets.loan_limit_pm_per_member_quarter': 0.5,
		'tsa.conditional.refusal_months': 2,
		'tsa.poverty_line.median_share': 0.5
	}
};

let db: Db;
const { households, persons } = generateHouseholds(10_000, 20260701);
beforeAll(async () => {
	db = await openNodeDb();
	await installTestDataset(db, households, persons);
});
afterAll(async () => {
	await db.close();
});

describe('SQL = TypeScript on 10 000 generated households', () => {
	it('household features match an independent TypeScript count', async () => {
		const params = SCENARIOS['local thresholds, wider supplement, later pension age, younger elderly, tighter loans'];
		await ensureHouseholdFeatures(db, params);
		const reference = referenceFeatures(persons, params);
		const rows = await db.query('SELECT * FROM hh');
		expect(rows.length).toBe(10_000);
		for (const row of rows) {
			const ref = reference.get(String(row.hh_id))!;
			for (const [k, v] of Object.entries(ref)) {
				if (k.startsWith('income_')) expect(Math.abs(Number(row[k]) - v), `${row.hh_id}.${k}`).toBeLessThan(1e-6);
				else expect(row[k], `${row.hh_id}.${k}`).toBe(v);
			}
		}
	});

	for (const [name, params] of Object.entries(SCENARIOS)) {
		it(name, async () => {
			await ensureHouseholdFeatures(db, params);
			const sqlRows = await db.query(evaluationSql(params, { baseline: params, observedTakeup: false }));
			const features = new Map((await db.query(`SELECT * FROM ${hhWithMedianSql(params)}`)).map((r) => [r.hh_id, r]));
			expect(sqlRows.length).toBe(10_000);
			let eligible = 0;
			let worst = 0;
			for (const s of sqlRows) {
				const row = features.get(s.hh_id)!;
				for (const [col, e] of Object.entries(EVALUATION_COLUMNS)) {
					const t = evaluate(e, row, params);
					if (typeof s[col] === 'number' && typeof t === 'number') worst = Math.max(worst, Math.abs(s[col] - t));
					else expect(t, `${s.hh_id}.${col}`).toBe(s[col]);
				}
				if (s.eligible) eligible++;
			}
			expect(worst).toBeLessThan(1e-6);
			// The scenario must split the population, or the agreement would prove little.
			expect(eligible).toBeGreaterThan(300);
			expect(eligible).toBeLessThan(9_000);
		});
	}
});
