// What a person sees on the dashboard: visible texts by place, and the English messages that may remain.
import type { Page } from 'playwright-core';
import { en } from '$lib/i18n/messages';

/** Every visible heading, label, button and table header, keyed by its place in the page. */
export async function visibleTexts(page: Page): Promise<Map<string, string>> {
	const pairs = await page.$$eval('h1, h2, h3, h4, label, legend, button, summary, th, dt, figcaption, [data-chart] title', (els) => {
		const place = (el: Element): string => {
			const steps: string[] = [];
			for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
				steps.unshift(`${e.tagName}:${e.parentElement ? [...e.parentElement.children].indexOf(e) : 0}`);
			}
			return steps.join('/');
		};
		const visible = (el: Element) => el.tagName === 'title' || (el as HTMLElement).getClientRects().length > 0;
		// A label wrapping a select would carry every option's text: take its own text nodes only.
		const ownText = (el: Element) =>
			el.tagName === 'LABEL' && el.querySelector('select, input, textarea')
				? [...el.childNodes]
						.filter((n) => n.nodeType === Node.TEXT_NODE)
						.map((n) => n.textContent)
						.join(' ')
				: ((el as HTMLElement).innerText ?? el.textContent ?? '');
		return els.filter(visible).map((el) => [place(el), ownText(el).replace(/\s+/g, ' ').trim()] as const);
	});
	return new Map(pairs.filter(([, text]) => /[A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{2}/.test(text)));
}

/** True when `text` reads as the English message `template`, its placeholders filled with anything. */
export function matchesTemplate(text: string, template: string): boolean {
	const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.+?');
	return new RegExp(`^${escaped}$`).test(text);
}

/** English messages worth looking for in `other`: with words in them, and not the same there (a unit sign). */
export function englishMessages(other: Record<string, string>): string[] {
	return Object.entries(en)
		.filter(([key, value]) => /[A-Za-z]{2}/.test(value.replace(/\{\w+\}/g, '')) && other[key] !== value)
		.map(([, value]) => value);
}

/** Texts the same in both languages: dataset file names and formats. */
export const SAME_IN_BOTH = /^(CSV|SVG|PNG|JSON|Parquet|households|persons|[\d\s.,%₸−+–-]*)$/;

export async function waitForFigures(page: Page) {
	await page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	await page.waitForSelector('section.headline [data-metric]', { timeout: 120_000 });
}
