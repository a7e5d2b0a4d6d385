// A drag re-renders only the views on screen: one out of sight keeps its last moment, says it is pending, and catches
// up once the key presses pause; on screen it follows every press in the same frame as the headline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metric, openApp, type AppUnderTest } from './harness';

const SLIDER = '[data-param="tsa.poverty_line.pm_share"] input[type="range"]';
const HEADLINE = 'totals.tsa.annual_entitlement_kzt';

let app: AppUnderTest;
beforeAll(async () => {
	app = await openApp('/');
	await app.page.waitForSelector('[data-live-status="ready"][data-fast-path="ready"]', { timeout: 120_000 });
	await app.page.waitForSelector('[data-view="funnel"][data-status="ready"]', { timeout: 60_000 });
}, 180_000);
afterAll(() => app?.close());

/** The funnel's status and figures, read without scrolling to it. */
async function funnel() {
	return app.page.$eval('[data-view="funnel"]', (view) => ({
		status: view.getAttribute('data-status'),
		figures: Object.fromEntries(
			[...view.querySelectorAll('[data-figure][data-value]')].map((e) => [e.getAttribute('data-figure')!, e.getAttribute('data-value')])
		)
	}));
}

/** Presses `key` on the slider and waits until the headline shows another value than `before`. */
async function press(key: string, before: number): Promise<number> {
	await app.page.focus(SLIDER);
	await app.page.keyboard.press(key);
	await app.page.waitForFunction(([k, b]) => document.querySelector(`[data-metric="${k}"]`)?.getAttribute('data-value') !== String(b), [
		HEADLINE,
		before
	] as const);
	return metric(app.page, HEADLINE);
}

describe('views out of sight during a drag', () => {
	it('keep their last figures, pending, until the presses pause, then show the last position', async () => {
		const below = await app.page.$eval('[data-view="funnel"]', (v) => v.getBoundingClientRect().top - innerHeight);
		expect(below, 'the funnel starts beyond the 400 px the views are drawn ahead of the screen').toBeGreaterThan(400);
		const before = await funnel();
		let headline = await metric(app.page, HEADLINE);
		for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) {
			headline = await press(key, headline);
			const now = await funnel();
			expect(now.status).toBe('pending');
			expect(now.figures).toEqual(before.figures);
		}
		await app.page.waitForSelector('[data-view="funnel"][data-status="ready"]', { timeout: 10_000 });
		expect((await funnel()).figures).not.toEqual(before.figures);
	});

	it('on screen, follow every press with the headline', async () => {
		await app.page.locator('[data-view="funnel"]').scrollIntoViewIfNeeded();
		await app.page.waitForSelector('[data-view="funnel"][data-status="ready"]');
		const before = await funnel();
		await press('ArrowLeft', await metric(app.page, HEADLINE));
		const now = await funnel();
		expect(now.status).toBe('ready');
		expect(now.figures).not.toEqual(before.figures);
	});
});
