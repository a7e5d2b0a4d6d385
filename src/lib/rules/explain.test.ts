import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { evaluationSql } from '../sim/evaluation';
import { householdForExplain } from '../sim/explain-row';
import { installTestDataset } from '../sim/testing/dataset';
import { baselineFor } from './baseline';
import { explainHousehold, formatKzt, traceStatus, traceValue } from './explain';
import { CASE_DEFAULTS, household, person } from './cases/case';

let db: Db;
const params = { ...baselineFor(2026), ...CASE_DEFAULTS };
beforeAll(async () => {
	db = await openNodeDb();
	const three = (id: string) => [person(id, 35), person(id, 33, { sex: 'm' }), person(id, 8)];
	await installTestDataset(
		db,
		[
			household('h'),
			household('small', { non_mortgage_loan: true, loans_received_quarter_kzt: 300_000 }),
			household('large', { non_mortgage_loan: true, loans_received_quarter_kzt: 3_000_000 })
		],
		[person('h', 30, { income_wages: 40_000 }), person('h', 3), ...three('small'), ...three('large')]
	);
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

	it('writes decimals with a comma in Russian and Kazakh («26 906,83 ₸»)', () => {
		expect(formatKzt(26906.83, 'ru')).toBe('26 906,83 ₸');
		expect(formatKzt(26906.83, 'kk')).toBe('26 906,83 ₸');
		expect(formatKzt(6487.5, 'kk')).toBe('6 487,50 ₸');
		expect(formatKzt(42000, 'ru')).toBe('42 000 ₸');
		expect(formatKzt(26906.83)).toBe('26 906.83 ₸');
		expect(formatKzt(null, 'ru')).toBe('нет данных');
	});

	it('shows trace values and statuses in the language: yes / no, да / нет, иә / жоқ', () => {
		expect([true, false].map((v) => traceValue(v))).toEqual(['yes', 'no']);
		expect([true, false].map((v) => traceValue(v, 'ru'))).toEqual(['да', 'нет']);
		expect([true, false].map((v) => traceValue(v, 'kk'))).toEqual(['иә', 'жоқ']);
		expect(traceValue(null, 'kk')).toBe('дерек жоқ');
		expect(traceValue(1.5, 'ru')).toBe('1,5');
		expect(traceValue(1234.567, 'kk')).toBe('1 234,57');
		expect(traceValue(1.5)).toBe('1.5');
		const statuses = ['exact', 'approximate', 'assumption'] as const;
		expect(statuses.map((s) => traceStatus(s, 'ru'))).toEqual(['точно', 'приблизительно', 'допущение']);
		expect(statuses.map((s) => traceStatus(s, 'kk'))).toEqual(['нақты', 'шамамен', 'болжам']);
		expect(statuses.map((s) => traceStatus(s))).toEqual(['exact', 'approximate', 'assumption']);
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

	it('says how the loan test judged the family: its amount against limit × regional ПМ, or the yes/no column', async () => {
		// The minister's example: ПМ 50 000, limit 2 × 50 000 = 100 000 per member per quarter.
		const p = { ...params, 'indices.pm_regional.almaty': 50_000 };
		const loanStep = async (id: string, q = p, language: 'en' | 'ru' | 'kk' = 'en') => {
			const found = (await householdForExplain(db, q, id))!;
			return explainHousehold(found.row, q, found.context, language).find((s) => s.path === 'tsa.assets.loan_test')!;
		};
		expect((await loanStep('small')).text).toBe(
			'non-mortgage loans received in the quarter 300 000 ₸ ÷ 3 = 100 000 ₸ per member, within the limit 2 × regional ПМ 50 000 ₸ = 100 000 ₸: passes'
		);
		const large = await loanStep('large');
		expect(large.value).toBe(false);
		expect(large.text).toBe(
			'non-mortgage loans received in the quarter 3 000 000 ₸ ÷ 3 = 1 000 000 ₸ per member, over the limit 2 × regional ПМ 50 000 ₸ = 100 000 ₸: fails'
		);
		expect((await loanStep('large', p, 'ru')).text).toMatch(
			/^кредиты, кроме ипотечных займов, полученные за квартал: 3 000 000 ₸ ÷ 3 = 1 000 000 ₸ на члена семьи, сверх лимита/
		);
		expect((await loanStep('h')).text).toBe('no loan other than a mortgage (the amount is unknown, so any such loan refuses): passes');
		const noLimit = { ...p, 'tsa.assets.loan_limit_pm_per_member_quarter': null };
		expect((await loanStep('small', noLimit)).text).toBe('a loan other than a mortgage (no limit by amount: any such loan refuses): fails');
		const off = { ...p, 'tsa.assets.non_mortgage_loan_excludes': false };
		expect((await loanStep('large', off)).text).toMatch(/: passes \(loans do not refuse TSA under these rules\)$/);
	});

	it('states the expected share of a conditional family: who keeps the contract, and the months paid to one that breaks it', async () => {
		const found = (await householdForExplain(db, params, 'h'))!;
		const step = explainHousehold(found.row, params, found.context).find((s) => s.path === 'tsa.conditional.factor')!;
		// 0.9 + 0.1 × (3 + max(0, 12 − 3 − 6)) / 12 = 0.95.
		expect(step.text).toBe(
			'expected share paid: 95 % = 90 % keep the social contract + the other 10 % are paid 6 of 12 months (3 months before the break, then refused for 6 months)'
		);
		expect(step.value).toBeCloseTo(0.95, 12);
	});

	it('returns null for an unknown household', async () => {
		expect(await householdForExplain(db, params, 'nope')).toBeNull();
	});

	it('speaks Russian and Kazakh: every label, clause and sentence translated, the same figures in each', async () => {
		const found = (await householdForExplain(db, params, 'h'))!;
		const english = explainHousehold(found.row, params, found.context);
		// The same figures, each written with its language's decimal mark (a comma in Russian and Kazakh).
		const figures = (text: string) => (text.match(/\d+(?: \d{3})*(?:[.,]\d+)?/g) ?? []).map((f) => f.replace(',', '.'));
		for (const language of ['ru', 'kk'] as const) {
			const steps = explainHousehold(found.row, params, found.context, language);
			expect(steps.map((s) => s.path)).toEqual(english.map((s) => s.path));
			steps.forEach((s, i) => {
				const en = english[i];
				expect(s.label, `${language} label of ${s.path}`).not.toBe(en.label);
				expect(s.clause, `${language} clause of ${s.path}`).not.toBe(en.clause);
				expect(s.text, `${language} text of ${s.path}`).not.toBe(en.text);
				expect(s.text, `${language} text of ${s.path}`).not.toMatch(
					/\b(income|poverty|amount|eligible|children|help|local|passes|fails)\b/
				);
				expect(figures(s.text).sort(), `${language} figures of ${s.path}`).toEqual(figures(en.text).sort());
				expect(s.text, `${language} decimal mark of ${s.path}`).not.toMatch(/\d\.\d/);
				expect(s.value).toEqual(en.value);
			});
		}
		const ru = explainHousehold(found.row, params, found.context, 'ru');
		expect(ru.find((s) => s.path === 'tsa.amount')?.text).toBe('размер (42 000 ₸ − 20 000 ₸) × 2 = 44 000 ₸ в месяц');
		const supplement = (language: 'ru' | 'kk') =>
			explainHousehold(found.row, params, found.context, language).find((s) => s.path === 'tsa.child_supplement')?.text;
		expect(supplement('ru')).toMatch(/ × 1,5 МРП × 4 325 ₸ = 6 487,50 ₸ в месяц$/);
		expect(supplement('kk')).toMatch(/ × 1,5 АЕК × 4 325 ₸ = айына 6 487,50 ₸$/);
	});
});
