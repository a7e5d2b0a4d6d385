// Shared by the Russian and Kazakh tests: the explorer's trace says yes / no and statuses in the page's language.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Opens presets until one shows a trace, then checks its yes / no, its statuses and its decimal commas. */
export async function expectTraceInLanguage(page: Page, words: { yesNo: [string, string]; statuses: string[] }): Promise<void> {
	for (const key of ['scenario_pays', 'turkestan_couple_3', 'single_mother_2', 'disabled_child', 'astana_pensioner']) {
		await page.click(`[data-preset="${key}"]`);
		await page.waitForSelector('[data-view="explorer"] .message', { timeout: 60_000 });
		if (await page.$('table[data-trace]')) break;
	}
	const eligible = await page.waitForSelector('table[data-trace] tr[data-step="tsa.eligible"]', { timeout: 60_000 });
	const values = await eligible.$$eval('td strong', (els) => els.map((e) => e.textContent));
	expect(values).toHaveLength(2);
	for (const value of values) expect(words.yesNo).toContain(value);
	const trace = await page.innerText('table[data-trace]');
	expect(trace).not.toMatch(/\b(true|false|exact|approximate|assumption|null)\b/);
	expect(trace).not.toMatch(/\d\.\d+ (₸|МРП|АЕК)/);
	const statuses = await page.$$eval('table[data-trace] .status', (els) => [...new Set(els.map((e) => e.textContent))]);
	expect(statuses.length).toBeGreaterThan(0);
	for (const status of statuses) expect(words.statuses).toContain(status);
}
