import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { PAGE_DIRECTIVES } from './scripts/csp.js';

/** Static site: the built app is plain files any static web server (or none, offline) can host. */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
		// The page's Content-Security-Policy as a <meta> tag, with the hash of each inline script SvelteKit writes.
		csp: { mode: 'hash', directives: PAGE_DIRECTIVES }
	}
};

export default config;
