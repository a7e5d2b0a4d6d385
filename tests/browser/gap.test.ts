// The gap cards (issue 16 item 4): each says what it counts; the projected ones move with the scenario, the observed
// ones say no scenario changes them; a dataset without the notified/applied columns shows "not in this dataset", never 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/lib/i18n/messages';
import { openApp, waitForReady, type AppUnderTest } from './harness';
import { makeHouseholds, writeCsvDataset } from './upload-data';

const GAP_KEYS = ['notified_households', 'applied_households', 'gap_households', 'unclaimed_annual_kzt'];
const OBSERVED = ['notified', 'applied', 'gap', 'paid'];

/** Waits for the funnel view's figures (it is asked only on screen). */
async function funnelReady(page: Page): Promise<void> {
	await page.locator('section.funnel').scrollIntoViewIfNeeded();
	await page.waitForSelector('section.funnel[data-status="ready"][data-counts]', { timeout: 120_000 });
}

describe('on the embedded dataset with a wider poverty line', () => {
	let app: AppUnderTest;
	beforeAll(async () => {
		app = await openApp('/?set.tsa.poverty_line.pm_share=0.8');
		await waitForReady(app.page, 180_000);
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		await funnelReady(app.page);
	}, 300_000);
	afterAll(async () => app?.close());

	it('says what each headline gap card counts, and the projected figures move with the scenario', async () => {
		const page = app.page;
		for (const key of GAP_KEYS) {
			const card = page.locator(`section.headline [data-gap-card="${key}"]`);
			const what = (await card.locator('.what').innerText()).trim();
			expect(what.length, key).toBeGreaterThan(30);
			const figure = card.locator(`[data-metric="totals.gap.${key}"]`);
			expect(await figure.getAttribute('data-missing'), key).toBeNull();
			// Eligibility under 80 % of ПМ × the rates the data shows: not the law's figure.
			expect(Number(await figure.getAttribute('data-value')), key).not.toBe(Number(await figure.getAttribute('data-baseline')));
		}
		expect(await page.locator('section.headline [data-gap-card="notified_households"] .what').innerText()).toBe(en['gap.what.notified']);
		expect(await page.locator('section.headline').innerText()).toContain(en['gap.moves']);
	});

	it('says the observed figures are data no scenario changes, with no "change" beside them', async () => {
		const funnel = app.page.locator('section.funnel');
		expect(await funnel.getAttribute('data-counts')).toBe('true');
		expect(await funnel.innerText()).toContain(en['gap.observed_fixed']);
		for (const f of OBSERVED) {
			const figure = funnel.locator(`[data-figure="funnel.observed.${f}"]`);
			expect(Number(await figure.getAttribute('data-value')), f).toBeGreaterThan(0);
			expect(await figure.getAttribute('data-baseline'), f).toBeNull();
			expect(await figure.locator('xpath=..').locator('.change').count(), f).toBe(0);
			expect(await figure.locator('xpath=../..').locator('..').locator('.what').innerText(), f).toBe(
				en[`gap.observed.${f}` as keyof typeof en]
			);
		}
		// The whole funnel from eligibility to payment.
		expect(await funnel.locator('[data-chart^="funnel-"] g[data-key]').count()).toBe(4);
	});
});

describe('on a dataset without the notified and applied columns', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'komek-gap-'));
	let app: AppUnderTest;
	beforeAll(async () => {
		writeCsvDataset(tmp, makeHouseholds('g', ['astana', 'turkestan', 'mangystau'], 40));
		app = await openApp('/');
		await waitForReady(app.page, 180_000);
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		await app.page.setInputFiles('input[data-testid=pick-files]', [join(tmp, 'households.csv'), join(tmp, 'persons.csv')]);
		await app.page.waitForSelector('[data-upload-status="loaded"]', { timeout: 120_000 });
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		await app.page.waitForSelector('section.headline [data-metric="totals.gap.notified_households"][data-missing]', { timeout: 120_000 });
		await funnelReady(app.page);
		await app.page.waitForSelector('section.funnel[data-counts="false"]', { timeout: 120_000 });
	}, 300_000);
	afterAll(async () => {
		await app?.close();
		rmSync(tmp, { recursive: true, force: true });
	});

	it('shows "not in this dataset" on every headline gap card, never 0', async () => {
		for (const key of GAP_KEYS) {
			const figure = app.page.locator(`section.headline [data-metric="totals.gap.${key}"]`);
			expect(await figure.getAttribute('data-missing'), key).toBe('true');
			expect((await figure.innerText()).trim(), key).toBe(en['gap.not_available']);
		}
		expect(await app.page.locator('section.headline').innerText()).toContain(en['gap.not_available_explain']);
	});

	it('shows the funnel\'s eligibility only, and "not in this dataset" for the stages and what the data would record', async () => {
		const funnel = app.page.locator('section.funnel');
		expect(await funnel.locator('[data-chart^="funnel-"] g[data-key]').count()).toBe(1);
		expect(await funnel.locator('[data-chart^="funnel-"] g[data-key="eligible"]').count()).toBe(1);
		for (const f of [
			'funnel.notified',
			'funnel.not_notified',
			'funnel.card.notified',
			'funnel.card.applied',
			'funnel.card.gap',
			...OBSERVED.map((o) => `funnel.observed.${o}`)
		]) {
			const figure = funnel.locator(`[data-figure="${f}"]`);
			expect(await figure.getAttribute('data-missing'), f).toBe('true');
			expect((await figure.innerText()).trim(), f).toBe(en['gap.not_available']);
		}
		expect(await funnel.locator('[data-chart="funnel-by-region"] thead th').count()).toBe(2);
	});
});
