// The Content-Security-Policy's one exception is SvelteKit's own announcer style: it must match what SvelteKit writes.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ANNOUNCER_STYLE, PAGE_DIRECTIVES, WORKER_DIRECTIVES, policyText } from './csp.js';

it('allows exactly the style attribute SvelteKit gives its announcer (upgrading SvelteKit may change it)', () => {
	const root = readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
	expect(root).toMatch(/id="svelte-announcer"[^>]*style="([^"]*)"/);
	expect(/id="svelte-announcer"[^>]*style="([^"]*)"/.exec(root)![1]).toBe(ANNOUNCER_STYLE);
	// The hash Chromium names when it refuses that attribute (sveltejs/kit#14247).
	expect(PAGE_DIRECTIVES['style-src-attr']).toEqual(['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=']);
});

it('writes keywords and hashes quoted, schemes bare; only workers may compile WebAssembly', () => {
	expect(policyText({ 'img-src': ['self', 'blob:'], 'style-src-attr': ['unsafe-hashes', 'sha256-x='] })).toBe(
		"img-src 'self' blob:; style-src-attr 'unsafe-hashes' 'sha256-x='"
	);
	expect(PAGE_DIRECTIVES['script-src']).toEqual(['self']);
	expect(WORKER_DIRECTIVES['script-src']).toEqual(['self', 'wasm-unsafe-eval']);
	for (const sources of Object.values(WORKER_DIRECTIVES)) expect(sources).not.toContain('unsafe-eval');
});
