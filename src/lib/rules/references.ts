// The rulebook's pedigree as a readable document (src/lib/rules/REFERENCES.md is generated from it).
import type { DatedValue, Parameter, Reference } from './parameter';
import { PARAMETERS } from './parameters/index';

/** Every distinct source cited by the rulebook, by address, in first-cited order. */
export function allReferences(params: readonly Parameter[] = PARAMETERS): Reference[] {
	const byHref = new Map<string, Reference>();
	for (const p of params) for (const r of p.references) if (!byHref.has(r.href)) byHref.set(r.href, r);
	return [...byHref.values()];
}

function formatValue(entry: DatedValue): string {
	const value = entry.value === null ? 'null' : String(entry.value);
	const extras = [entry.status, entry.note].filter(Boolean).join(', ');
	return `${entry.from}: ${value}${extras ? ` (${extras})` : ''}`;
}

function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Markdown listing every parameter with its values by date, status and sources. */
export function renderReferencesMarkdown(params: readonly Parameter[] = PARAMETERS): string {
	const sources = allReferences(params);
	const number = new Map(sources.map((r, i) => [r.href, i + 1]));
	const lines = [
		'# Rulebook parameters: values by date, status and sources',
		'',
		'Generated from `src/lib/rules/parameters/` by `renderReferencesMarkdown()` in `src/lib/rules/references.ts`;',
		'do not edit by hand (a test checks this file is up to date). Status: `exact` (quoted from a legal or official',
		'text), `approximate` (news, secondary sources, arithmetic), `assumption` (our choice, easy to change).',
		'',
		'| path | unit | values by date | status | sources |',
		'|---|---|---|---|---|'
	];
	for (const p of params) {
		const switchOn = p.switchOn ? [`switched on: ${p.switchOn.value} (${p.switchOn.note})`] : [];
		const values = [...p.values.map(formatValue), ...switchOn].join('<br>');
		const refs = p.references.map((r) => `[${number.get(r.href)}]`).join(' ');
		lines.push(`| \`${p.path}\` | ${p.unit} | ${cell(values)} | ${p.status} | ${refs} |`);
	}
	lines.push('', '## Sources', '');
	sources.forEach((r, i) => lines.push(`${i + 1}. ${r.title}: <${r.href}>`));
	return lines.join('\n') + '\n';
}
