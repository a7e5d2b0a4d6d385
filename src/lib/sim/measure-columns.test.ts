// The registry's measures from evaluated columns equal simulate's (SQL) on the embedded survey, nationally and by
// region, for every measure made of sums that the columns can give (all but the poorest quintile's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { REGION_CODES } from '$lib/data/regions';
import { simulate } from '$lib/sim/simulate';
import { evaluateBothWays, installFolder, SCENARIOS } from '$lib/views/evaluated-pairs.fixture';
import { MEASURES, type MeasureKey } from './measures';
import { measuresFromColumns } from './measure-columns';
import type { Totals } from './result';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installFolder(db, 'datasets/embedded');
}, 60_000);
afterAll(async () => db?.close());

// Standing measures (annual costs are summed over the quarters in simulate; 2026 has one law, so they are too).
const KEYS = MEASURES.filter((d) => d.value !== null && !JSON.stringify(d.value).includes('bottom')).map((d) => d.key as MeasureKey);

const valueIn = (t: Totals, key: MeasureKey): number | null => {
	const [family, field] = key.split('.');
	return ((t as unknown as Record<string, Record<string, number | null>>)[family] ?? {})[field] ?? null;
};

describe('measures from the columns', () => {
	it('covers the tsa, gap, local and targeting measures but the poorest quintile’s', () => {
		expect(KEYS).toHaveLength(MEASURES.filter((d) => d.value !== null).length - 2);
	});

	it.each(SCENARIOS.slice(0, 4).map((s) => [s.name, s] as const))(
		'equal simulate under %s',
		async (_, scenario) => {
			const [sim, both] = [await simulate(db, scenario), await evaluateBothWays(db, scenario)];
			for (const [how, h] of Object.entries(both)) {
				const got = measuresFromColumns(h, h.scenario, KEYS);
				expect(() => measuresFromColumns(h, h.scenario, ['targeting.cgh'])).toThrow(/bottom/);
				for (const region of [null, ...REGION_CODES]) {
					const want = region === null ? sim.totals : sim.by_region[region];
					const values = region === null ? got.total : got.byRegion[region];
					for (const key of KEYS) {
						const [a, b] = [values[key], valueIn(want, key)];
						if (b === null) expect(a, `${how} ${region} ${key}`).toBeNull();
						else expect(Math.abs(a! - b), `${how} ${region} ${key}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
					}
				}
			}
		},
		120_000
	);
});
