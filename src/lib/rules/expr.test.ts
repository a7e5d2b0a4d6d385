import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { quoteIdent, sqlLiteral } from '../sql/quote';
import { toSql } from '../sql/to-sql';
import * as x from './expr';
import type { Expr, FeatureRow } from './expr';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => {
	await db.close();
});

const params = { 'p.share': 0.7, 'p.none': null, 'p.on': true, 'r.almaty.v': 10, 'r.abai.v': 20 } as Record<
	string,
	number | boolean | null
>;
const allRegions = Object.fromEntries(REGION_CODES.map((r) => [`r.${r}.v`, params[`r.${r}.v`] ?? 0]));
const P = { ...params, ...allRegions };
const a = x.num('a');
const b = x.num('b');
const f = x.flag('f');

const EXPRS: Record<string, Expr> = {
	add: x.add(a, b),
	sub: x.sub(a, b),
	mul: x.mul(a, x.param('p.share')),
	div: x.div(a, b),
	min: x.min(a, b, x.lit(5)),
	max: x.max(a, b),
	lt: x.lt(a, b),
	le: x.le(a, b),
	gt: x.gt(a, b),
	ge: x.ge(a, b),
	eq: x.eq(a, b),
	ne: x.ne(a, b),
	and: x.and(f, x.gt(a, x.lit(0))),
	or: x.or(f, x.gt(a, x.lit(0))),
	not: x.not(f),
	isNull: x.isNull(a),
	nullParam: x.isNull(x.param('p.none')),
	iff: x.iff(f, a, b),
	coalesce: x.coalesce(a, b, x.lit(-1)),
	region: x.mul(x.regionParam('r.{region}.v'), x.param('p.share')),
	flagParam: x.and(x.param<'boolean'>('p.on'), x.not(f))
};

const ROWS: FeatureRow[] = [];
for (const av of [null, 0, 3, 2.5, -1])
	for (const bv of [null, 0, 3, 0.1])
		for (const fv of [null, true, false]) ROWS.push({ a: av, b: bv, f: fv, region: av === 3 ? 'abai' : 'almaty' });

describe('toSql and evaluate agree', () => {
	it('on every operator over NULLs, zeros and booleans', async () => {
		const values = ROWS.map((r) => `(${[r.a, r.b, r.f, r.region].map((v) => sqlLiteral(v)).join(', ')})`);
		const cols = Object.entries(EXPRS).map(([k, e]) => `${toSql(e, P)} AS ${quoteIdent(k)}`);
		const sql = `SELECT ${cols.join(', ')} FROM (VALUES ${values.join(', ')}) t(a, b, f, region)`;
		const rows = await db.query(sql);
		expect(rows.length).toBe(ROWS.length);
		rows.forEach((row, i) => {
			for (const [k, e] of Object.entries(EXPRS)) expect(x.evaluate(e, ROWS[i], P), `${k} on ${JSON.stringify(ROWS[i])}`).toBe(row[k]);
		});
	});

	it('divides by zero to NULL', () => {
		expect(x.evaluate(x.div(x.lit(1), x.lit(0)), {}, P)).toBeNull();
	});

	it('refuses unknown parameters and columns', () => {
		expect(() => toSql(x.param('nope'), P)).toThrow(/unknown parameter/);
		expect(() => x.evaluate(x.num('nope'), {}, P)).toThrow(/no column/);
	});
});
