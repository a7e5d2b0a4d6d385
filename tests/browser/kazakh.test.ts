import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kk } from '$lib/i18n/messages';
import { expectTraceInLanguage } from './trace-language';
import { openApp, waitForReady, type AppUnderTest } from './harness';
import { englishMessages, matchesTemplate, SAME_IN_BOTH, visibleTexts, waitForFigures } from './visible-texts';

const ENGLISH = englishMessages(kk);

describe('the dashboard in Kazakh', () => {
	let app: AppUnderTest;
	let english: Map<string, string>;
	let kazakh: Map<string, string>;

	beforeAll(async () => {
		app = await openApp('/');
		await waitForReady(app.page, 120_000);
		await waitForFigures(app.page);
		english = await visibleTexts(app.page);
		await app.page.selectOption('header select', 'kk');
		await app.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Көмек'));
		await waitForFigures(app.page);
		kazakh = await visibleTexts(app.page);
	}, 240_000);

	afterAll(async () => {
		await app?.close();
	});

	it('changes every visible heading, label and button from its English text', () => {
		expect(english.size).toBeGreaterThan(50);
		const unchanged = [...english].filter(([place, text]) => kazakh.get(place) === text && !SAME_IN_BOTH.test(text));
		expect(unchanged.map(([, text]) => text)).toEqual([]);
		const compared = [...english.keys()].filter((place) => kazakh.has(place)).length;
		expect(compared / english.size).toBeGreaterThan(0.9);
	});

	it('shows no English message anywhere among those texts', () => {
		const leftovers = [...kazakh.values()].filter((text) => ENGLISH.some((template) => matchesTemplate(text, template)));
		expect(leftovers).toEqual([]);
		expect([...kazakh.values()]).toContain(kk['headline.title']);
		expect([...kazakh.values()]).toContain(kk['controls.reset']);
	});

	it('carries lang=kk in the URL and writes numbers the kk-KZ way', async () => {
		// The URL is written once the page is idle (within about a second of the change), not in the change's frame.
		await expect.poll(() => new URL(app.page.url()).searchParams.get('lang'), { timeout: 5000 }).toBe('kk');
		const cell = app.page.locator('[data-metric="dataset.weighted_persons"]');
		const value = Number(await cell.getAttribute('data-value'));
		expect(value).toBeGreaterThan(1000);
		const shown = (await cell.innerText()).replace(/\s/g, ' ');
		expect(shown).toBe(new Intl.NumberFormat('kk-KZ', { maximumFractionDigits: 0 }).format(value).replace(/\s/g, ' '));
		expect(shown).toMatch(/^\d{1,3}( \d{3})+$/);
	});

	it('opens in Kazakh from a link with lang=kk', async () => {
		await app.page.goto(app.page.url());
		await waitForReady(app.page, 120_000);
		expect(await app.page.locator('header select').inputValue()).toBe('kk');
		expect(await app.page.locator('h1').innerText()).toContain(kk['app.title']);
		await waitForFigures(app.page);
		expect(await app.page.locator('section.headline h2').first().innerText()).toBe(kk['headline.title']);
	});

	it('keeps every chart label inside its chart', async () => {
		await app.page.waitForFunction(() => document.querySelectorAll('[data-chart] svg').length >= 6, null, { timeout: 120_000 });
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		// Charts size their margins to their labels as they render: judge the settled page, not a frame mid-render.
		const clipped = () =>
			app.page.$$eval('[data-chart] svg', (svgs) =>
				svgs.flatMap((svg) => {
					const box = svg.getBoundingClientRect();
					return [...svg.querySelectorAll('text')]
						.filter((t) => t.getBoundingClientRect().width > 0 && t.getBoundingClientRect().left < box.left - 1)
						.map((t) => `${svg.closest('[data-chart]')!.getAttribute('data-chart')}: ${t.textContent}`);
				})
			);
		await expect.poll(clipped, { timeout: 30_000, interval: 500 }).toEqual([]);
	});

	it('explains a family with yes / no and statuses in the language (иә / жоқ), and numbers with a decimal comma', async () => {
		await expectTraceInLanguage(app.page, { yesNo: ['иә', 'жоқ'], statuses: ['нақты', 'шамамен', 'болжам'] });
	});

	it('makes no outside request and logs no error', () => {
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
