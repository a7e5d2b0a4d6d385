// The printed report (issue 16 item 6): at most 12 A4 pages for the law and for a typical scenario, summary and
// caveats first, then budget, regions, sweep, gainers and losers, the gap and the changed parameters; the full
// parameter appendix is a page and a CSV of its own, linked from the report, holding every parameter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAMETERS } from '$lib/rules/parameters';
import { parameterAt } from '$lib/rules/baseline';
import { openApp, type AppUnderTest } from './harness';
import { at, relativeGap, simulateCli } from './simulate-cli';

/** A typical scenario: the poverty line raised to 80 % of ПМ and Almaty's local income test switched on at 1 × ПМ. */
const TYPICAL = { 'tsa.poverty_line.pm_share': 0.8, 'local.almaty.income_threshold_pm_multiple': 1 };
const TYPICAL_SEARCH = `${Object.entries(TYPICAL)
	.map(([k, v]) => `set.${k}=${v}`)
	.join('&')}&name=Typical`;
const ORDER = ['summary', 'caveats', 'budget', 'regions', 'sweep', 'gainers', 'gap', 'changes'];
const MAX_PAGES = 12;

let app: AppUnderTest;
let law: unknown;
let typical: unknown;

/** Opens the report for `search` and waits until every section has its figures. */
async function open(search: string): Promise<void> {
	await app.page.goto(new URL(`/report${search ? `?${search}` : ''}`, app.url).href);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 360_000 }).catch(async (e) => {
		// Say what the page shows (the engine's banner, a failure) rather than only that it timed out.
		const shown = await app.page.$$eval('[data-engine], [role="alert"], .status', (els) =>
			els.map((el) => el.textContent?.trim()).join(' | ')
		);
		throw new Error(`${e instanceof Error ? e.message : e}\npage shows: ${shown}`);
	});
	await app.page.waitForFunction(
		(n) => {
			const sections = [...document.querySelectorAll('[data-report-section]')];
			return sections.length === n && sections.every((s) => s.getAttribute('data-status') === 'ready');
		},
		ORDER.length,
		{ timeout: 360_000 }
	);
}

/** Pages of a PDF: its `/Type /Page` objects (not the `/Pages` tree nodes). */
function pageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Violation = { id: string; impact: string | null; nodes: { target: unknown }[] };

/** axe-core's serious or critical violations on the page as it stands (evaluated over DevTools: the CSP forbids inline scripts). */
async function seriousViolations(): Promise<string[]> {
	if (!(await app.page.evaluate(() => 'axe' in window))) await app.page.evaluate(`${AXE};void 0`);
	const violations = (await app.page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
		return (await axe.run(document, { resultTypes: ['violations'] })).violations;
	})) as Violation[];
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
}

const sections = () => app.page.$$eval('[data-report-section]', (els) => els.map((e) => e.getAttribute('data-report-section')));

beforeAll(async () => {
	[law, typical] = await Promise.all([simulateCli({}), simulateCli(TYPICAL)]);
	app = await openApp('about:blank'); // each test opens its report (not a second start of the app at once)
}, 400_000);
afterAll(async () => app?.close());

