import { execFile } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../src/lib/data/regions';
import { csvNumber } from '../../src/lib/charts/download';
import { openApp, waitForReady, metric, type AppUnderTest } from './harness';

const run = promisify(execFile);
type Result = { by_region: Record<string, { tsa: Record<string, number>; gap: Record<string, number> }> };

/** What `npm run simulate` prints for the 2026 law on the embedded dataset. */
async function simulateLaw(): Promise<Result> {
	const file = join(mkdtempSync(join(tmpdir(), 'komek-regions-')), 'scenario.json');
	writeFileSync(file, JSON.stringify({ name: 't', year: 2026, params: {} }));
	const { stdout } = await run('npx', ['tsx', 'scripts/simulate.ts', '--data', 'datasets/embedded', '--scenario', file], {
		maxBuffer: 64 * 1024 * 1024
	});
	return JSON.parse(stdout);
}

let app: AppUnderTest;
let law: Result;
beforeAll(async () => {
	const lawRun = simulateLaw();
	app = await openApp('/');
	await waitForReady(app.page, 180_000);
	await app.page.waitForSelector('[data-chart^="regions-map"] g[data-region]');
	law = await lawRun;
}, 400_000);
afterAll(async () => app?.close());

const ready = () => app.page.waitForSelector('[data-live-status="ready"]');
const relClose = (got: number, want: number, what: string) =>
	expect(Math.abs(got - want) / Math.max(1, Math.abs(want)), `${what}: ${got} vs ${want}`).toBeLessThan(1e-9);

async function funnelStages(): Promise<Record<string, number>> {
	const bars = await app.page.$$eval('[data-chart^="funnel-"] g[data-key]', (gs) =>
		gs.map((g) => [g.getAttribute('data-key')!, Number(g.getAttribute('data-scenario'))] as const)
	);
	const figure = async (name: string) => Number(await app.page.getAttribute(`section.funnel [data-figure="${name}"]`, 'data-value'));
	return {
		...Object.fromEntries(bars),
		not_notified: await figure('funnel.not_notified'),
		card_notified: await figure('funnel.card.notified'),
		card_applied: await figure('funnel.card.applied'),
		card_gap: await figure('funnel.card.gap'),
		observed_notified: await figure('funnel.observed.notified'),
		observed_applied: await figure('funnel.observed.applied'),
		observed_gap: await figure('funnel.observed.gap'),
		observed_paid: await figure('funnel.observed.paid')
	};
}

describe('the regions view and the funnel', () => {
	it('draws 20 tiles, one per region', async () => {
		const tiles = await app.page.$$eval('[data-chart^="regions-map"] g[data-region]', (gs) => gs.map((g) => g.getAttribute('data-region')));
		expect(tiles.sort()).toEqual([...REGION_CODES].sort());
	});

	it('focuses a region on click: the URL gains region=, the headline shows that region’s figures', async () => {
		await app.page.click('[data-chart^="regions-map"] g[data-region="turkestan"]');
		await app.page.waitForFunction(() => location.search.includes('region=turkestan'));
		await ready();
		await app.page.waitForSelector('section.headline [data-metric="by_region.turkestan.tsa.eligible_households"]');
		// The region's own figures carry no national key; the national total stands apart, labelled (regions-honest.test.ts).
		expect(await app.page.$('section.headline [data-part="region"] [data-metric^="totals."]')).toBeNull();
		for (const key of ['tsa.eligible_households', 'tsa.expected_annual_cost_kzt', 'gap.notified_households', 'gap.gap_households']) {
			const [group, name] = key.split('.') as ['tsa' | 'gap', string];
			relClose(await metric(app.page, `by_region.turkestan.${key}`), law.by_region.turkestan[group][name], key);
		}
		expect(await app.page.getAttribute('[data-chart^="regions-map"] g[data-region="turkestan"]', 'aria-pressed')).toBe('true');
	});

	it('shows the focused region’s funnel, and its numbers add up', async () => {
		await app.page.waitForSelector('section.funnel [data-scope="turkestan"]');
		await app.page.waitForSelector('[data-chart="funnel-turkestan"]');
		const f = await funnelStages();
		const t = law.by_region.turkestan;
		relClose(f.eligible, t.tsa.eligible_households, 'eligible');
		// The card's projected figures (every family) are the contract's gap; the stages are its eligible part.
		relClose(f.card_notified, t.gap.notified_households, 'notified');
		relClose(f.card_applied, t.gap.applied_households, 'applied');
		relClose(f.card_gap, t.gap.gap_households, 'gap');
		expect(f.card_notified).toBeGreaterThanOrEqual(f.notified);
		expect(f.card_applied).toBeGreaterThanOrEqual(f.applied);
		relClose(f.eligible, f.notified + f.not_notified, 'eligible = notified + not notified');
		expect(f.eligible).toBeGreaterThanOrEqual(f.notified);
		expect(f.notified).toBeGreaterThanOrEqual(f.applied);
		expect(f.applied).toBeGreaterThanOrEqual(f.paid);
		expect(f.observed_notified).toBeGreaterThanOrEqual(f.observed_gap);
		expect(f.observed_paid).toBeGreaterThan(0);
		expect(f.paid).toBeGreaterThan(0);
	});

	it('is keyboard operable: Enter on a bar focuses its region, Space again clears', async () => {
		const bar = '[data-chart^="regions-bars"] g[data-key="shymkent"]';
		await app.page.focus(bar);
		await app.page.keyboard.press('Enter');
		await app.page.waitForFunction(() => location.search.includes('region=shymkent'));
		await app.page.focus(bar);
		await app.page.keyboard.press(' ');
		await app.page.waitForFunction(() => !location.search.includes('region='));
		await ready();
		await app.page.waitForSelector('section.headline [data-metric="totals.tsa.eligible_households"]');
	});

	it('downloads as CSV exactly the numbers the bars draw', async () => {
		const chart = '[data-chart^="regions-bars"]';
		const drawn = await app.page.$$eval(`${chart} g[data-key]`, (gs) =>
			gs.map((g) => [g.getAttribute('data-key')!, Number(g.getAttribute('data-baseline')), Number(g.getAttribute('data-scenario'))])
		);
		expect(drawn).toHaveLength(20);
		const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click(`${chart} [data-download="csv"]`)]);
		// After the '#' header block (tests/browser/exports.test.ts), numbers as the CSV rounds them.
		const lines = readFileSync((await download.path())!, 'utf8')
			.trim()
			.split('\n')
			.filter((l) => !l.startsWith('#'));
		expect(lines[0]).toBe('key,label,baseline,scenario');
		const csv = lines.slice(1).map((l) => {
			const cells = l.split(',');
			return [cells[0], Number(cells.at(-2)), Number(cells.at(-1))];
		});
		expect(csv).toEqual(drawn.map(([k, b, s]) => [k, Number(csvNumber(b as number)), Number(csvNumber(s as number))]));
	});

	it('logs no console errors and makes no outside request', () => {
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
