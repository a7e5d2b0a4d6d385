// Issue 16 item 1: the first screen at 1440×900 says what the figures are (the dataset, "synthetic", the law's year,
// the take-up assumption, the scope) in English, Russian and Kazakh; a user's own dataset shows its own name (its
// manifest's, or its folder's) and the synthetic mark follows its manifest.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForReady, type AppUnderTest } from './harness';

const FIXTURE = 'tests/fixtures/good';
/** The word "synthetic" in each language, written here rather than read from the catalogue. */
const SYNTHETIC = {
	en: /synthetic, not real people/,
	ru: /синтетические данные, не реальные люди/,
	kk: /синтетикалық деректер, нақты адамдар емес/
};
const LAW = { en: 'Law of 2026', ru: 'Законодательство 2026 года', kk: '2026 жылғы заңнама' };

let app: AppUnderTest;
let dir: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'komek-identity-'));
	app = await openApp('/');
	await app.page.setViewportSize({ width: 1440, height: 900 });
	await waitForReady(app.page, 180_000);
}, 300_000);
afterAll(async () => app?.close());

/** The identity line's text, and whether all of it lies within the first 1440×900 screen (the page not scrolled). */
async function identity() {
	await app.page.evaluate(() => window.scrollTo(0, 0));
	return app.page.$eval('[data-identity]', (el) => {
		const box = el.getBoundingClientRect();
		return {
			text: (el as HTMLElement).innerText,
			synthetic: el.getAttribute('data-synthetic'),
			mark: el.querySelector('[data-synthetic-mark]')?.getBoundingClientRect().bottom ?? null,
			visible: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0
		};
	});
}

/** Loads `files` (paths) as the user's dataset and waits until it is shown as `name`. */
async function load(input: 'pick-files' | 'pick-folder', files: string | string[], name: string) {
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	await app.page.setInputFiles(`input[data-testid="${input}"]`, files);
	await app.page.waitForSelector(`[data-identity-dataset="${name}"]`, { timeout: 120_000 });
	await app.page.waitForSelector('[data-upload-status="loaded"]', { timeout: 120_000 });
}

describe('the first screen says what the figures are', () => {
	for (const locale of ['en', 'ru', 'kk'] as const) {
		it(`in ${locale}: the embedded dataset, "synthetic", the law's year, take-up and scope, within 1440×900`, async () => {
			await app.page.selectOption('header select', locale);
			await app.page.waitForFunction((law) => document.querySelector('[data-identity]')?.textContent?.includes(law), LAW[locale]);
			const id = await identity();
			expect(id.visible).toBe(true);
			expect(id.synthetic).toBe('yes');
			expect(id.text).toMatch(SYNTHETIC[locale]);
			expect(id.mark).not.toBeNull();
			expect(id.mark!).toBeLessThanOrEqual(900);
			expect(id.text).toContain('synthetic-kazakhstan-embedded');
			expect(id.text).toContain(LAW[locale]);
			expect(await app.page.getAttribute('[data-identity-takeup]', 'data-identity-takeup')).toBe('full');
			expect(await app.page.getAttribute('[data-identity-scope]', 'data-identity-scope')).toBe('nation');
		});
	}

	it('names the focused region when one is focused, and nothing is synthetic-marked but what the manifest says', async () => {
		await app.page.selectOption('header select', 'en');
		await app.page.click('[data-chart^="regions-map"] g[data-region="turkestan"]');
		await app.page.waitForSelector('[data-identity-scope="turkestan"]');
		expect((await identity()).text).toContain('Turkestan');
		await app.page.click('[data-chart^="regions-map"] g[data-region="turkestan"]');
		await app.page.waitForSelector('[data-identity-scope="nation"]');
	});

	it('shows a user dataset’s manifest name, and no synthetic mark when its manifest says it is real', async () => {
		const folder = join(dir, 'survey-files');
		mkdirSync(folder);
		for (const f of ['households.csv', 'persons.csv']) copyFileSync(join(FIXTURE, f), join(folder, f));
		writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ schema_version: 1, name: 'district-survey-2024', synthetic: false }));
		await load(
			'pick-files',
			['households.csv', 'persons.csv', 'manifest.json'].map((f) => join(folder, f)),
			'district-survey-2024'
		);
		const id = await identity();
		expect(id.visible).toBe(true);
		expect(id.synthetic).toBe('no');
		expect(id.mark).toBeNull();
		expect(id.text).not.toMatch(SYNTHETIC.en);
		expect(id.text).toContain('Dataset: district-survey-2024');
	});

	it('names a folder without a name in its manifest by the folder, and marks it synthetic when its manifest names a generator', async () => {
		const folder = join(dir, 'akmola-pilot');
		mkdirSync(folder);
		for (const f of ['households.csv', 'persons.csv']) copyFileSync(join(FIXTURE, f), join(folder, f));
		writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ schema_version: 1, generator: { script: 'my-model.py' } }));
		await load('pick-folder', folder, 'akmola-pilot');
		const id = await identity();
		expect(id.visible).toBe(true);
		expect(id.synthetic).toBe('yes');
		expect(id.text).toMatch(SYNTHETIC.en);
	});

	it('says when a dataset does not state whether it is synthetic', async () => {
		const folder = join(dir, 'no-manifest');
		mkdirSync(folder);
		for (const f of ['households.csv', 'persons.csv']) copyFileSync(join(FIXTURE, f), join(folder, f));
		await load('pick-folder', folder, 'no-manifest');
		const id = await identity();
		expect(id.synthetic).toBe('not-stated');
		expect(id.text).toContain('does not say whether it is synthetic');
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
