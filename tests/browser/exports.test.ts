// A chart's downloads carry their context (issue 16 item 13): the file name has the scenario and the date, the CSV
// opens with a '#' header block, the SVG is stamped with the title, the law, the dataset and "synthetic", in the
// page language.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForReady, type AppUnderTest } from './harness';

const CHART = '[data-chart^="regions-bars"]';
const today = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('exports with context', () => {
	let app: AppUnderTest;

	/** Clicks a download button of the chart; the file's name and text. */
	async function download(kind: 'csv' | 'svg' | 'png'): Promise<{ name: string; text: string }> {
		const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.click(`${CHART} [data-download="${kind}"]`)]);
		return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
	}

	beforeAll(async () => {
		app = await openApp('/?name=Line%20at%2080%25');
		await waitForReady(app.page, 180_000);
		await app.page.waitForSelector(`${CHART} g[data-key]`);
	}, 240_000);

	afterAll(async () => {
		await app?.close();
	});

	it('names the CSV for the chart, the scenario, the year and today, and opens it with the header block', async () => {
		const { name, text } = await download('csv');
		expect(name).toMatch(new RegExp(`^komek-regions-bars[a-z0-9-]*-line-at-80-2026-${today()}\\.csv$`));
		const lines = text.split('\n');
		expect(lines[0]).toBe('# Komek export');
		const header = lines.filter((l) => l.startsWith('#'));
		expect(header).toContain('# synthetic: yes');
		expect(header).toContain('# law year: 2026');
		expect(header).toContain('# scenario: Line at 80%');
		expect(header).toContain('# scope: national');
		expect(header).toContain(`# exported: ${today()}`);
		expect(header.find((l) => l.startsWith('# dataset: '))).toMatch(/^# dataset: \S+/);
		expect(header.find((l) => l.startsWith('# columns: '))).toBe('# columns: Key | Name | Law | Scenario');
		expect(lines[header.length]).toBe('key,label,baseline,scenario');
	});

	it('stamps the SVG with the title, the law and scenario, the dataset and "synthetic", without covering the chart', async () => {
		const { name, text } = await download('svg');
		expect(name).toMatch(new RegExp(`-line-at-80-2026-${today()}\\.svg$`));
		const stamp = await app.page.evaluate((svg) => {
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			const outer = doc.documentElement;
			const inner = outer.querySelector(':scope > svg');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				texts: [...outer.querySelectorAll(':scope > text')].map((t) => t.textContent),
				outerHeight: Number(outer.getAttribute('height')),
				innerY: Number(inner?.getAttribute('y')),
				innerHeight: Number(inner?.getAttribute('height'))
			};
		}, text);
		expect(stamp.error).toBeNull();
		expect(stamp.texts[0]).toMatch(/^Komek · /);
		expect(stamp.texts[1]).toBe('Law of 2026 · scenario “Line at 80%” · take-up: full · All Kazakhstan');
		expect(stamp.texts.some((t) => /^Dataset: \S+ — synthetic, not real people$/.test(t ?? ''))).toBe(true);
		expect(stamp.texts).toContain(`Exported ${today()}`);
		// The header band is above the drawing and the footer below it.
		expect(stamp.innerY).toBeGreaterThanOrEqual(40);
		expect(stamp.outerHeight).toBeGreaterThanOrEqual(stamp.innerY + stamp.innerHeight + 30);
	});

	it('offers the PNG under the same kind of name', async () => {
		const { name } = await download('png');
		expect(name).toMatch(new RegExp(`-line-at-80-2026-${today()}\\.png$`));
	});

	it('stamps the SVG in Russian once the page is in Russian', async () => {
		await app.page.selectOption('header select', 'ru');
		await app.page.waitForFunction(() => document.documentElement.lang === 'ru');
		const { text } = await download('svg');
		expect(text).toMatch(/Набор данных: \S+ — синтетические данные, не реальные люди/);
		expect(text).toContain('Законодательство 2026 года · сценарий «Line at 80%»');
		expect(text).not.toContain('not real people');
	});

	it('makes no outside request and logs no error', () => {
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
