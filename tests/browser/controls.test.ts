import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baselineFor, parameterAt } from '../../src/lib/rules/baseline';
import { controlGroups } from '../../src/routes/controls/groups';
import { openApp, waitForReady, type AppUnderTest } from './harness';

let app: AppUnderTest;
let page: Page;
const PM_SHARE = 'Poverty line: share of regional ПМ';

beforeAll(async () => {
	app = await openApp();
	page = app.page;
	await waitForReady(page);
	await settled();
});
afterAll(async () => app?.close());

async function settled(): Promise<void> {
	await page.waitForSelector('[data-live-status="ready"]', { timeout: 60_000 });
}

/** A national TSA figure: from the headline (data-metric) when present, else from the panel's summary. */
async function tsa(key: 'eligible_households' | 'expected_annual_cost_kzt'): Promise<{ value: number; baseline: number }> {
	const el = (await page.$(`[data-metric="totals.tsa.${key}"]`)) ?? (await page.$(`[data-summary="${key}"]`));
	if (!el) throw new Error(`no element shows totals.tsa.${key}`);
	return { value: Number(await el.getAttribute('data-value')), baseline: Number(await el.getAttribute('data-baseline')) };
}

const overridesInUrl = () => [...new URL(page.url()).searchParams.keys()].filter((k) => k.startsWith('set.'));

