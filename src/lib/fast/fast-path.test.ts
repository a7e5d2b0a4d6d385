// The prefix index against `simulate` on the embedded dataset: every contract figure, national and by region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { resolveScenario } from '../rules/scenario';
import { simulate } from '../sim/simulate';
import { extractStructure } from './extract';
import { decodeExtract, encodeExtract } from './extract-codec';
import { buildPrefixIndex, type PrefixIndex } from './prefix-index';
import { fastPathSupported, isFastParam, structureKey } from './structure';
import { indexPart, mismatches } from './testing/close';
import { mulberry32 as rng } from '../sim/testing/generate';

const YEAR = 2026;
const baseline = baselineFor(YEAR);
const POSITIONS_PER_MODE = 100; // × 2 take-up modes = 200 positions
const BATCH = 25;

/**
 * Every fast slider at once, inside its slider range; shares sometimes exactly 0 (a term switched off). Each region's ПМ
 * only where it is fast under `structure` (the law's by default): not while loans refuse by amount.
 */
function randomPosition(next: () => number, structure: Record<string, ParamValue> = {}): Record<string, ParamValue> {
	const between = (lo: number, hi: number): number => lo + (hi - lo) * next();
	const shareOrZero = (hi: number): number => (next() < 0.1 ? 0 : between(0, hi));
	const position: Record<string, ParamValue> = {
		'tsa.poverty_line.pm_share': shareOrZero(1.5),
		'tsa.poverty_line.median_share': shareOrZero(1),
		'indices.mrp': Math.round(between(2_000, 10_000)),
		'tsa.child_supplement.mrp_per_child': between(0, 10),
		'tsa.conditional.compliance_share': between(0, 1),
		'tsa.conditional.refusal_months': Math.floor(between(0, 13)),
		'tsa.conditional.months_before_break': Math.floor(between(0, 13))
	};
	const pmFast = isFastParam('indices.pm_regional.abai', resolveScenario({ name: 's', year: YEAR, params: structure }).params);
	for (const r of REGION_CODES) {
		const pm = Math.round(between(30_000, 120_000));
		if (pmFast) position[`indices.pm_regional.${r}`] = pm;
	}
	// The official medians are sliders too: wide enough that the median term binds in some regions, not in others.
	for (const r of [...REGION_CODES, 'national']) position[`tsa.poverty_line.median_income.${r}`] = Math.round(between(30_000, 300_000));
	return position;
}

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('datasets/embedded'));
});
afterAll(async () => db?.close());

async function buildFor(params: ParamValues): Promise<PrefixIndex> {
	return buildPrefixIndex(await extractStructure(db, params, { baseline }));
}

async function expectAgreement(index: PrefixIndex, overrides: Record<string, ParamValue>): Promise<void> {
	const scenario = resolveScenario({ name: 'position', year: YEAR, params: overrides });
	expect(structureKey(scenario.params, baseline)).toBe(index.key);
	const expected = await simulate(db, scenario, { baseline });
	const actual = index.figures(scenario.params, baseline);
	const wanted = indexPart({ dataset: expected.dataset, totals: expected.totals, by_region: expected.by_region });
	expect(mismatches(actual, wanted), JSON.stringify(overrides)).toEqual([]);
}

describe.each(['full', 'observed'] as const)('take-up %s: the index equals simulate at random slider positions', (mode) => {
	const next = rng(mode === 'full' ? 20260701 : 20250701);
	const positions = Array.from({ length: POSITIONS_PER_MODE }, () => ({ ...randomPosition(next), 'takeup.mode': mode }));
	let index: PrefixIndex;
	beforeAll(async () => {
		index = await buildFor({ ...baseline, 'takeup.mode': mode });
	}, 120_000);

	it('agrees at the baseline position', async () => {
		await expectAgreement(index, { 'takeup.mode': mode });
	});
	for (let b = 0; b < POSITIONS_PER_MODE; b += BATCH) {
		it(`agrees at positions ${b + 1}–${b + BATCH}`, async () => {
			for (const p of positions.slice(b, b + BATCH)) await expectAgreement(index, p);
		}, 300_000);
	}
});

describe.each([
	['dataset', 'region'],
	['dataset', 'national'],
	['official', 'national']
] as const)('median %s (%s): the index equals simulate at random slider positions', (source, scope) => {
	const structure = { 'tsa.poverty_line.median_source': source, 'tsa.poverty_line.median_scope': scope };
	let index: PrefixIndex;
	beforeAll(async () => {
		index = await buildFor(resolveScenario({ name: 's', year: YEAR, params: structure }).params);
	}, 120_000);

	it('agrees at 15 positions', async () => {
		const next = rng(source.length * 10 + scope.length);
		for (let i = 0; i < 15; i++) await expectAgreement(index, { ...randomPosition(next), ...structure });
	}, 300_000);
});

