// Expected figures computed independently of the app: native DuckDB reads the dataset's CSV files directly.
import { DuckDBInstance } from '@duckdb/node-api';

/** Weighted households and persons by region, and dataset totals, straight from the CSV files in `folder`. */
export async function expectedPopulation(folder: string) {
	const db = await (await DuckDBInstance.create()).connect();
	const h = `read_csv('${folder}/households.csv', header = true, all_varchar = true)`;
	const p = `read_csv('${folder}/persons.csv', header = true, all_varchar = true)`;
	const reader = await db.runAndReadAll(`
		WITH members AS (SELECT hh_id, count(*) AS n FROM ${p} GROUP BY hh_id)
		SELECT region, count(*) AS households, sum(m.n) AS persons,
		       sum(weight::DOUBLE) AS weighted_households, sum(weight::DOUBLE * m.n) AS weighted_persons
		FROM ${h} JOIN members m USING (hh_id) GROUP BY region ORDER BY region`);
	const regions = reader.getRowObjects().map((r) => ({
		region: String(r.region),
		households: Number(r.households),
		persons: Number(r.persons),
		weighted_households: Number(r.weighted_households),
		weighted_persons: Number(r.weighted_persons)
	}));
	const sum = (k: keyof (typeof regions)[number]) => regions.reduce((s, r) => s + Number(r[k]), 0);
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
