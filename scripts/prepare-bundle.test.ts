// `npm run bundle` writes an Arrow IPC stream and its JSON manifest; DuckDB opens the stream as it is (its own Arrow
// reader, not the app's) and finds every column equal to what the app's reader gives.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBitPass } from '../src/lib/fast/extract-columns';
import { REGION_CODES } from '../src/lib/data/regions';
import { BUNDLE_VERSION, CONTRACT_VERSION, decodeBundle, type PreparedBundle } from '../src/lib/fast/prepared-bundle';
import { HOUSEHOLD_FACTS } from '../src/lib/sim/evaluated-columns';
import { openNativeDb } from './native-db';

const FOLDER = 'tests/fixtures/good';
const dir = mkdtempSync(join(tmpdir(), 'komek-bundle-cli-'));
const out = join(dir, 'good.komek.arrows');
let bytes: Uint8Array;
let bundle: PreparedBundle;
let log = '';

beforeAll(() => {
	const r = spawnSync(
		join('node_modules', '.bin', 'tsx'),
		['scripts/prepare-bundle.ts', '--data', FOLDER, '--out', out, '--engine', 'wasm'],
		{
			encoding: 'utf8',
			timeout: 240_000
		}
	);
	log = r.stderr;
	expect(r.status, r.stderr).toBe(0);
	bytes = new Uint8Array(readFileSync(out));
	bundle = decodeBundle(bytes);
}, 250_000);

type Column = { name: string; values: ArrayLike<unknown> };

/** Every column of the bundle as the app reads it: codes as their names, unknown numbers as NaN, no rank as null. */
function appColumns(b: PreparedBundle): Column[] {
	const h = b.columns;
	const ranks = new Array<number | null>(h.n).fill(null);
	if (h.consumers) {
		// The rank is the place among consumers: recover it by matching each household's consumption in its region.
		const at = new Map<string, number[]>();
		for (let r = 0; r < h.consumers.cpc.length; r++) {
			const key = `${h.consumers.cpc[r]}|${h.consumers.wp[r]}`;
			at.set(key, [...(at.get(key) ?? []), r]);
		}
		for (let i = 0; i < h.n; i++) {
			const list = at.get(`${h.columns.cpc[i]}|${h.columns.weight[i] * h.columns.size[i]}`);
			if (list?.length && h.region[i] !== 255) ranks[i] = list.shift()!;
		}
	}
	return [
		{ name: 'region', values: Array.from(h.region, (c) => (c === 255 ? null : REGION_CODES[c])) },
		{ name: 'settlement', values: Array.from(h.settlement, (c) => (c === 255 ? null : h.settlements[c])) },
		...Object.entries(h.columns).map(([name, values]) => ({ name, values })),
		{ name: 'id_rank', values: Array.from(h.idRank) },
		{ name: 'ids_by_rank', values: Array.from({ length: h.n }, (_, r) => h.ids.at(r)) },
		...(h.consumers === undefined ? [] : [{ name: 'consumer_rank', values: ranks }]),
		// The law's kept passes: booleans for the tests and the eligibility, numbers for the income and the flags.
		...(b.passes ?? []).flatMap((p, i) =>
			p.values ? [{ name: `kept_${i}`, values: isBitPass(p.slot) ? Array.from(p.values, (v) => v === 1) : Array.from(p.values) }] : []
		)
	];
}

function expectEqual(name: string, got: ArrayLike<unknown>, want: ArrayLike<unknown>): void {
	expect(got.length, name).toBe(want.length);
	for (let i = 0; i < want.length; i++) {
		const [g, w] = [got[i], want[i]];
		const same = Object.is(typeof g === 'bigint' ? Number(g) : g, w) || (typeof g === 'number' && g === w);
		if (!same) expect(g, `${name}, household ${i + 1}`).toEqual(w);
	}
}

