// The threshold sweep from the evaluated households' columns equals the sweep in SQL (`querySweep`) on the fixture and
// the embedded survey, under the shared scenarios and with the card-spending test on (which no index answers),
// nationally and for focused regions, from columns read back and kernel-made; a year whose quarters differ in law is
// left to the index or SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { resolveScenario } from '$lib/rules/scenario';
import { DATASETS, evaluateBothWays, FOCUS, installFolder, SCENARIOS, SPENDING_SCENARIOS } from './evaluated-pairs.fixture';
import { pointsFor, querySweep, type SweepPoint } from './sweep';
import { sweepFromColumns } from './sweep-columns';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

const FIELDS = ['expected_annual_cost_kzt', 'annual_entitlement_kzt', 'eligible_persons', 'weighted_persons', 'coverage'] as const;

/** Every field of every point of `region` equal in `got` and `want` (to 1e-9 relative). */
function expectSame(got: readonly SweepPoint[], want: readonly SweepPoint[], region: string | null): void {
	const [a, b] = [pointsFor(got, region), pointsFor(want, region)];
	if (b.length === 0) return; // a region with no households: SQL has no point (the columns' zeros are checked apart)
	expect(a.map((p) => p.share)).toEqual(b.map((p) => p.share));
	b.forEach((p, i) => {
		for (const k of FIELDS)
			expect(Math.abs(a[i][k] - p[k]), `${region} ${p.share} ${k}: ${a[i][k]} vs ${p[k]}`).toBeLessThanOrEqual(
				1e-9 * Math.max(1, Math.abs(p[k]))
			);
	});
}

const SHARES = [0.4, 0.7, 1.05, 1.5];
describe.each(DATASETS)('sweep from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each([...SCENARIOS.slice(0, 5), ...SCENARIOS.slice(-1), ...SPENDING_SCENARIOS].map((s) => [s.name, s] as const))(
		'equals SQL under %s, nationally and by region',
		async (_, scenario) => {
			const sql = await querySweep(db, scenario, SHARES);
			expect(pointsFor(sql, null).every((p) => p.weighted_persons > 0 && p.eligible_persons > 0)).toBe(true);
			for (const [how, households] of Object.entries(await evaluateBothWays(db, scenario))) {
				const columns = sweepFromColumns(households, scenario, SHARES)!;
				for (const region of FOCUS) expectSame(columns, sql, region);
				// SQL has a point for each region with households; the columns one for every region, zero where none live.
				const present = new Set(sql.map((p) => p.region));
				const absent = columns.filter((p) => !present.has(p.region));
				expect(
					absent.every((p) => p.weighted_persons === 0 && p.expected_annual_cost_kzt === 0),
					how
				).toBe(true);
				expect(columns.length - absent.length, how).toBe(sql.length);
			}
		},
		120_000
	);

	it('leaves a year whose quarters differ in law to the index or SQL', async () => {
		const { kernel } = await evaluateBothWays(db, SCENARIOS[0]);
		expect(sweepFromColumns(kernel, resolveScenario({ name: '2025', year: 2025, params: {} }), SHARES)).toBeNull();
	}, 60_000);
});
