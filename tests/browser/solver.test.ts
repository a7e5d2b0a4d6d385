// The budget solver (issue 16 item 5): "Use this value" leaves a consistent state: the budget solved for becomes the
// scenario's budget (the budget field and the headline's), and the headline's expected cost is within it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitForReady, type AppUnderTest } from './harness';

let app: AppUnderTest;
let page: Page;
beforeAll(async () => {
	app = await openApp('/');
	page = app.page;
	await waitForReady(page, 180_000);
	await page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
}, 300_000);
afterAll(async () => app?.close());

const figure = (selector: string) => page.getAttribute(selector, 'data-value').then(Number);
const cost = () => figure('section.headline [data-metric="totals.tsa.expected_annual_cost_kzt"]');

describe('the budget solver', () => {
	it('after "Use this value", the budget field equals the budget solved for and the headline is within it', async () => {
		const plan = await figure('section.headline [data-figure="budget"]');
		// A budget a quarter above the law's expected cost, in bn ₸ to one decimal (not the year's plan).
		const lawCost = await cost();
		const budgetBn = Math.round((lawCost * 1.25) / 1e8) / 10;
		expect(budgetBn * 1e9).not.toBe(plan);
		const solver = page.locator('[data-solver]');
		await solver.scrollIntoViewIfNeeded();
		await solver.getByRole('spinbutton', { name: 'Budget a year, bn ₸' }).fill(String(budgetBn));
		await solver.getByRole('button', { name: 'Solve', exact: true }).click();
		const answer = solver.locator('[data-solution]');
		await answer.waitFor({ timeout: 120_000 });
		expect(await answer.getAttribute('data-status')).toBe('solved');
		expect(Number(await answer.getAttribute('data-budget'))).toBe(budgetBn * 1e9);
		const share = Number(await answer.getAttribute('data-solution'));

		await solver.getByRole('button', { name: 'Use this value', exact: true }).click();
		// The link follows (throttled), then the figures of the new share.
		await expect.poll(() => new URL(page.url()).searchParams.get('set.tsa.poverty_line.pm_share'), { timeout: 10_000 }).toBe(String(share));
		expect(Number(new URL(page.url()).searchParams.get('budget'))).toBe(budgetBn * 1e9);
		await expect.poll(cost, { timeout: 120_000 }).toBeGreaterThan(lawCost);
		await page.waitForSelector('[data-live-status="ready"]');

		// The budget field of the controls and the headline's budget are the budget solved for.
		const field = page.getByRole('spinbutton', { name: 'TSA budget, bn ₸', exact: true });
		expect(Number(await field.inputValue())).toBe(budgetBn);
		await expect.poll(() => figure('section.headline [data-figure="budget"]')).toBe(budgetBn * 1e9);
		// The scenario's expected cost is within that budget, and close to it; the verdict says so.
		const spent = await cost();
		expect(spent).toBeLessThanOrEqual(budgetBn * 1e9);
		expect(spent / (budgetBn * 1e9)).toBeGreaterThan(0.95);
		expect(await page.locator('section.headline .verdict').getAttribute('class')).not.toContain('over');
	});
});
