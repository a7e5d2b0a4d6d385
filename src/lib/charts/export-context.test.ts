import { describe, expect, it } from 'vitest';
import { en, ru, type MessageKey } from '$lib/i18n/messages';
import {
	columnLabels,
	contextLines,
	csvHeader,
	exportContextOf,
	exportFileName,
	isoDate,
	slug,
	syntheticOf,
	type ExportContext
} from './export-context';

/** A translator over one catalogue, as i18n.t does it. */
const translator =
	(messages: Record<MessageKey, string>) =>
	(key: MessageKey, vars: Record<string, string | number> = {}) =>
		messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
const DATE = new Date(2026, 2, 7, 15, 30);
const CTX: ExportContext = {
	title: 'Eligible families by region',
	dataset: 'synthetic-kazakhstan-embedded',
	synthetic: true,
	year: '2026',
	scenario: 'Line at 80 %',
	takeup: 'full',
	scope: 'national',
	language: 'en'
};
const SCENARIO = { name: 'Line at 80 %', year: 2026, params: { 'takeup.mode': 'observed' } };

describe('export context', () => {
	it('reads whether the data is synthetic from the manifest: an explicit flag, else a generator, else not stated', () => {
		expect(syntheticOf({ generator: { script: 'x' } })).toBe(true);
		expect(syntheticOf({ synthetic: true })).toBe(true);
		expect(syntheticOf({ synthetic: false, generator: { script: 'x' } })).toBe(false);
		expect(syntheticOf({ name: 'survey' })).toBeNull();
		expect(syntheticOf(null)).toBeNull();
	});

	it('takes a page context from its dataset, scenario (or scenarios) and focused region', () => {
		const dataset = { name: 'synthetic-kazakhstan-embedded', report: { manifest: { generator: { version: '2' } } } };
		expect(exportContextOf(dataset, SCENARIO, null, 'en')).toEqual({
			dataset: 'synthetic-kazakhstan-embedded',
			synthetic: true,
			year: '2026',
			scenario: 'Line at 80 %',
			takeup: 'observed',
			scope: 'national',
			language: 'en'
		});
		expect(exportContextOf(null, SCENARIO, 'turkestan', 'ru').scope).toBe('Туркестанская область');
		const two = exportContextOf(null, [SCENARIO, { name: 'Law', year: 2025, params: { 'takeup.mode': 'observed' } }], null, 'en');
		expect([two.year, two.scenario, two.takeup, two.dataset, two.synthetic]).toEqual([
			'2026, 2025',
			'Line at 80 % / Law',
			'observed',
			null,
			null
		]);
	});

	it('stamps the title, the law and scenario, the dataset as synthetic and the date, in the page language', () => {
		expect(contextLines(CTX, translator(en), DATE)).toEqual({
			header: ['Komek · Eligible families by region', 'Law of 2026 · scenario “Line at 80 %” · take-up: full · All Kazakhstan'],
			footer: ['Dataset: synthetic-kazakhstan-embedded — synthetic, not real people', 'Exported 2026-03-07']
		});
		const russian = contextLines({ ...CTX, takeup: 'observed', scope: 'Туркестанская область', language: 'ru' }, translator(ru), DATE);
		expect(russian.header[1]).toBe(
			'Законодательство 2026 года · сценарий «Line at 80 %» · обращаемость: по данным наблюдений · Туркестанская область'
		);
		expect(russian.footer[0]).toBe('Набор данных: synthetic-kazakhstan-embedded — синтетические данные, не реальные люди');
	});

	it('leaves out what it does not know, and says "synthetic" only where the dataset says so', () => {
		const bare: ExportContext = {
			title: 'T',
			dataset: null,
			synthetic: null,
			year: null,
			scenario: null,
			takeup: null,
			scope: null,
			language: 'en'
		};
		expect(contextLines(bare, translator(en), DATE)).toEqual({ header: ['Komek · T'], footer: ['Exported 2026-03-07'] });
		expect(contextLines({ ...CTX, synthetic: false }, translator(en), DATE).footer[0]).toBe('Dataset: synthetic-kazakhstan-embedded');
		expect(contextLines({ ...CTX, synthetic: null }, translator(en), DATE).footer[0]).toBe('Dataset: synthetic-kazakhstan-embedded');
	});

	it('opens a CSV with a header block in English keys and the columns labelled in the page language', () => {
		const labels = columnLabels(['key', 'label', 'baseline', 'scenario', 'eligible'], translator(ru), [
			undefined,
			undefined,
			undefined,
			undefined,
			'Имеют право'
		]);
		expect(labels).toEqual(['Код', 'Название', 'Закон', 'Сценарий', 'Имеют право']);
		expect(columnLabels(['other_key'], translator(en))).toEqual(['other_key']);
		expect(csvHeader({ ...CTX, language: 'ru' }, labels, DATE)).toEqual([
			'# Komek export',
			'# title: Eligible families by region',
			'# dataset: synthetic-kazakhstan-embedded',
			'# synthetic: yes',
			'# law year: 2026',
			'# scenario: Line at 80 %',
			'# take-up: full',
			'# scope: national',
			'# language: ru',
			'# exported: 2026-03-07',
			'# columns: Код | Название | Закон | Сценарий | Имеют право'
		]);
		const unknown = csvHeader({ ...CTX, synthetic: null, dataset: null }, [], DATE);
		expect(unknown).toContain('# synthetic: not stated');
		expect(unknown).toContain('# dataset: not stated');
		expect(csvHeader({ ...CTX, synthetic: false }, [], DATE)).toContain('# synthetic: no');
	});

	it('names files komek-<stem>-<scenario>-<year>-<date>.<ext>, in letters any system can keep', () => {
		expect(isoDate(DATE)).toBe('2026-03-07');
		expect(exportFileName('regions-bars', 'csv', CTX, DATE)).toBe('komek-regions-bars-line-at-80-2026-2026-03-07.csv');
		expect(exportFileName('regions-bars', 'svg', { ...CTX, scenario: 'Scenario 2026' }, DATE)).toBe(
			'komek-regions-bars-scenario-2026-2026-03-07.svg'
		);
		expect(exportFileName('x', 'png', { ...CTX, scenario: 'Сценарий: ПМ 70 % / Шымкент' }, DATE)).toBe(
			'komek-x-сценарий-пм-70-шымкент-2026-2026-03-07.png'
		);
		expect(exportFileName('x', 'csv', { ...CTX, scenario: '***' }, DATE)).toBe('komek-x-scenario-2026-2026-03-07.csv');
		expect(exportFileName('x', 'csv', null, DATE)).toBe('komek-x-2026-03-07.csv');
		expect(slug('Өңірлік ЕТКД «жаңа» шегі'.repeat(3)).length).toBeLessThanOrEqual(40);
		expect(slug('  --A//b..  ')).toBe('a-b');
	});
});
