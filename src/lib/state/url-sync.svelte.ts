import { onDestroy } from 'svelte';
import { afterNavigate, beforeNavigate, replaceState } from '$app/navigation';
import { i18n, LOCALES, type Locale } from '$lib/i18n/i18n.svelte';
import type { ScenarioState } from './scenario.svelte';
import { throttle, whenIdle, type Throttled } from './throttle';
import { stateFromSearch, stateToSearch } from './url-state';

/** The shortest time between two URL writes: a slider drag need not rewrite history on every step. */
export const URL_WRITE_MS = 250;
/**
 * How long a change waits before the URL is written: the browser's history.replaceState takes 10–15 ms with a
 * scenario's long URL, and must not delay the frame that paints the change (a key press's figures).
 */
const URL_SETTLE_MS = 120;
/** After the settle, the URL is written once the page is idle (the views have repainted), or after this long at most. */
const URL_IDLE_MS = 1000;

let writer: Throttled<string> | null = null;

/** Writes a URL change still waiting out the throttle now (before the URL is read, e.g. to copy a link). */
export function flushUrl(): void {
	writer?.flush();
}

/** Restores the scenario and language from the page's URL, then keeps the URL current (returns the problems found). */
export function syncWithUrl(scenario: ScenarioState): string[] {
	const { state, problems } = stateFromSearch(location.search, LOCALES);
	scenario.apply(state);
	i18n.locale = state.locale as Locale;
	const url = throttle(
		(search: string) => {
			if (search === location.search.replace(/^\?/, '')) return false;
			replaceState(search ? `?${search}` : location.pathname, {});
		},
		URL_WRITE_MS,
		URL_SETTLE_MS,
		whenIdle(URL_IDLE_MS)
	);
	writer = url;
	// The router cannot take a replaceState before its first navigation has finished.
	let routerReady = $state(false);
	afterNavigate(() => (routerReady = true));
	// Leaving by a link writes the waiting state first, so Back returns to it; after Back or Forward the URL is another entry's.
	beforeNavigate((nav) => (nav.type === 'popstate' ? url.cancel() : url.flush()));
	onDestroy(() => {
		url.cancel();
		if (writer === url) writer = null;
	});
	// Screen readers and the browser's own formatting follow the page's language.
	$effect(() => {
		document.documentElement.lang = i18n.locale;
	});
	$effect(() => {
		const search = stateToSearch(scenario.toState(i18n.locale));
		if (routerReady) url.push(search);
	});
	return problems;
}
