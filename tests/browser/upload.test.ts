// Bringing your own data in headless chromium: file and folder pickers, CSV and Parquet, refusals, missing files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../src/lib/data/regions';
import { csvToParquet } from '../../src/lib/data/testing/csv-to-parquet';
import { metric, openApp, waitForReady, type AppUnderTest } from './harness';
import { expectedFigures, makeHouseholds, writeCsvDataset } from './upload-data';

const PICK_FILES = 'input[data-testid=pick-files]';
const PICK_FOLDER = 'input[data-testid=pick-folder]';
const tmp = mkdtempSync(join(tmpdir(), 'komek-upload-'));
const csvSet = makeHouseholds('a', ['astana', 'turkestan', 'mangystau'], 11);
const parquetSet = makeHouseholds('b', ['abai', 'ulytau', 'almaty', 'shymkent'], 17);
const folderSet = makeHouseholds('c', ['kostanay', 'zhetisu'], 7);
let app: AppUnderTest;

beforeAll(async () => {
	writeCsvDataset(join(tmp, 'csv'), csvSet);
	writeCsvDataset(join(tmp, 'for-parquet'), parquetSet);
	for (const table of ['households', 'persons'] as const) {
		await csvToParquet(join(tmp, 'for-parquet', `${table}.csv`), join(tmp, `${table}.parquet`), table);
	}
	writeCsvDataset(join(tmp, 'folder', 'dataset-c'), folderSet);
	writeFileSync(join(tmp, 'folder', 'dataset-c', 'manifest.json'), JSON.stringify({ schema_version: 1, name: 'Upload test C' }));
	app = await openApp();
	await waitForReady(app.page);
});
afterAll(async () => {
	await app?.close();
	rmSync(tmp, { recursive: true, force: true });
});

/** Picks `files` in `input` and waits until the upload ends; returns its final status. */
async function upload(page: Page, input: string, files: string | string[]): Promise<string> {
	await page.evaluate(() => {
		const w = window as unknown as { __states: string[]; __observer?: MutationObserver };
		const el = document.querySelector('[data-upload-status]')!;
		w.__observer?.disconnect();
		w.__states = [];
		w.__observer = new MutationObserver(() => w.__states.push(el.getAttribute('data-upload-status')!));
		w.__observer.observe(el, { attributes: true, attributeFilter: ['data-upload-status'] });
	});
	await page.setInputFiles(input, files);
	const done = await page.waitForFunction(
		() => (window as unknown as { __states: string[] }).__states.findLast((s) => ['loaded', 'refused', 'failed'].includes(s)),
		undefined,
		{ timeout: 60_000 }
	);
	return (await done.jsonValue()) as string;
}

async function figures(page: Page) {
	const keys = ['households', 'persons', 'weighted_households', 'weighted_persons'] as const;
	return Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await metric(page, `dataset.${k}`)]))) as Record<
		(typeof keys)[number],
		number
	>;
}

async function chart(page: Page, measure: 'persons' | 'households') {
	await page.check(`input[type=radio][value=${measure}]`);
	return page.$$eval(`[data-chart="population-by-region-${measure}"] g[data-region]`, (gs) =>
		gs.map((g) => [g.getAttribute('data-region')!, Number(g.getAttribute('data-value'))] as const)
	);
}

/** Checks the headline figures and both charts against what the dataset's own records give. */
async function expectShows(page: Page, set: ReturnType<typeof expectedFigures>) {
	expect(await figures(page)).toEqual(set.totals);
	for (const measure of ['persons', 'households'] as const) {
		const bars = await chart(page, measure);
		expect(bars.map(([r]) => r).sort()).toEqual([...REGION_CODES].sort());
		for (const [region, value] of bars) expect(value, `${measure} in ${region}`).toBe(set.byRegion.get(region)?.[measure] ?? 0);
	}
}

const summaryText = (page: Page) => page.textContent('[data-testid=dataset-summary]');

describe('bringing your own data', () => {
	it('loads a CSV pair from the file picker: exact figures, missing and extra columns listed', async () => {
		expect(await upload(app.page, PICK_FILES, [join(tmp, 'csv', 'households.csv'), join(tmp, 'csv', 'persons.csv')])).toBe('loaded');
		await expectShows(app.page, expectedFigures(csvSet));
		const summary = await summaryText(app.page);
		for (const missing of ['households.deposits_kzt', 'households.notified', 'persons.income_pension', 'persons.disability_group'])
			expect(summary).toContain(missing);
		for (const present of ['households.consumption_monthly', 'persons.income_wages']) expect(summary).not.toContain(present);
		for (const extra of ['households.batch', 'persons.survey_wave']) expect(summary).toContain(extra);
	});

	it('loads a Parquet pair from the file picker', async () => {
		expect(await upload(app.page, PICK_FILES, [join(tmp, 'households.parquet'), join(tmp, 'persons.parquet')])).toBe('loaded');
		await expectShows(app.page, expectedFigures(parquetSet));
	});

	it('refuses an unknown region naming file, row and column, and keeps the dataset already loaded', async () => {
		const dir = 'tests/fixtures/bad/unknown-region';
		expect(await upload(app.page, PICK_FILES, [join(dir, 'households.csv'), join(dir, 'persons.csv')])).toBe('refused');
		const problem = app.page.locator('[data-upload-status=refused] li[data-file="households.csv"][data-row="1"][data-column="region"]');
		expect(await problem.count()).toBe(1);
		expect(await problem.textContent()).toMatch(/unknown region "nur_sultan"\. Valid codes: abai, akmola/);
		await expectShows(app.page, expectedFigures(parquetSet));
	});

	it('loads a whole folder with its manifest from the folder picker', async () => {
		expect(await upload(app.page, PICK_FOLDER, join(tmp, 'folder', 'dataset-c'))).toBe('loaded');
		await expectShows(app.page, expectedFigures(folderSet));
		expect(await app.page.textContent('[data-upload-status=loaded]')).toContain('Upload test C');
		expect(await summaryText(app.page)).toContain('Upload test C');
	});

	it('says which file is missing when only households.csv is picked, and keeps the dataset', async () => {
		expect(await upload(app.page, PICK_FILES, [join(tmp, 'csv', 'households.csv')])).toBe('failed');
		expect(await app.page.textContent('[data-upload-status=failed]')).toMatch(/Missing persons\.csv \(or \.parquet\)/);
		await expectShows(app.page, expectedFigures(folderSet));
	});

	it('made no request to any host but localhost and logged no errors', () => {
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
