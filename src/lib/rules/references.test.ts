import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from './parameters/index';
import { allReferences, renderReferencesMarkdown } from './references';

describe('REFERENCES.md', () => {
	it('is up to date with the parameters (regenerate with renderReferencesMarkdown())', () => {
		const file = readFileSync(fileURLToPath(new URL('./REFERENCES.md', import.meta.url)), 'utf8');
		expect(file).toBe(renderReferencesMarkdown());
	});
	it('lists every parameter path and numbers every source', () => {
		const text = renderReferencesMarkdown();
		for (const p of PARAMETERS) expect(text).toContain(`| \`${p.path}\` |`);
		const sources = allReferences();
		expect(new Set(sources.map((r) => r.href)).size).toBe(sources.length);
		sources.forEach((r, i) => expect(text).toContain(`${i + 1}. ${r.title}: <${r.href}>`));
	});
});
