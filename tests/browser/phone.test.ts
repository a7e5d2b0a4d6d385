// Phone and tablet (issue 16 item 7): the page never scrolls sideways, the headline comes within a screen and a half,
// and the scenario controls, folded behind a labelled toggle, still work from the keyboard and move the headline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en, ru } from '../../src/lib/i18n/messages';
import { parameterAt } from '../../src/lib/rules/baseline';
import { openApp, waitForReady, type AppUnderTest } from './harness';

const CASES = [
	{ what: 'a phone in English', locale: 'en', width: 390, height: 844, messages: en },
	{ what: 'a phone in Russian (longer words)', locale: 'ru', width: 390, height: 844, messages: ru },
	{ what: 'a tablet in Russian', locale: 'ru', width: 768, height: 1024, messages: ru }
] as const;

/** How wide the page can be scrolled, and where the headline section starts (px from the top of the page). */
const layout = (page: Page) =>
	page.evaluate(() => ({
		scrollWidth: document.scrollingElement!.scrollWidth,
		headlineTop: document.querySelector('section.headline')!.getBoundingClientRect().top + window.scrollY
	}));

const eligible = (page: Page) => page.getAttribute('[data-metric="totals.tsa.eligible_households"]', 'data-value').then(Number);

describe.each(CASES)('on $what ($width × $height)', ({ locale, width, height, messages }) => {
	let app: AppUnderTest;
	let page: Page;
	beforeAll(async () => {
		app = await openApp(`/?lang=${locale}`);
		page = app.page;
		await page.setViewportSize({ width, height });
		await waitForReady(page, 180_000);
		await page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		await page.waitForSelector('section.headline [data-metric="totals.tsa.eligible_households"]');
		// Every view below the headline drawn (their charts and tables are what could widen the page).
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForTimeout(1500);
		await page.evaluate(() => window.scrollTo(0, 0));
	}, 300_000);
	afterAll(async () => app?.close());

	it('never scrolls sideways and starts the headline within 1.6 screens', async () => {
		const { scrollWidth, headlineTop } = await layout(page);
		expect(scrollWidth).toBeLessThanOrEqual(width);
		expect(headlineTop).toBeLessThan(1.6 * height);
		// The charts fit their container instead of widening it.
		const widest = await page.$$eval('main svg', (svgs) => Math.max(...svgs.map((s) => s.getBoundingClientRect().right)));
		expect(widest).toBeLessThanOrEqual(width);
	});

	it('keeps the controls behind a labelled toggle that opens from the keyboard, and a slider moves the headline', async () => {
		const toggle = page.getByRole('button', { name: messages['app.controls_show'], exact: true });
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('#controls-panel').isVisible()).toBe(false);
		await toggle.focus();
		await page.keyboard.press('Enter');
		const hide = page.getByRole('button', { name: messages['app.controls_hide'], exact: true });
		expect(await hide.getAttribute('aria-expanded')).toBe('true');
		expect(await page.locator('#controls-panel').isVisible()).toBe(true);

		const before = await eligible(page);
		const slider = page.getByRole('slider', { name: parameterAt('tsa.poverty_line.pm_share')!.label[locale], exact: true });
		await slider.focus();
		await page.keyboard.press('PageUp');
		await page.waitForFunction(
			(was) => Number(document.querySelector('[data-metric="totals.tsa.eligible_households"]')?.getAttribute('data-value')) > was,
			before,
			{ timeout: 120_000 }
		);
		expect(await eligible(page)).toBeGreaterThan(before);
		// The changed figure can be read above the open sheet (the page scrolls under it).
		await page.evaluate(() => {
			document.querySelector('[data-metric="totals.tsa.eligible_households"]')!.scrollIntoView({ block: 'start' });
			window.scrollBy(0, -60);
		});
		const figure = await page.locator('[data-metric="totals.tsa.eligible_households"]').boundingBox();
		const sheet = await page.locator('#controls-panel').boundingBox();
		expect(figure!.y + figure!.height).toBeLessThanOrEqual(sheet!.y);
		expect(await slider.isVisible()).toBe(true);
		expect((await layout(page)).scrollWidth).toBeLessThanOrEqual(width);

		// Escape folds them again and gives the focus back to the toggle.
		await page.keyboard.press('Escape');
		expect(await page.locator('#controls-panel').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.classList.contains('controls-toggle'))).toBe(true);
	});
});

describe('on a wide screen', () => {
	it('shows the controls beside the figures with no toggle', async () => {
		const app = await openApp('/');
		try {
			await app.page.setViewportSize({ width: 1440, height: 900 });
			await waitForReady(app.page, 180_000);
			expect(await app.page.locator('#controls-panel').isVisible()).toBe(true);
			expect(await app.page.locator('.controls-toggle').isVisible()).toBe(false);
		} finally {
			await app.close();
		}
	}, 300_000);
});
