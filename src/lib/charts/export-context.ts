// What an exported chart or table says about itself: its title, the dataset (and whether it is synthetic), the law's
// year, the scenario, the take-up assumption, the scope and the date. A page sets it once (setExportContext); every
// ChartActions below reads it when a file is made, so a downloaded file is never without its context.
import { getContext, setContext } from 'svelte';
import { REGION_NAMES, type RegionCode } from '$lib/data/regions';
import type { Manifest } from '$lib/data/schema';
import type { MessageKey } from '$lib/i18n/messages';
import type { Locale } from '$lib/i18n/i18n.svelte';
import type { ParamValues } from '$lib/rules/parameter';

/** The context stamped on an export; null where the page does not know it. */
export type ExportContext = {
	/** The chart's or table's title, in the page language. */
	title: string;
	dataset: string | null;
	/** True when the dataset says it is synthetic, false when it says it is not, null when it does not say. */
	synthetic: boolean | null;
	/** The year of the law (several, comma-separated, when a comparison spans years). */
	year: string | null;
	scenario: string | null;
	/** The take-up mode (`takeup.mode`: full, observed). */
	takeup: string | null;
	/** "national", or the focused region's name in the page language. */
	scope: string | null;
	language: Locale;
};

/** A page's part of the context: everything but the title, which each chart gives. */
export type PageExportContext = Omit<ExportContext, 'title'>;

/** What a translator looks like (i18n.t). */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const KEY = Symbol('export-context');

/** Makes `get` the export context of every chart under the calling component (call during its initialisation). */
export function setExportContext(get: () => PageExportContext): void {
	setContext(KEY, get);
}

/** The export context's getter set by a page above (call during initialisation), or null when none is set. */
export function getExportContext(): (() => PageExportContext) | null {
	return getContext<(() => PageExportContext) | undefined>(KEY) ?? null;
}

/** True / false when the manifest says whether the data is synthetic (an explicit `synthetic` wins over a `generator`), else null. */
export function syntheticOf(manifest: Manifest | null | undefined): boolean | null {
	if (typeof manifest?.synthetic === 'boolean') return manifest.synthetic;
	return manifest?.generator ? true : null;
}

type ScenarioLike = { name: string; year: number; params: ParamValues };

/** A page's export context from its dataset, its scenario (or the scenarios it compares) and focused region. */
export function exportContextOf(
	dataset: { name: string; report: { manifest: Manifest | null } } | null | undefined,
	scenario: ScenarioLike | ScenarioLike[],
	region: RegionCode | null,
	language: Locale
): PageExportContext {
	const list = Array.isArray(scenario) ? scenario : [scenario];
	const distinct = (values: string[]) => (values.length ? [...new Set(values)].join(', ') : null);
	return {
		dataset: dataset?.name ?? null,
		synthetic: syntheticOf(dataset?.report.manifest),
		year: distinct(list.map((s) => String(s.year))),
		scenario: list.length ? list.map((s) => s.name).join(' / ') : null,
		takeup: distinct(list.map((s) => String(s.params['takeup.mode'] ?? '')).filter(Boolean)),
		scope: region ? REGION_NAMES[region][language] : 'national',
		language
	};
}

/** `date` as YYYY-MM-DD in local time. */
export function isoDate(date: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The lines stamped on a drawing: above it the title and the law and scenario, below it the dataset and the date. */
export type ContextLines = { header: string[]; footer: string[] };

/** The lines to stamp on an exported drawing, in the page language (what is unknown is left out). */
export function contextLines(ctx: ExportContext, t: Translate, date: Date): ContextLines {
	const takeup = (mode: string) => (mode === 'full' ? t('export.takeup.full') : mode === 'observed' ? t('export.takeup.observed') : mode);
	const law = [
		ctx.year && t('export.law', { year: ctx.year }),
		ctx.scenario && t('export.scenario', { name: ctx.scenario }),
		ctx.takeup && t('export.takeup', { mode: ctx.takeup.split(', ').map(takeup).join(', ') }),
		ctx.scope && (ctx.scope === 'national' ? t('scope.nation') : ctx.scope)
	].filter((s): s is string => !!s);
	const name = ctx.dataset ?? t('export.unknown');
	const dataset = ctx.synthetic ? t('export.dataset_synthetic', { name }) : ctx.dataset ? t('export.dataset', { name }) : null;
	return {
		header: [`${t('app.title')} · ${ctx.title}`, ...(law.length ? [law.join(' · ')] : [])],
		footer: [...(dataset ? [dataset] : []), t('export.exported', { date: isoDate(date) })]
	};
}

/** Column keys that have a label of their own; others are labelled by the chart, or by their key. */
const COLUMN_LABELS: Record<string, MessageKey> = {
	key: 'export.column.key',
	label: 'export.column.label',
	region: 'export.column.region_code',
	region_name: 'chart.region',
	value: 'chart.value',
	baseline: 'figures.law',
	scenario: 'chart.scenario'
};

/** The label of each column in the page language: the chart's own where it gives one, else the catalogue's, else the key. */
export function columnLabels(columns: string[], t: Translate, given: (string | undefined)[] = []): string[] {
	return columns.map((c, i) => given[i] ?? (COLUMN_LABELS[c] ? t(COLUMN_LABELS[c]) : c));
}

/** The comment lines that open an exported CSV (keys in English, values as known; see README, "Exports"). */
export function csvHeader(ctx: ExportContext, labels: string[], date: Date): string[] {
	const synthetic = ctx.synthetic === null ? 'not stated' : ctx.synthetic ? 'yes' : 'no';
	const known = (v: string | null) => v ?? 'not stated';
	return [
		'# Komek export',
		`# title: ${ctx.title}`,
		`# dataset: ${known(ctx.dataset)}`,
		`# synthetic: ${synthetic}`,
		`# law year: ${known(ctx.year)}`,
		`# scenario: ${known(ctx.scenario)}`,
		`# take-up: ${known(ctx.takeup)}`,
		`# scope: ${known(ctx.scope)}`,
		`# language: ${ctx.language}`,
		`# exported: ${isoDate(date)}`,
		`# columns: ${labels.join(' | ')}`
	];
}

/** `text` as a file-name part: lower case, letters (Latin, Cyrillic, Kazakh) and digits, dashes between, at most `max` characters. */
export function slug(text: string, max = 40): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9а-яёәғқңөұүһі-]+/g, '-')
		.replace(/-+/g, '-')
		.slice(0, max)
		.replace(/^-|-$/g, '');
}

/** `komek-<stem>-<scenario>-<year>-<YYYY-MM-DD>.<ext>`; the year is left out when the scenario's name ends with it. */
export function exportFileName(stem: string, ext: string, ctx: PageExportContext | null, date: Date): string {
	const scenario = ctx?.scenario ? slug(ctx.scenario) || 'scenario' : '';
	const year = ctx?.year ? slug(ctx.year) : '';
	const parts = ['komek', slug(stem) || 'chart', scenario, scenario.endsWith(`-${year}`) || scenario === year ? '' : year, isoDate(date)];
	return `${parts.filter(Boolean).join('-')}.${ext}`;
}
