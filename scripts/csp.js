// The app's Content-Security-Policy, in one place: svelte.config.js puts it in the built page (a <meta> tag, with the
// hashes of SvelteKit's inline bootstrap script) and scripts/serve.js sends it as a header on every response.
import { createHash } from 'node:crypto';

/**
 * The one inline style the app has: SvelteKit's root component gives its screen-reader announcer a style attribute
 * (sveltejs/kit#11993), allowed by its hash alone ('unsafe-hashes' admits no other attribute value).
 */
export const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/**
 * What the page may load: its own origin only. Images also from `blob:` (a chart's PNG download draws its SVG from
 * one); the announcer's style attribute; `frame-ancestors` is dropped from the <meta> tag (browsers ignore it there),
 * the header carries it.
 * @type {Record<string, string[]>}
 */
export const PAGE_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'worker-src': ['self'],
	'connect-src': ['self'],
	'img-src': ['self', 'blob:'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-hashes', `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['none'],
	'frame-ancestors': ['none']
};

/**
 * The policy of everything else served, worker scripts included (a same-origin worker takes the policy of its own
 * response, not the page's): DuckDB-Wasm's worker compiles WebAssembly, which needs 'wasm-unsafe-eval' (not eval).
 * @type {Record<string, string[]>}
 */
export const WORKER_DIRECTIVES = { ...PAGE_DIRECTIVES, 'script-src': ['self', 'wasm-unsafe-eval'] };

const KEYWORDS = new Set(['self', 'none', 'wasm-unsafe-eval', 'unsafe-eval', 'unsafe-inline', 'unsafe-hashes', 'strict-dynamic']);

/**
 * The header value of `directives` (SvelteKit's notation: keywords unquoted).
 * @param {Record<string, string[]>} directives
 * @returns {string}
 */
export function policyText(directives) {
	const quote = (/** @type {string} */ s) => (KEYWORDS.has(s) || /^(sha\d{3}|nonce)-/.test(s) ? `'${s}'` : s);
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources.map(quote)].join(' '))
		.join('; ');
}