describe('the scenario controls', () => {
	it('moves the poverty-line share with the keyboard, writes it to the URL and grows the TSA figures', async () => {
		const before = await tsa('eligible_households');
		const costBefore = await tsa('expected_annual_cost_kzt');
		const slider = page.getByRole('slider', { name: PM_SHARE, exact: true });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('PageUp');
		// URL writes are throttled: the first move may be written alone, the last one follows within URL_WRITE_MS.
		await expect.poll(() => Number(new URL(page.url()).searchParams.get('set.tsa.poverty_line.pm_share'))).toBeGreaterThan(0.71);
		await page.waitForFunction(
			(was) =>
				Number(
					document
						.querySelector('[data-metric="totals.tsa.eligible_households"], [data-summary="eligible_households"]')
						?.getAttribute('data-value')
				) > was,
			before.value
		);
		await settled();
		const after = await tsa('eligible_households');
		expect(after.value).toBeGreaterThan(before.value);
		expect(after.baseline).toBe(before.value);
		expect((await tsa('expected_annual_cost_kzt')).value).toBeGreaterThan(costBefore.value);
		const control = page.locator('[data-param="tsa.poverty_line.pm_share"]');
		expect(await control.getAttribute('data-changed')).toBe('true');
		await expect.poll(() => control.textContent()).toContain('Law: 70');
	});

	it('resets to the law: every set. parameter leaves the URL', async () => {
		await page.getByRole('button', { name: 'Reset to law', exact: true }).click();
		await page.waitForURL((url) => ![...url.searchParams.keys()].some((k) => k.startsWith('set.')));
		expect(overridesInUrl()).toEqual([]);
		expect(await page.getByRole('slider', { name: PM_SHARE, exact: true }).inputValue()).toBe('0.7');
		await settled();
	});

	it('restores the control values from a reloaded URL', async () => {
		await page.getByRole('spinbutton', { name: 'Child supplement, МРП per child: exact value', exact: true }).fill('3');
		await page.keyboard.press('Tab');
		await page.getByRole('checkbox', { name: 'Largest bank deposits, МРП: test applies', exact: true }).check();
		await page.waitForURL(/set\.tsa\.assets\.max_deposits_mrp=500/);
		expect(overridesInUrl().sort()).toEqual(['set.tsa.assets.max_deposits_mrp', 'set.tsa.child_supplement.mrp_per_child']);
		await page.reload();
		await waitForReady(page);
		expect(await page.getByRole('spinbutton', { name: 'Child supplement, МРП per child: exact value', exact: true }).inputValue()).toBe(
			'3'
		);
		expect(await page.getByRole('checkbox', { name: 'Largest bank deposits, МРП: test applies', exact: true }).isChecked()).toBe(true);
		expect(await page.getByRole('slider', { name: 'Largest bank deposits, МРП', exact: true }).inputValue()).toBe('500');
		await page.getByRole('button', { name: 'Reset to law', exact: true }).click();
		await settled();
	});

	it('shows the law of the chosen year', async () => {
		const mrp = page.getByRole('spinbutton', { name: 'Monthly calculation index (МРП): exact value', exact: true });
		expect(Number(await mrp.inputValue())).toBe(baselineFor(2026)['indices.mrp']);
		await page.getByRole('combobox', { name: /Year of the law/ }).selectOption('2025');
		await page.waitForURL(/year=2025/);
		expect(Number(await mrp.inputValue())).toBe(baselineFor(2025)['indices.mrp']);
		expect(baselineFor(2025)['indices.mrp']).not.toBe(baselineFor(2026)['indices.mrp']);
		await page.getByRole('combobox', { name: /Year of the law/ }).selectOption('2026');
		await settled();
	});

	it('shows a focused region’s local-assistance and regional ПМ controls only when it is focused', async () => {
		expect(await page.locator('[data-param^="local."]').count()).toBe(0);
		await page.getByRole('combobox', { name: /Focused region/ }).selectOption('turkestan');
		await page.waitForURL(/region=turkestan/);
		const local = page.locator('[data-group="local"] [data-param]');
		expect(await local.count()).toBe(13); // income test, damage, diseases and TB months (9), housing assistance with its norm (4)
		await expect.poll(() => page.locator('[data-group="local"] h2').textContent()).toContain('Turkestan');
		expect(await page.getByRole('slider', { name: 'Turkestan: Income-tested payment: up to, МРП', exact: true }).count()).toBe(1);
		expect(await page.getByRole('checkbox', { name: 'Turkestan: Income threshold, × ПМ: test applies', exact: true }).count()).toBe(1);
		expect(await page.getByRole('slider', { name: 'Subsistence minimum, Turkestan', exact: true }).count()).toBe(1);
		await page.getByRole('combobox', { name: /Focused region/ }).selectOption('');
		await settled();
	});

	it('gives every parameter control its accessible name from the rulebook', async () => {
		for (const path of controlGroups(null).flatMap((g) => g.paths)) {
			const param = parameterAt(path)!;
			const name = param.label.en;
			const kind = param.kind;
			const role = kind.type === 'boolean' ? 'checkbox' : kind.type === 'enum' ? 'combobox' : 'slider';
			expect(await page.getByRole(role, { name, exact: true }).count(), path).toBe(1);
			if ((kind.type === 'number' || kind.type === 'integer') && kind.nullable)
				expect(await page.getByRole('checkbox', { name: `${name}: test applies`, exact: true }).count(), path).toBe(1);
		}
	});

	it('marks assumptions and shows sources on keyboard focus', async () => {
		const compliance = page.locator('[data-param="tsa.conditional.compliance_share"]');
		expect(await compliance.getByRole('img', { name: /^Assumption/ }).count()).toBe(1);
		expect(await page.locator('[data-param="tsa.poverty_line.pm_share"] [data-status]').count()).toBe(0);
		const info = page.getByRole('button', { name: `Sources of “${PM_SHARE}”`, exact: true });
		const tip = page.locator('#ctl-tsa-poverty_line-pm_share-sources');
		expect(await tip.isVisible()).toBe(false);
		await info.focus();
		expect(await tip.isVisible()).toBe(true);
		const hrefs = await tip.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(parameterAt('tsa.poverty_line.pm_share')!.references.map((r) => r.href));
		await page.keyboard.press('Escape');
		expect(await tip.isVisible()).toBe(false);
	});

	it('saves a scenario in the browser and loads it back', async () => {
		await page.getByRole('textbox', { name: 'Scenario name' }).fill('Line at 90 %');
		await page.getByRole('spinbutton', { name: `${PM_SHARE}: exact value`, exact: true }).fill('0.9');
		await page.keyboard.press('Tab');
		await page.getByRole('button', { name: 'Save in this browser' }).click();
		await page.getByRole('button', { name: 'Reset to law', exact: true }).click();
		await page.waitForURL((url) => !url.searchParams.has('set.tsa.poverty_line.pm_share'));
		await page.getByRole('button', { name: 'Load “Line at 90 %”' }).click();
		await page.waitForURL(/set\.tsa\.poverty_line\.pm_share=0\.9/);
		expect(await page.getByRole('slider', { name: PM_SHARE, exact: true }).inputValue()).toBe('0.9');
	});

	it('downloads the scenario as contract §2 JSON and opens such files, refusing bad ones with reasons', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download scenario JSON' }).click()
		]);
		const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(file).toEqual({ name: 'Line at 90 %', year: 2026, params: { 'tsa.poverty_line.pm_share': 0.9 } });

		const picker = page.getByLabel('Open scenario JSON');
		const bad = { name: 'bad', year: 2026, params: { 'tsa.nope': 1 } };
		await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
		await expect.poll(() => page.locator('[data-scenario-refused]').textContent()).toContain('unknown parameter path "tsa.nope"');

		const good = { name: 'Median off', year: 2025, params: { 'tsa.poverty_line.median_share': 0 } };
		await picker.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
		await page.waitForURL(/set\.tsa\.poverty_line\.median_share=0/);
		expect(overridesInUrl()).toEqual(['set.tsa.poverty_line.median_share']);
		expect(new URL(page.url()).searchParams.get('year')).toBe('2025');
		expect(await page.locator('[data-scenario-refused]').count()).toBe(0);
		await settled();
	});

	it('speaks Russian when the language changes', async () => {
		await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
		expect(await page.getByRole('slider', { name: 'Черта бедности: доля регионального ПМ', exact: true }).count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Вернуть к закону', exact: true }).count()).toBe(1);
	});

	it('logs no console errors and makes no outside request', () => {
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
