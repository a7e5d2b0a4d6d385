import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Row } from '../../db/db';
import { openNodeDb } from '../../db/node-db';
import { evaluationSql, EVALUATION_COLUMNS } from '../../sim/evaluation';
import { buildHouseholdFeatures } from '../../sim/household-features';
import { hhWithMedianSql } from '../../sim/median';
import { installTestDataset } from '../../sim/testing/dataset';
import { baselineFor } from '../baseline';
import { evaluate } from '../expr';
import { rowForExplanation } from '../explain';
import { MEDIAN_COLUMN, medianIsOfficial } from '../tsa/poverty-line';
import { CASE_DEFAULTS, type RuleCase } from './case';
import { RULE_CASES } from './index';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => {
	await db.close();
});

async function run(c: RuleCase): Promise<{ sql: Map<string, Row>; ts: Map<string, Row> }> {
	const params = { ...baselineFor(2026), ...CASE_DEFAULTS, ...c.params };
	await installTestDataset(db, c.households, c.persons);
	await buildHouseholdFeatures(db, params);
	const sqlRows = await db.query(evaluationSql(params, { baseline: params, observedTakeup: false }));
	const features = await db.query(`SELECT * FROM ${hhWithMedianSql(params)}`);
	const ts = new Map<string, Row>();
	for (const row of features) {
		const out: Row = {};
		// The explainer's row: an official median is looked up in TypeScript, not taken from the SQL join.
		const median = medianIsOfficial(params) ? null : (row[MEDIAN_COLUMN] as number | null);
		const explained = rowForExplanation(row, params, { median_pc_income: median });
		for (const [name, e] of Object.entries(EVALUATION_COLUMNS)) out[name] = evaluate(e, explained, params);
		ts.set(String(row.hh_id), out);
	}
	return { sql: new Map(sqlRows.map((r) => [String(r.hh_id), r])), ts };
}

describe('rule cases through SQL and TypeScript', () => {
	it('has cases', () => expect(RULE_CASES.length).toBeGreaterThan(40));
	for (const c of RULE_CASES) {
		it(`${c.name} (${c.clause})`, async () => {
			const { sql, ts } = await run(c);
			for (const [hhId, expected] of Object.entries(c.expect)) {
				const s = sql.get(hhId);
				const t = ts.get(hhId);
				expect(s, `household ${hhId} in SQL`).toBeDefined();
				for (const name of Object.keys(EVALUATION_COLUMNS)) expect(t?.[name], `${hhId}.${name}: TS = SQL`).toBe(s?.[name]);
				for (const [key, value] of Object.entries(expected)) expect(s?.[key], `${hhId}.${key}: ${c.arithmetic}`).toBe(value);
			}
		});
	}
});
