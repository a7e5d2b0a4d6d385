import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { PAGE_DIRECTIVES } from './scripts/csp.js';

// KOMEK_BUILD_DIR builds into another folder (and its own kit folder), so two builds can run side by side.
const buildDir = process.env.KOMEK_BUILD_DIR ?? 'build';

/** Static site: the built app is plain files any static web server (or none, offline) can host. */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: 'index.html', strict: true }),
		// The page's Content-Security-Policy as a <meta> tag, with the hash of each inline script SvelteKit writes.
		...(buildDir === 'build' ? {} : { outDir: `.svelte-kit-${buildDir}` }),
		csp: { mode: 'hash', directives: PAGE_DIRECTIVES }
	}
};

export default config;
