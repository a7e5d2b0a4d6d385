// Every parameter of the rulebook, moved alone from the law, against a brute-force evaluation: a parameter the
// structure calls fast must be answered by the law's index exactly as SQL answers it; any other must change the key
// (so that no index built for the law answers it). A new rule that reads a "fast" parameter fails here.
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
	const fast = moves.filter((m) => isFastParam(m.path, law));
	const slow = moves.filter((m) => !isFastParam(m.path, law));
	// One prefix index per structure among the year's quarters (2025: the loan test starts in the fourth).
	let index = new YearIndex([]);
	beforeAll(async () => {
		for (const params of index.missing(year, law, law))
			index = index.with(buildPrefixIndex(await extractStructure(db, params, { baseline: law })), year, law, law);
	}, 120_000);

	it('finds both kinds among the parameters', () => {
		expect(fast.length).toBeGreaterThan(5);
		expect(slow.length).toBeGreaterThan(20);
	});

	it('changes the structure for every parameter that is not fast', () => {
		const lawKey = structureKey(law, law);
		const same = slow.filter((m) => structureKey({ ...law, [m.path]: m.value }, law) === lawKey).map((m) => m.path);
		expect(same).toEqual([]);
	});

	it('answers every parameter its indexes cover (the fast ones, in every quarter) exactly as SQL does', async () => {
		const wrong: string[] = [];
		let covered = 0;
		for (const m of moves) {
			const scenario = resolveScenario({ name: m.path, year, params: { [m.path]: m.value } });
			if (!index.covers(year, scenario.params, law)) continue; // a new structure: a new index is built for it
			covered++;
			const expected = await simulate(db, scenario, { baseline: law });
			const actual = index.figures(year, scenario.params, law);
			const off = mismatches(actual, indexPart({ dataset: expected.dataset, totals: expected.totals, by_region: expected.by_region }));
			if (off.length > 0) wrong.push(`${m.path} → ${m.value}: ${off.slice(0, 3).join('; ')}`);
		}
		expect(wrong).toEqual([]);
		expect(covered).toBeGreaterThanOrEqual(fast.length);
	}, 600_000);
});
