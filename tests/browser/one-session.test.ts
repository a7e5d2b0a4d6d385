// One session per app (issue 17): a dataset loaded on the dashboard is the one the report and the comparison
// describe, with the same engine; going back finds it still loaded. Expected figures come from the fixture's
// files through the command line, independently of the app.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metric, openApp, waitForReady, type AppUnderTest } from './harness';

const FOLDER = 'tests/fixtures/good';
let app: AppUnderTest;
let persons: number;
let embeddedPersons: number;

const duckdbWorkers = (page: Page) => page.workers().filter((w) => /duckdb/i.test(w.url())).length;

/** Waits until the page shows `data-metric="dataset.weighted_persons"` equal to `want`. */
async function waitForPersons(page: Page, want: number): Promise<void> {
	await page.waitForFunction(
		(n) => Math.abs(Number(document.querySelector('[data-metric="dataset.weighted_persons"]')?.getAttribute('data-value')) - n) < 1e-6 * n,
		want,
		{ timeout: 60_000 }
	);
}

beforeAll(async () => {
	const file = join(mkdtempSync(join(tmpdir(), 'komek-one-session-')), 'law.json');
	writeFileSync(file, JSON.stringify({ name: 'law', year: 2026, params: {} }));
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/simulate.ts', '--data', FOLDER, '--scenario', file]);
	persons = JSON.parse(stdout).dataset.weighted_persons;
	app = await openApp('/');
	await waitForReady(app.page, 120_000);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	embeddedPersons = await metric(app.page, 'dataset.weighted_persons');
	await app.page.setInputFiles('input[data-testid="pick-files"]', [`${FOLDER}/households.csv`, `${FOLDER}/persons.csv`]);
	await app.page.waitForSelector('[data-upload-status="loaded"]', { timeout: 120_000 });
	await waitForPersons(app.page, persons);
}, 300_000);
afterAll(async () => app?.close());

describe('one session for the dashboard, the report and the comparison', () => {
	it('the report describes the loaded dataset, with the engine already up', async () => {
		expect(persons).not.toBe(embeddedPersons);
		const workers = duckdbWorkers(app.page);
		await app.page.click('a[data-link="report"]');
		await app.page.waitForURL(/\/report/);
		await waitForPersons(app.page, persons);
		expect(await app.page.textContent('[data-fact="dataset"]')).not.toMatch(/embedded/i);
		// The report's own figures are of the same dataset: no engine was started again.
		await app.page.waitForFunction(
			(n) =>
				[...document.querySelectorAll('[data-metric="dataset.weighted_persons"]')].every(
					(e) => Math.abs(Number(e.getAttribute('data-value')) - n) < 1e-6 * n
				),
			persons,
			{ timeout: 60_000 }
		);
		expect(duckdbWorkers(app.page)).toBe(workers);
		expect(await app.page.locator('[data-engine]').count()).toBe(0);
	});

	it('going back finds the dataset still loaded', async () => {
		await app.page.goBack();
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 60_000 });
		await waitForPersons(app.page, persons);
		expect(await metric(app.page, 'dataset.weighted_persons')).toBeCloseTo(persons, 6);
	});

	it('the comparison describes the loaded dataset too', async () => {
		await app.page.click('a[data-link="compare"]');
		await app.page.waitForURL(/\/compare/);
		await waitForPersons(app.page, persons);
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
