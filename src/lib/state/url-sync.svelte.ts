import { afterNavigate, replaceState } from '$app/navigation';
import { i18n, LOCALES, type Locale } from '$lib/i18n/i18n.svelte';
import type { ScenarioState } from './scenario.svelte';
import { stateFromSearch, stateToSearch } from './url-state';

/** Restores the scenario and language from the page's URL, then keeps the URL current (returns the problems found). */
export function syncWithUrl(scenario: ScenarioState): string[] {
	const { state, problems } = stateFromSearch(location.search, LOCALES);
	scenario.apply(state);
	i18n.locale = state.locale as Locale;
	// The router cannot take a replaceState before its first navigation has finished.
	let routerReady = $state(false);
	afterNavigate(() => (routerReady = true));
	// Screen readers and the browser's own formatting follow the page's language.
	$effect(() => {
		document.documentElement.lang = i18n.locale;
	});
	$effect(() => {
		const search = stateToSearch(scenario.toState(i18n.locale));
		if (routerReady && search !== location.search.replace(/^\?/, '')) replaceState(search ? `?${search}` : location.pathname, {});
	});
	return problems;
}
