// Small datasets for the upload tests, written as CSV from plain objects; their expected figures come from
// the same objects, so they are independent of the app's parsers. Weights are multiples of 1/4, so every
// weighted sum is exact in floating point whatever the order of addition.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionCode } from '../../src/lib/data/regions';

/** One generated household with its members' ages. */
export type TestHousehold = { hh_id: string; region: RegionCode; weight: number; ages: number[] };

/** `count` households spread over `regions`, ids prefixed with `prefix`. */
export function makeHouseholds(prefix: string, regions: RegionCode[], count: number): TestHousehold[] {
	return Array.from({ length: count }, (_, k) => ({
		hh_id: `${prefix}-hh-${k + 1}`,
		region: regions[k % regions.length],
		weight: 10 + ((k * 7) % 13) * 0.25 + k,
		ages: Array.from({ length: 1 + ((k * 5) % 4) }, (_, j) => (j === 0 ? 30 + (k % 40) : 2 + ((k + j * 3) % 60)))
	}));
}

/** Writes households.csv (with an extra column `batch`) and persons.csv (with an extra `survey_wave`) into `dir`. */
export function writeCsvDataset(dir: string, households: TestHousehold[]): void {
	mkdirSync(dir, { recursive: true });
	const hh = ['hh_id,region,settlement,weight,dwellings_owned,vehicles_owned,consumption_monthly,batch'];
	const ps = ['person_id,hh_id,age,sex,income_wages,survey_wave'];
	households.forEach((h, k) => {
		hh.push(`${h.hh_id},${h.region},${k % 2 ? 'rural' : 'urban'},${h.weight},1,${k % 2},${90000 + k * 1000},b${k % 3}`);
		h.ages.forEach((age, j) => ps.push(`${h.hh_id}-p${j + 1},${h.hh_id},${age},${j % 2 ? 'm' : 'f'},${age >= 18 ? 50000 + j : 0},w2`));
	});
	writeFileSync(join(dir, 'households.csv'), hh.join('\n') + '\n');
	writeFileSync(join(dir, 'persons.csv'), ps.join('\n') + '\n');
}

/** Records, weighted households and weighted persons of the whole dataset and of each of the 20 regions. */
export function expectedFigures(households: TestHousehold[]) {
	const byRegion = new Map<string, { households: number; persons: number }>();
	const totals = { households: 0, persons: 0, weighted_households: 0, weighted_persons: 0 };
	for (const h of households) {
		totals.households += 1;
		totals.persons += h.ages.length;
		totals.weighted_households += h.weight;
		totals.weighted_persons += h.weight * h.ages.length;
		const r = byRegion.get(h.region) ?? { households: 0, persons: 0 };
		r.households += h.weight;
		r.persons += h.weight * h.ages.length;
		byRegion.set(h.region, r);
	}
	return { totals, byRegion };
}
