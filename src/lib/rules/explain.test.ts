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

	it('speaks Russian and Kazakh: every label, clause and sentence translated, the same figures in each', async () => {
		const found = (await householdForExplain(db, params, 'h'))!;
		const english = explainHousehold(found.row, params, found.context);
		const figures = (text: string) => text.match(/\d+(?: \d{3})*(?:[.,]\d+)?/g) ?? [];
		for (const language of ['ru', 'kk'] as const) {
			const steps = explainHousehold(found.row, params, found.context, language);
			expect(steps.map((s) => s.path)).toEqual(english.map((s) => s.path));
			steps.forEach((s, i) => {
				const en = english[i];
				expect(s.label, `${language} label of ${s.path}`).not.toBe(en.label);
				expect(s.clause, `${language} clause of ${s.path}`).not.toBe(en.clause);
				expect(s.text, `${language} text of ${s.path}`).not.toBe(en.text);
				expect(s.text, `${language} text of ${s.path}`).not.toMatch(/\b(income|poverty|amount|eligible|children|help|local|passes|fails)\b/);
				expect(figures(s.text).sort(), `${language} figures of ${s.path}`).toEqual(figures(en.text).sort());
				expect(s.value).toEqual(en.value);
			});
		}
		const ru = explainHousehold(found.row, params, found.context, 'ru');
		expect(ru.find((s) => s.path === 'tsa.amount')?.text).toBe('размер (42 000 ₸ − 20 000 ₸) × 2 = 44 000 ₸ в месяц');
	});
});

