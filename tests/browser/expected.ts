// Expected figures computed independently of the app's CSV parser and DuckDB: a naive line reader in Node.
import { readFileSync } from 'node:fs';

function rows(path: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
	const names = header.split(',');
	return lines.map((line) => {
		// The generator writes no quoted fields; refuse rather than misread one.
		if (line.includes('"')) throw new Error(`${path}: quoted field, this naive reader cannot check it`);
		const cells = line.split(',');
		return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
	});
}

/** Weighted households and persons by region, and dataset totals, straight from the CSV files in `folder`. */
export function expectedPopulation(folder: string) {
	const members = new Map<string, number>();
	for (const p of rows(`${folder}/persons.csv`)) members.set(p.hh_id, (members.get(p.hh_id) ?? 0) + 1);
	const byRegion = new Map<string, { households: number; persons: number; weighted_households: number; weighted_persons: number }>();
	for (const h of rows(`${folder}/households.csv`)) {
		const n = members.get(h.hh_id) ?? 0;
		const w = Number(h.weight);
		const r = byRegion.get(h.region) ?? { households: 0, persons: 0, weighted_households: 0, weighted_persons: 0 };
		r.households += 1;
		r.persons += n;
		r.weighted_households += w;
		r.weighted_persons += w * n;
		byRegion.set(h.region, r);
	}
	const regions = [...byRegion].map(([region, r]) => ({ region, ...r }));
	const sum = (k: 'households' | 'persons' | 'weighted_households' | 'weighted_persons') => regions.reduce((s, r) => s + r[k], 0);
	return {
		regions,
		totals: {
			households: sum('households'),
			persons: sum('persons'),
			weighted_households: sum('weighted_households'),
			weighted_persons: sum('weighted_persons')
		}
	};
}
