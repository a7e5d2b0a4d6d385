import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitForReady, type AppUnderTest } from './harness';
import { waitForFigures } from './visible-texts';

const CALC = '[data-view="calculator"]';
const WAGES = `${CALC} [data-member="0"] [data-calc="income_wages"]`;

/** The monthly TSA the calculator shows under `rules`, once it is positive or zero as `want` says. */
async function tsa(page: Page, rules: 'law' | 'scenario', want: 'positive' | 'zero'): Promise<number> {
	const selector = `${CALC} [data-calc-tsa="${rules}"]`;
	await page.waitForFunction(
		([s, w]) => {
			const v = document.querySelector(s)?.getAttribute('data-value');
			return v !== null && v !== undefined && (w === 'zero' ? Number(v) === 0 : Number(v) > 0);
		},
		[selector, want] as const,
		{ timeout: 60_000 }
	);
	return Number(await page.getAttribute(selector, 'data-value'));
}

describe('the family calculator and the explorer presets', () => {
	let app: AppUnderTest;

	beforeAll(async () => {
		app = await openApp('/');
		await waitForReady(app.page, 120_000);
		await waitForFigures(app.page);
	}, 240_000);

	afterAll(async () => {
		await app?.close();
	});

	it('pays a typed family with one low wage, shows the trace and the chart, and pays nothing when the wage rises', async () => {
		const page = app.page;
		await page.waitForSelector(WAGES, { timeout: 60_000 });
		await page.fill(WAGES, '50000');
		expect(await tsa(page, 'law', 'positive')).toBeGreaterThan(0);
		expect(await tsa(page, 'scenario', 'positive')).toBeGreaterThan(0);
		const eligible = await page.waitForSelector(`${CALC} [data-calc-trace] tr[data-step="tsa.eligible"]`);
		expect(await eligible.getAttribute('data-value')).toBe('true');
		expect(await page.$$eval(`${CALC} [data-chart] circle`, (els) => els.length)).toBe(62);
		await page.fill(WAGES, '900000');
		expect(await tsa(page, 'law', 'zero')).toBe(0);
		expect(await tsa(page, 'scenario', 'zero')).toBe(0);
		expect(await page.getAttribute(`${CALC} [data-calc-trace] tr[data-step="tsa.eligible"]`, 'data-value')).toBe('false');
	});

	it('finds a family the scenario pays among the explorer presets', async () => {
		const page = app.page;
		await page.click('[data-preset="scenario_pays"]');
		const row = await page.waitForSelector('table[data-trace] tr[data-step="tsa.eligible"]', { timeout: 60_000 });
		expect(await row.getAttribute('data-value')).toBe('true');
		const amount = await page.getAttribute('table[data-trace] tr[data-step="tsa.amount"]', 'data-value');
		expect(Number(amount)).toBeGreaterThan(0);
	});

	it('says the calculator and explorer traces in Russian, with no English true / false / eligible', async () => {
		const page = app.page;
		await page.fill(WAGES, '50000');
		await tsa(page, 'law', 'positive');
		await page.selectOption('header select', 'ru');
		await page.waitForFunction(() => document.querySelector('[data-calc-trace] caption')?.textContent === 'Правило за правилом');
		await page.waitForFunction(() => /имеет право на АСП/.test(document.querySelector('[data-calc-trace]')?.textContent ?? ''), null, {
			timeout: 60_000
		});
		for (const table of ['[data-calc-trace]', 'table[data-trace]', '[data-calc-result]']) {
			const text = await page.innerText(table);
			expect(text, table).not.toMatch(/\b(true|false|eligible|exact|approximate|assumption)\b/i);
			expect(text, table).not.toMatch(/\d\.\d+ (₸|МРП)/);
		}
		expect(await page.innerText(`${CALC} [data-calc-trace] tr[data-step="tsa.eligible"] td strong`)).toBe('да');
	});

	it('makes no outside request and logs no error', () => {
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
