// Issue 16 item 14: no serious or critical axe-core violations on the three pages, a skip link, sliders that
// announce their unit, tiles whose accessible name contains their visible label.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parameterAt } from '$lib/rules/baseline';
import { openApp, waitForReady, type AppUnderTest } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let app: AppUnderTest;

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };

/** axe-core's violations of impact serious or critical on the page as it stands, one line per node. */
async function seriousViolations(page: Page): Promise<string[]> {
	// The app's CSP forbids inline scripts (addScriptTag), and rightly: evaluated over the DevTools protocol instead.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE};void 0`);
	const violations = (await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
		return (await axe.run(document, { resultTypes: ['violations'] })).violations;
	})) as Violation[];
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) =>
			v.nodes.map((n) => `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${v.help}. ${n.failureSummary ?? ''}`.replace(/\s+/g, ' '))
		);
}

async function goto(path: string): Promise<void> {
	await app.page.goto(new URL(path, app.url).href);
	await waitForReady(app.page, 120_000);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 180_000 });
}

beforeAll(async () => {
	app = await openApp('/');
	await waitForReady(app.page, 120_000);
}, 200_000);
afterAll(async () => app?.close());

describe('accessibility', () => {
	it.each(['en', 'kk'])(
		'the dashboard (%s) has no serious or critical axe violations once the figures and the row views are drawn',
		async (lang) => {
			await goto(`/?lang=${lang}&set.tsa.poverty_line.pm_share=0.8`);
			await app.page.waitForSelector('section.headline [data-metric]');
			await app.page.waitForSelector('[data-chart^="regions-map"] g[data-region]');
			await app.page.waitForSelector('[data-chart="funnel-by-region"]', { timeout: 120_000 });
			await app.page.waitForSelector('[data-chart="sweep-cost"] circle', { timeout: 120_000 });
			await app.page.waitForSelector('[data-view="gainers-losers"] [data-gainers]', { timeout: 120_000 });
			await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
			const found = await seriousViolations(app.page);
			expect(found, found.join('\n')).toEqual([]);
		}
	);

	it('the report has none', async () => {
		await goto('/report?set.tsa.poverty_line.pm_share=0.8&name=Wider%20line');
		await app.page.waitForSelector('section.figures [data-metric]');
		const found = await seriousViolations(app.page);
		expect(found, found.join('\n')).toEqual([]);
	});

	it('the compare page has none', async () => {
		await app.page.evaluate(() =>
			localStorage.setItem(
				'komek.scenario.v1:Wide line',
				JSON.stringify({ name: 'Wide line', year: 2026, overrides: { 'tsa.poverty_line.pm_share': 0.8 }, region: null, budget: null })
			)
		);
		await goto('/compare?col=law:2026&col=saved:Wide%20line&regions=almaty');
		await app.page.waitForSelector('table[data-table="compare-figures"] td[data-column]');
		const found = await seriousViolations(app.page);
		expect(found, found.join('\n')).toEqual([]);
	});

	it('the first Tab on each page focuses a visible “Skip to main content” link to the main content', async () => {
		for (const path of ['/', '/report', '/compare']) {
			await goto(path);
			await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await app.page.keyboard.press('Tab');
			const link = await app.page.evaluate(() => {
				const a = document.activeElement as HTMLAnchorElement;
				const r = a.getBoundingClientRect();
				return {
					tag: a.tagName,
					text: a.textContent?.trim(),
					href: a.getAttribute('href'),
					visible: r.width > 1 && r.height > 1 && r.top >= 0
				};
			});
			expect(link, path).toEqual({ tag: 'A', text: 'Skip to main content', href: '#main', visible: true });
			const target = await app.page.evaluate(() => {
				const t = document.getElementById('main');
				return t ? { tag: t.tagName, tabindex: t.getAttribute('tabindex') } : null;
			});
			expect(target, path).toEqual({ tag: 'MAIN', tabindex: '-1' });
			await app.page.keyboard.press('Enter');
			expect(await app.page.evaluate(() => document.activeElement?.id), path).toBe('main');
		}
	});

	it('every slider announces its value with its unit, not a bare decimal', async () => {
		const sliders = async () =>
			app.page.$$eval('input[type="range"]', (els) =>
				els.map((e) => ({
					path: e.closest('[data-param]')?.getAttribute('data-param') ?? '',
					text: e.getAttribute('aria-valuetext') ?? ''
				}))
			);
		await goto('/');
		const en = await sliders();
		expect(en.length).toBeGreaterThan(10);
		// A count (land plots, children) is its own unit: the label names what is counted.
		for (const s of en) if (parameterAt(s.path)!.unit !== 'count') expect(s.text, s.path).not.toMatch(/^[-−]?[\d\s.,]*$/);
		const text = (list: typeof en, path: string) => list.find((s) => s.path === path)!.text;
		expect(text(en, 'tsa.poverty_line.pm_share')).toBe('70%');
		expect(text(en, 'tsa.child_supplement.mrp_per_child')).toMatch(/^[\d.]+ МРП$/);
		expect(en.some((s) => /\d ₸/.test(s.text))).toBe(true);
		expect(en.some((s) => / years?$/.test(s.text))).toBe(true);
		await goto('/?lang=ru&set.tsa.child_supplement.mrp_per_child=1.5');
		expect(text(await sliders(), 'tsa.child_supplement.mrp_per_child')).toBe('1,5 МРП');
	});

	it('each tile of the map has an accessible name that contains its visible label', async () => {
		// Words and numbers in order, punctuation aside (as axe's label-content-name-mismatch compares them).
		const words = (text: string) => ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
		for (const lang of ['en', 'ru']) {
			await goto(`/?lang=${lang}`);
			await app.page.waitForSelector('[data-chart^="regions-map"] g[data-region]');
			// The visible label as a reader sees it: every piece of text on the tile, in order.
			const tiles = await app.page.$$eval('[data-chart^="regions-map"] g[data-region]', (gs) =>
				gs.map((g) => {
					const walker = document.createTreeWalker(g, NodeFilter.SHOW_TEXT);
					const parts: string[] = [];
					// A <title> is the tile's description and tooltip, not drawn.
					while (walker.nextNode())
						if (!walker.currentNode.parentElement?.closest('title')) parts.push(walker.currentNode.textContent ?? '');
					return { name: g.getAttribute('aria-label') ?? '', label: parts.join(' ') };
				})
			);
			expect(tiles.length).toBeGreaterThan(15);
			for (const t of tiles) expect(words(t.name), t.label).toContain(words(t.label));
		}
	});
});