describe('npm run bundle', () => {
	it('writes an Arrow stream and, beside it, the manifest it carries (versions, check report, summary)', () => {
		const manifest = JSON.parse(readFileSync(join(dir, 'good.komek.json'), 'utf8'));
		expect(manifest).toMatchObject({
			format: 'komek-bundle',
			bundle_version: BUNDLE_VERSION,
			contract_version: CONTRACT_VERSION,
			name: 'good'
		});
		expect(manifest.report).toEqual(bundle.report);
		expect(manifest.households).toBe(bundle.report.summary!.households);
		expect(bundle.columns.consumers).toBeTruthy();
		// The household facts views count, each household's hh_id rank and the columns the dataset fills.
		for (const fact of HOUSEHOLD_FACTS) expect(Object.keys(bundle.columns.columns), fact).toContain(fact);
		expect(manifest.present_columns).toEqual([...bundle.columns.present].sort());
		expect(manifest.present_columns).toEqual(expect.arrayContaining(['hh_id', 'region', 'weight', 'applied', 'notified']));
		expect(log).toMatch(/bundle: writing \d+ %/);
	});

	it("opens in DuckDB (its own Arrow reader) with every column equal to the app's reader", async () => {
		const require = createRequire(import.meta.url);
		const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
		const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
		const db = await duckdb.createDuckDB(
			{
				mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
				eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
			},
			new duckdb.VoidLogger(),
			duckdb.NODE_RUNTIME
		);
		await db.instantiate();
		const conn = db.connect();
		try {
			conn.insertArrowFromIPCStream(bytes, { name: 'bundle', create: true });
			const table = conn.query('SELECT * FROM bundle');
			const want = appColumns(bundle);
			expect(table.schema.fields.map((f: { name: string }) => f.name)).toEqual(want.map((c) => c.name));
			for (const { name, values } of want) expectEqual(name, [...table.getChild(name)], values); // element by element: nulls kept
			const [sum] = conn.query('SELECT sum(weight)::DOUBLE AS w, count(*)::INTEGER AS n FROM bundle').toArray();
			expect(sum.n).toBe(bundle.report.summary!.households);
			expect(sum.w).toBeCloseTo(bundle.report.summary!.weighted_households, 6);
		} finally {
			conn.close();
		}
	});

	// Native DuckDB reads Arrow IPC through its nanoarrow extension, downloaded on first use: where it cannot be
	// downloaded (no network), this one check cannot run and says so.
	const native = nativeArrowReader();
	it.skipIf(!native.ok)(
		`opens in native DuckDB (read_arrow) with every column equal to the app's reader${native.ok ? '' : ` [not run: ${native.why}]`}`,
		async () => {
			const db = await openNativeDb();
			try {
				await db.query('LOAD nanoarrow');
				const rows = await db.query(`SELECT * FROM read_arrow('${out.replaceAll("'", "''")}')`);
				for (const { name, values } of appColumns(bundle))
					expectEqual(
						name,
						rows.map((r) => r[name]),
						values
					);
			} finally {
				await db.close();
			}
		}
	);
});

/** Whether native DuckDB can read Arrow IPC here (the nanoarrow extension installed or installable). */
function nativeArrowReader(): { ok: boolean; why: string } {
	if (!existsSync('node_modules/.cache/komek-native-duckdb/node_modules/@duckdb/node-api'))
		return { ok: false, why: 'native DuckDB not installed' };
	const r = spawnSync(
		join('node_modules', '.bin', 'tsx'),
		[
			'-e',
			`import('./scripts/native-db.ts').then(async (m) => { const db = await m.openNativeDb(); await db.query('INSTALL nanoarrow FROM community'); await db.close(); })`
		],
		{ encoding: 'utf8', timeout: 60_000 }
	);
	return r.status === 0
		? { ok: true, why: '' }
		: { ok: false, why: `nanoarrow extension not installable: ${/Error[^\n]*/.exec(r.stderr)?.[0] ?? 'unknown'}` };
}
