import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ru } from '$lib/i18n/messages';
import { expectTraceInLanguage } from './trace-language';
import { openApp, waitForReady, type AppUnderTest } from './harness';
import { englishMessages, matchesTemplate, SAME_IN_BOTH, visibleTexts, waitForFigures } from './visible-texts';

const ENGLISH = englishMessages(ru);

describe('the dashboard in Russian', () => {
	let app: AppUnderTest;
	let english: Map<string, string>;
	let russian: Map<string, string>;

	beforeAll(async () => {
		app = await openApp('/');
		await waitForReady(app.page, 120_000);
		await waitForFigures(app.page);
		english = await visibleTexts(app.page);
		await app.page.selectOption('header select', 'ru');
		await app.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Көмек'));
		await waitForFigures(app.page);
		russian = await visibleTexts(app.page);
	}, 240_000);

	afterAll(async () => {
		await app?.close();
	});

	it('changes every visible heading, label and button from its English text', () => {
		expect(english.size).toBeGreaterThan(50);
		const unchanged = [...english].filter(([place, text]) => russian.get(place) === text && !SAME_IN_BOTH.test(text));
		expect(unchanged.map(([, text]) => text)).toEqual([]);
		const compared = [...english.keys()].filter((place) => russian.has(place)).length;
		expect(compared / english.size).toBeGreaterThan(0.9);
	});

	it('shows no English message anywhere among those texts, and tells the browser the page is Russian', async () => {
		const leftovers = [...russian.values()].filter((text) => ENGLISH.some((template) => matchesTemplate(text, template)));
		expect(leftovers).toEqual([]);
		expect(await app.page.getAttribute('html', 'lang')).toBe('ru');
		// The URL is written once the page is idle (within about a second of the change), not in the change's frame.
		await expect.poll(() => new URL(app.page.url()).searchParams.get('lang'), { timeout: 5000 }).toBe('ru');
	});

	it('explains a family with yes / no and statuses in the language (да / нет), and numbers with a decimal comma', async () => {
		await expectTraceInLanguage(app.page, { yesNo: ['да', 'нет'], statuses: ['точно', 'приблизительно', 'допущение'] });
	});

	it('makes no outside request and logs no error', () => {
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
