// Readable sweeps (issue 16 item 8): by default the sweep and the cost–exclusion frontier are drawn around the
// scenario, so that the budget line and the scenario's point stand clear of the x axis; a labelled radio group,
// reached by keyboard, switches to the full range and to a log axis, which the axis title then names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitForReady, type AppUnderTest } from './harness';

let app: AppUnderTest;
beforeAll(async () => {
	app = await openApp();
	await waitForReady(app.page);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
}, 200_000);
afterAll(async () => app?.close());

/** The plot area of `chart` (its clip rectangle) and the y of each element `selector` picks (a circle's cy or a line's y1). */
async function positions(page: Page, chart: string, selector: string) {
	return page.$eval(
		`[data-chart="${chart}"] svg`,
		(svg, selector) => {
			const area = svg.querySelector('rect[data-plot-area]')!;
			const top = Number(area.getAttribute('y'));
			const ys = [...svg.querySelectorAll(selector)].map((e) => Number(e.getAttribute(e.tagName === 'circle' ? 'cy' : 'y1')));
			return { top, bottom: top + Number(area.getAttribute('height')), ys };
		},
		selector
	);
}

/** True when `y` lies in the plot area and more than `gap` pixels above its x axis. */
const standsClear = ({ top, bottom }: { top: number; bottom: number }, y: number, gap = 8) => y >= top - 0.5 && y <= bottom - gap;

/** The texts of `chart`'s SVG. */
const texts = (page: Page, chart: string) => page.$$eval(`[data-chart="${chart}"] svg text`, (ts) => ts.map((t) => t.textContent ?? ''));

describe('readable sweeps in headless chromium', () => {
	it('draws the sweep around the scenario by default: the budget line and the scenario’s point stand clear of the x axis', async () => {
		const page = app.page;
		await page.waitForSelector('[data-chart="sweep-cost"] circle[data-current]', { timeout: 120_000 });
		expect(await page.isChecked('[data-scale-toggle="sweep-cost"] input[data-scale="zoom"]')).toBe(true);
		const budget = await positions(page, 'sweep-cost', 'line[data-hline]');
		const point = await positions(page, 'sweep-cost', 'circle[data-current]');
		expect(budget.ys).toHaveLength(1);
		expect(point.ys).toHaveLength(1);
		expect(standsClear(budget, budget.ys[0]), `budget at ${budget.ys[0]} in ${budget.top}–${budget.bottom}`).toBe(true);
		expect(standsClear(point, point.ys[0]), `scenario at ${point.ys[0]} in ${point.top}–${point.bottom}`).toBe(true);
		// The default scenario (70 % of ПМ) is shown with 50–90 %: the range that matters, 60–90 %, whole.
		expect(await page.textContent('[data-scale-toggle="sweep-cost"] [data-scale-note]')).toMatch(/50\s?%.*90\s?%/);
		await page.locator('[data-view="sweep"]').screenshot({ path: '/tmp/sweep-scale-zoom.png' });
	});

	it('labels the scale toggle and lets the keyboard reach it and switch to the log axis', async () => {
		const page = app.page;
		const group = '[data-scale-toggle="sweep-cost"]';
		expect((await page.textContent(`${group} legend`))?.trim()).toBe('Scale of the chart');
		const labels = await page.$$eval(`${group} input[type="radio"]`, (inputs) =>
			inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '')
		);
		expect(labels).toEqual(['Around the scenario', 'Full range', 'Full range, log scale']);
		// Tab from the focusable element just before the group lands on its checked radio.
		await page.$eval(`${group} input[data-scale="zoom"]`, (radio) => {
			const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
				(e) =>
					e.tabIndex >= 0 &&
					!(e as HTMLInputElement).disabled &&
					e.offsetParent !== null &&
					!(e instanceof HTMLInputElement && e.type === 'radio' && e.name === (radio as HTMLInputElement).name)
			);
			const before = focusable.filter((e) => e.compareDocumentPosition(radio) & Node.DOCUMENT_POSITION_FOLLOWING).pop()!;
			before.focus();
		});
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-scale'))).toBe('zoom');
		await page.keyboard.press('ArrowRight');
		expect(await page.isChecked(`${group} input[data-scale="linear"]`)).toBe(true);
		expect((await texts(page, 'sweep-cost')).some((t) => /log/.test(t))).toBe(false);
		await page.keyboard.press('ArrowRight');
		expect(await page.isChecked(`${group} input[data-scale="log"]`)).toBe(true);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('[data-chart="sweep-cost"] svg text')].some((t) => /log scale/.test(t.textContent ?? ''))
		);
		const budget = await positions(page, 'sweep-cost', 'line[data-hline]');
		expect(standsClear(budget, budget.ys[0])).toBe(true);
		await page.locator('[data-chart="sweep-cost"]').screenshot({ path: '/tmp/sweep-scale-log.png' });
		await page.check(`${group} input[data-scale="zoom"]`);
	});

	it('draws the cost–exclusion frontier around the scenario too, and on a log cost axis when asked', async () => {
		const page = app.page;
		await page.waitForSelector('[data-frontier][data-busy="false"][data-points="23"]', { timeout: 240_000 });
		expect(await page.isChecked('[data-scale-toggle="targeting-frontier"] input[data-scale="zoom"]')).toBe(true);
		const budget = await positions(page, 'targeting-frontier', 'line[data-hline]');
		const mark = await positions(page, 'targeting-frontier', 'circle[data-mark="scenario"]');
		expect(standsClear(budget, budget.ys[0]), `budget at ${budget.ys[0]}`).toBe(true);
		expect(standsClear(mark, mark.ys[0]), `scenario at ${mark.ys[0]}`).toBe(true);
		await page.check('[data-scale-toggle="targeting-frontier"] input[data-scale="log"]');
		await page.waitForFunction(() =>
			[...document.querySelectorAll('[data-chart="targeting-frontier"] svg text')].some((t) => /log scale/.test(t.textContent ?? ''))
		);
		await page.locator('[data-chart="targeting-frontier"]').screenshot({ path: '/tmp/sweep-scale-frontier-log.png' });
		await page.check('[data-scale-toggle="targeting-frontier"] input[data-scale="zoom"]');
		await page.locator('[data-chart="targeting-frontier"]').screenshot({ path: '/tmp/sweep-scale-frontier.png' });
	});

	it('logs no console errors and makes no outside request', () => {
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
