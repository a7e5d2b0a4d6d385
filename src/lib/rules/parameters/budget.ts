// Budget figures the results are compared with.
import type { Parameter } from '../parameter';
import { KZT_BUDGET } from './kinds';
import { SRC } from './sources';

const tsaAnnual: Parameter = {
	path: 'budget.tsa_annual_kzt',
	label: { en: 'TSA budget of the year', ru: 'Бюджет АСП на год', kk: 'АӘК жылдық бюджеті' },
	description:
		'Planned TSA budget of the year, ₸ (not actual spending). Plans were revised within the year: 2024 75.9 bn in April, 54.7 bn in November; 2025 132.9 bn in May, 98.4 bn from October. The latest figure is used.',
	unit: 'kzt',
	kind: KZT_BUDGET,
	values: [
		{ from: '2023-01-01', value: 73.9e9 },
		{ from: '2024-01-01', value: 54.7e9 },
		{ from: '2025-01-01', value: 98.4e9 },
		{ from: '2026-01-01', value: 62.7e9 }
	],
	references: [SRC.budget2023, SRC.budget2024, SRC.budget2025, SRC.budget2026],
	status: 'approximate',
	range: { min: 0, max: 300e9 },
	step: 1e9
};

/** Budget parameters. */
export const BUDGET: readonly Parameter[] = [tsaAnnual];