describe('a structure change is detected and a rebuilt index agrees again', () => {
	it('vehicle test on: new key, the old index refuses, a rebuilt one agrees', async () => {
		const old = await buildFor(baseline);
		const changed = resolveScenario({ name: 'cars', year: YEAR, params: { 'tsa.assets.max_vehicles': 0 } }).params;
		expect(structureKey(changed, baseline)).not.toBe(old.key);
		expect(() => old.figures(changed, baseline)).toThrow(/another structure/);
		const rebuilt = await buildFor(changed);
		const next = rng(7);
		for (let i = 0; i < 10; i++) await expectAgreement(rebuilt, { ...randomPosition(next), 'tsa.assets.max_vehicles': 0 });
	}, 300_000);

	it('deposit test on: МРП becomes structure (it sets the deposit limit), and the index agrees at its own МРП', async () => {
		const on = { 'tsa.assets.max_deposits_mrp': 200 };
		const params = resolveScenario({ name: 'deposits', year: YEAR, params: on }).params;
		const index = await buildFor(params);
		expect(structureKey({ ...params, 'indices.mrp': 5_000 }, baseline)).not.toBe(index.key);
		const next = rng(11);
		for (let i = 0; i < 5; i++) await expectAgreement(index, { ...randomPosition(next), ...on, 'indices.mrp': baseline['indices.mrp'] });
	}, 300_000);

	it('spending test on: no fast path at all', async () => {
		const params = { ...baseline, 'tsa.spending.max_card_spending_line_share': 1 };
		expect(fastPathSupported(params)).toBe(false);
		await expect(extractStructure(db, params, { baseline })).rejects.toThrow(/card-spending/);
	});
});

describe('loans refused by amount: the regional ПМ sets the loan limit, so it is structure', () => {
	const byYesNo = { 'tsa.assets.loan_limit_pm_per_member_quarter': null };

	it('a ПМ move changes the key, the old index refuses, and an index rebuilt at the new ПМ agrees with SQL', async () => {
		expect(isFastParam('indices.pm_regional.turkestan', baseline)).toBe(false);
		const index = await buildFor(baseline);
		const next = rng(13);
		for (let i = 0; i < 3; i++) {
			const moved = {
				'indices.pm_regional.turkestan': Math.round(40_000 + 60_000 * next()),
				'indices.pm_regional.almaty': Math.round(40_000 + 60_000 * next())
			};
			const params = resolveScenario({ name: 'pm', year: YEAR, params: moved }).params;
			expect(structureKey(params, baseline)).not.toBe(index.key);
			expect(() => index.figures(params, baseline)).toThrow(/another structure/);
			await expectAgreement(await buildFor(params), { ...randomPosition(next), ...moved });
		}
	}, 300_000);

	it('with no limit (any non-mortgage loan refuses) the ПМ is a fast slider again: 20 positions agree', async () => {
		const params = resolveScenario({ name: 'yes/no', year: YEAR, params: byYesNo }).params;
		expect(isFastParam('indices.pm_regional.turkestan', params)).toBe(true);
		const index = await buildFor(params);
		const next = rng(17);
		for (let i = 0; i < 20; i++) {
			const position = randomPosition(next, byYesNo);
			expect(position['indices.pm_regional.turkestan']).toBeDefined();
			await expectAgreement(index, { ...position, ...byYesNo });
		}
	}, 300_000);
});

describe('an extract written to bytes and read back', () => {
	it('answers exactly as the index it was written from (the build ships the embedded one)', async () => {
		const extract = await extractStructure(db, baseline, { baseline });
		const decoded = decodeExtract(encodeExtract(extract));
		expect(decoded.key).toBe(extract.key);
		const original = buildPrefixIndex(extract);
		const copy = buildPrefixIndex(decoded);
		expect(copy.bytes).toBe(original.bytes);
		const next = rng(3);
		for (let i = 0; i < 5; i++) {
			const params = resolveScenario({ name: 'p', year: YEAR, params: randomPosition(next) }).params;
			expect(copy.figures(params, baseline)).toEqual(original.figures(params, baseline));
		}
	}, 120_000);

	it('refuses bytes that are not an extract, with a plain message', () => {
		expect(() => decodeExtract(new TextEncoder().encode('households.csv'))).toThrow(/not a Komek extract/);
		const good = encodeExtract({
			key: 'k',
			structure: { own: [], learntUnder: null },
			notices: [],
			offsets: new Int32Array(21),
			pcIncome: new Float64Array(0),
			weight: new Float64Array(0),
			size: new Int32Array(0),
			kids: new Int32Array(0),
			takeup: new Float64Array(0),
			flags: new Uint8Array(0),
			settlement: new Uint8Array(0),
			gapRates: {
				stride: 1,
				notify: new Float64Array(0),
				respond: new Float64Array(0),
				notifyOther: new Float64Array(0),
				respondOther: new Float64Array(0),
				takeup: new Float64Array(0)
			},
			cpc: new Float64Array(0),
			regions: [],
			consumers: null
		});
		expect(() => decodeExtract(good.subarray(0, 20))).toThrow(/truncated/);
	});
});
