import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parameterAt } from '$lib/rules/baseline';
import * as catalogue from '$lib/i18n/catalogues/report';
import { openApp, type AppUnderTest } from './harness';
import { at, relativeGap, simulateCli } from './simulate-cli';

const SCENARIO = 'set.tsa.poverty_line.pm_share=0.8&name=Wider%20line';
let law: unknown;
let wider: unknown;
let app: AppUnderTest;

async function open(search: string): Promise<void> {
	await app.page.goto(new URL(`/report?${search}`, app.url).href);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 180_000 });
	await app.page.waitForSelector('section.figures [data-metric]');
}

type Figure = { key: string; value: number; baseline: number | null };
/** The figures the report shows with a key path (all of them, or those under `selector`). */
const figures = (selector = '[data-metric]'): Promise<Figure[]> =>
	app.page.$$eval(selector, (els) =>
		els.map((e) => ({
			key: e.getAttribute('data-metric')!,
			value: Number(e.getAttribute('data-value')),
			baseline: e.hasAttribute('data-baseline') ? Number(e.getAttribute('data-baseline')) : null
		}))
	);

beforeAll(async () => {
	[law, wider] = await Promise.all([simulateCli({}), simulateCli({ 'tsa.poverty_line.pm_share': 0.8 })]);
	app = await openApp('/report?' + SCENARIO);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 180_000 });
}, 400_000);
afterAll(async () => app?.close());

describe('the printable report', () => {
	it('gives every headline figure exactly as `npm run simulate` does, the law beside it', async () => {
		await open(SCENARIO);
		const all = await figures();
		expect(all.length).toBeGreaterThanOrEqual(13);
		for (const f of all) {
			expect(relativeGap(f.value, at(wider, f.key)), f.key).toBeLessThan(1e-9);
			if (f.baseline !== null) expect(relativeGap(f.baseline, at(law, f.key)), `${f.key} (law)`).toBeLessThan(1e-9);
		}
		expect(all.filter((f) => f.key.startsWith('totals.') && f.baseline === null)).toEqual([]);
	});

	it('lists the changed parameter, law → scenario, with every reference and its address', async () => {
		const row = app.page.locator('table[data-params="changes"] tr[data-path="tsa.poverty_line.pm_share"]');
		await expect(row.count()).resolves.toBe(1);
		const text = await row.innerText();
		expect(text).toContain('70');
		expect(text).toContain('80');
		expect(text).toContain(catalogue.en['status.scenario']);
		for (const ref of parameterAt('tsa.poverty_line.pm_share')!.references) {
			expect(text).toContain(ref.title);
			expect(text).toContain(ref.href);
		}
		expect(await app.page.locator('table[data-params="changes"] tbody tr').count()).toBe(1);
		// The full parameter appendix is a page of its own (report-pages.test.ts), linked from the report.
		expect(await app.page.locator('table[data-params="all"] tbody tr').count()).toBe(0);
		expect(await app.page.locator('a[data-link="appendix"]').count()).toBe(1);
		expect(await app.page.locator('table[data-table="regions"] tbody tr').count()).toBe(21);
		expect(await app.page.locator('[data-fact="scenario"]').innerText()).toBe('Wider line');
	});

	it('focuses a region: figures under by_region.<region> (the budget stays national: report-pages.test.ts)', async () => {
		await open(`${SCENARIO}&region=almaty`);
		const all = (await figures('section.figures [data-metric], section.gap [data-metric]')).filter((f) => !f.key.startsWith('dataset.'));
		expect(all.length).toBeGreaterThanOrEqual(11);
		for (const f of all) {
			expect(f.key.startsWith('by_region.almaty.'), f.key).toBe(true);
			expect(relativeGap(f.value, at(wider, f.key)), f.key).toBeLessThan(1e-9);
			expect(relativeGap(f.baseline!, at(law, f.key)), `${f.key} (law)`).toBeLessThan(1e-9);
		}
	});

	it('renders in Russian and in Kazakh with the same figures', async () => {
		for (const lang of ['ru', 'kk'] as const) {
			await open(`${SCENARIO}&lang=${lang}`);
			expect(await app.page.locator('h1').innerText()).toBe(catalogue[lang]['report.title']);
			expect(await app.page.locator('#rp-caveats').innerText()).toBe(catalogue[lang]['report.caveats.title']);
			const label = parameterAt('tsa.poverty_line.pm_share')!.label[lang];
			expect(await app.page.locator('table[data-params="changes"]').innerText()).toContain(label);
			for (const f of await figures()) expect(relativeGap(f.value, at(wider, f.key)), `${lang} ${f.key}`).toBeLessThan(1e-9);
		}
	}, 400_000);

	it('prints to a non-empty PDF without console errors or outside requests', async () => {
		await open(SCENARIO);
		const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(50_000);
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
