import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { evaluationSql } from '../sim/evaluation';
import { householdForExplain } from '../sim/explain-row';
import { installTestDataset } from '../sim/testing/dataset';
import { baselineFor } from './baseline';
import { explainHousehold, formatKzt } from './explain';
import { CASE_DEFAULTS, household, person } from './cases/case';

let db: Db;
const params = { ...baselineFor(2026), ...CASE_DEFAULTS };
beforeAll(async () => {
	db = await openNodeDb();
	await installTestDataset(db, [household('h')], [person('h', 30, { income_wages: 40_000 }), person('h', 3)]);
});
afterAll(async () => {
	await db.close();
});

describe('explainHousehold', () => {
	it('formats tenge', () => {
		expect(formatKzt(42000)).toBe('42 000 ₸');
		expect(formatKzt(6487.5)).toBe('6 487.50 ₸');
		expect(formatKzt(null)).toBe('unknown');
	});

	it('states each step with its figures and clause, and agrees with SQL', async () => {
		const found = await householdForExplain(db, params, 'h');
		expect(found).not.toBeNull();
		const steps = explainHousehold(found!.row, params, found!.context);
		const byPath = new Map(steps.map((s) => [s.path, s]));
		// 40 000 / 2 = 20 000 < 0.7 × 60 000 = 42 000; amount (42 000 − 20 000) × 2 = 44 000.
		expect(byPath.get('tsa.income_test')?.text).toBe(
			'per-capita income 20 000 ₸ is below the poverty line 42 000 ₸ (70 % of the regional ПМ 60 000 ₸; Order No. 160 as amended by No. 473)'
		);
		expect(byPath.get('tsa.income_test')?.clause).toMatch(/art. 120/);
		expect(byPath.get('tsa.poverty_line')?.clause).toMatch(/Order No. 160/);
		expect(byPath.get('tsa.amount')?.text).toBe('amount (42 000 ₸ − 20 000 ₸) × 2 = 44 000 ₸ a month');
		const [sql] = await db.query(`SELECT * FROM (${evaluationSql(params, { baseline: params, observedTakeup: false })}) WHERE hh_id = 'h'`);
		expect(byPath.get('tsa.amount')?.value).toBe(sql.tsa_amount);
		expect(byPath.get('tsa.child_supplement')?.value).toBe(sql.child_supplement);
		expect(byPath.get('tsa.unconditional')?.text).toMatch(/^conditional help: 1 able-bodied/);
	});

	it('returns null for an unknown household', async () => {
		expect(await householdForExplain(db, params, 'nope')).toBeNull();
	});
});
