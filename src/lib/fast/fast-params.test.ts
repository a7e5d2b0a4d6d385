// Every parameter of the rulebook, moved alone from the law, against a brute-force evaluation: a parameter the
// derivation (param-roles.ts) calls fast in every quarter must keep the key and be answered by the law's indexes
// exactly as SQL answers it; any other must change the key (so that no index built for the law answers it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import type { ParamValue } from '../rules/parameter';
import { resolveScenario } from '../rules/scenario';
import { simulate } from '../sim/simulate';
import { extractStructure } from './extract';
import { buildPrefixIndex } from './prefix-index';
import { YearIndex } from './year-index';
import { distinctQuarters } from '../sim/year';
import { fastParamsOf } from './param-roles';
import { isFastParam, structureKey } from './structure';
import { indexPart, mismatches } from './testing/close';
import { generateHouseholds } from '../sim/testing/generate';
import { installTestDataset } from '../sim/testing/dataset';

/** A value of `path` other than `value` that a user could set: numbers moved by a fifth (small integers by one, shares down), switches flipped. */
function moved(value: ParamValue): ParamValue | undefined {
	if (typeof value === 'boolean') return !value;
	if (typeof value !== 'number') return undefined;
	if (Number.isInteger(value) && Math.abs(value) < 100) return value + 1;
	if (value === 0) return 0.5;
	return value <= 1 ? value * 0.8 : value * 1.2;
}

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	// 3 000 random families: enough at every margin, quick enough to evaluate once per parameter.
	const { households, persons } = generateHouseholds(3_000, 20261206);
	await installTestDataset(db, households, persons);
});
afterAll(async () => db?.close());

describe.each([2026])('every parameter of %i, moved alone from the law', (year) => {
	const law = baselineFor(year);
	const moves = Object.entries(law)
		.map(([path, value]) => ({ path, value: moved(value) }))
		.filter((m): m is { path: string; value: ParamValue } => m.value !== undefined);
	// Fast for the year: fast under the law and each quarter's (in 2025 loans refuse by amount, in regional ПМ, from the fourth).
	const quarters = distinctQuarters(year, law).map((q) => q.params);
	const derived = quarters.map((q) => fastParamsOf(q));
	const lawFast = fastParamsOf(law);
	const fast = moves.filter((m) => lawFast.has(m.path) && derived.every((d) => d.has(m.path)));
	const slow = moves.filter((m) => !lawFast.has(m.path));
	// One prefix index per structure among the year's quarters (2025: the loan test starts in the fourth).
	let index = new YearIndex([]);
	beforeAll(async () => {
		for (const params of index.missing(year, law, law))
			index = index.with(buildPrefixIndex(await extractStructure(db, params, { baseline: law })), year, law, law);
	}, 120_000);

	it('finds both kinds among the parameters, as structure.ts classifies them', () => {
		expect(fast.length).toBeGreaterThan(5);
		expect(slow.length).toBeGreaterThan(20);
		for (const [q, d] of [[law, lawFast], ...quarters.map((q, k) => [q, derived[k]] as const)] as const)
			expect(Object.keys(q).filter((p) => isFastParam(p, q) !== d.has(p))).toEqual([]);
	});

	it('keeps the structure for every parameter the derivation calls fast, and changes it for every other', () => {
		const lawKey = structureKey(law, law);
		const key = (m: { path: string; value: ParamValue }) => structureKey({ ...law, [m.path]: m.value }, law);
		expect(fast.filter((m) => key(m) !== lawKey).map((m) => m.path)).toEqual([]);
		expect(slow.filter((m) => key(m) === lawKey).map((m) => m.path)).toEqual([]);
	});

	it('answers every parameter its indexes cover (the fast ones, in every quarter) exactly as SQL does', async () => {
		const wrong: string[] = [];
		const uncovered: string[] = [];
		for (const m of moves) {
			const scenario = resolveScenario({ name: m.path, year, params: { [m.path]: m.value } });
			if (!index.covers(year, scenario.params, law)) {
				if (fast.includes(m)) uncovered.push(m.path);
				continue; // a new structure: a new index is built for it
			}
			const expected = await simulate(db, scenario, { baseline: law });
			const actual = index.figures(year, scenario.params, law);
			const off = mismatches(actual, indexPart({ dataset: expected.dataset, totals: expected.totals, by_region: expected.by_region }));
			if (off.length > 0) wrong.push(`${m.path} → ${m.value}: ${off.slice(0, 3).join('; ')}`);
		}
		expect(wrong).toEqual([]);
		expect(uncovered).toEqual([]);
	}, 600_000);
});