describe('the report for a council session', () => {
	for (const [name, search] of [
		['the law', ''],
		['a typical scenario', TYPICAL_SEARCH]
	] as const) {
		it(`prints ${name} on at most ${MAX_PAGES} A4 pages, summary and caveats first`, async () => {
			await open(search);
			expect(await sections()).toEqual(ORDER);
			const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			const pages = pageCount(pdf);
			console.info(`report of ${name}: ${pages} A4 pages`);
			expect(pages, `${name}: ${pages} pages`).toBeGreaterThanOrEqual(3);
			expect(pages, `${name}: ${pages} pages`).toBeLessThanOrEqual(MAX_PAGES);
			// The appendix is not in the report: no table of every parameter.
			expect(await app.page.locator('table[data-params="all"]').count()).toBe(0);
		}, 800_000);
	}

	// The typical scenario is open from here on (loading the page again costs minutes on a shared machine).
	it('says what the figures are: synthetic data by name, year, take-up, scope', async () => {
		const data = app.page.locator('[data-caveat="data"]');
		expect(await data.getAttribute('data-synthetic')).toBe('true');
		expect(await data.innerText()).toContain(
			await app.page.locator('[data-fact="dataset"]').evaluate((e) => e.firstChild!.textContent!.trim())
		);
		expect(await data.innerText()).toMatch(/synthetic/);
		expect(await app.page.locator('[data-caveat="scope"]').innerText()).toContain('2026');
		expect(await app.page.locator('[data-caveat="takeup"]').count()).toBe(1);
	});

	it('draws the sweep around the scenario with the budget line, and lists the changed parameters with their sources', async () => {
		expect(await app.page.locator('section.sweep [data-hline]').count()).toBe(1);
		const row = app.page.locator('table[data-table="sweep"] tr.at');
		expect(await row.getAttribute('data-share')).toBe('0.8');
		expect(relativeGap(Number(await row.getAttribute('data-value')), at(typical, 'totals.tsa.expected_annual_cost_kzt'))).toBeLessThan(
			1e-6
		);
		expect(await app.page.locator('table[data-table="gainers-decile"] tbody tr').count()).toBe(10);
		expect(await app.page.locator('table[data-table="funnel"] tbody tr').count()).toBe(5);
		const changed = app.page.locator('table[data-params="changes"] tbody tr');
		expect(await changed.count()).toBe(2);
		for (const path of Object.keys(TYPICAL)) {
			const text = await app.page.locator(`table[data-params="changes"] tr[data-path="${path}"]`).innerText();
			for (const ref of parameterAt(path)!.references) expect(text).toContain(ref.href);
		}
	}, 800_000);

	it('links the appendix: a page and a CSV download with the export header and every parameter', async () => {
		await app.page.click('a[data-link="appendix"]');
		await app.page.waitForURL(/\/report\/appendix\?/);
		await app.page.waitForSelector('table[data-params="all"]');
		expect(await app.page.locator('table[data-params="all"] tbody tr').count()).toBe(PARAMETERS.length);
		expect(await seriousViolations()).toEqual([]);
		const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('button[data-download="appendix-csv"]')]);
		expect(download.suggestedFilename()).toMatch(/^komek-parameters-typical-2026-\d{4}-\d\d-\d\d\.csv$/);
		const text = readFileSync((await download.path())!, 'utf8');
		const lines = text.trim().split('\n');
		expect(lines).toContain('# synthetic: yes');
		expect(lines).toContain('# law year: 2026');
		expect(lines).toContain('# scenario: Typical');
		const paths = new Set(
			lines
				.filter((l) => !l.startsWith('#'))
				.slice(1)
				.map((l) => l.split(',')[0])
		);
		expect(paths.size).toBe(PARAMETERS.length);
		for (const p of PARAMETERS) expect(paths.has(p.path), p.path).toBe(true);
		expect(lines.find((l) => l.startsWith('tsa.poverty_line.pm_share,'))).toMatch(/,0\.7,0\.8,share,scenario,/);
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	}, 800_000);
	it('gives every figure as `npm run simulate` does, the budget compared with the national cost', async () => {
		await open(`${TYPICAL_SEARCH}&region=almaty`);
		const figures = await app.page.$$eval('[data-metric]', (els) =>
			els.map((e) => ({
				key: e.getAttribute('data-metric')!,
				value: Number(e.getAttribute('data-value')),
				baseline: e.getAttribute('data-baseline')
			}))
		);
		for (const f of figures.filter((f) => !f.key.startsWith('dataset.'))) {
			expect(relativeGap(f.value, at(typical, f.key)), f.key).toBeLessThan(1e-9);
			if (f.baseline !== null) expect(relativeGap(Number(f.baseline), at(law, f.key)), `${f.key} (law)`).toBeLessThan(1e-9);
		}
		const budgetKeys = await app.page.$$eval('section.budget [data-metric]', (els) => els.map((e) => e.getAttribute('data-metric')));
		expect(budgetKeys).toEqual(['totals.tsa.expected_annual_cost_kzt']);
		expect(await app.page.locator('[data-budget-scope="national"]').count()).toBe(1);
		const summary = await app.page.$$eval('section.figures [data-metric]', (els) => els.map((e) => e.getAttribute('data-metric')!));
		expect(summary.filter((k) => !k.startsWith('dataset.') && !k.startsWith('by_region.almaty.'))).toEqual([]);
	}, 800_000);
});
