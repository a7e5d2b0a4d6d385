// Take-up: whether every eligible household applies, or the rate observed in the data.
import type { Parameter } from '../parameter';
import { enumKind, integerKind } from './kinds';
import { SRC } from './sources';

const mode: Parameter = {
	path: 'takeup.mode',
	label: { en: 'Take-up', ru: 'Обращаемость', kk: 'Өтініш беру деңгейі' },
	description:
		'full: every eligible household applies; observed: take-up learnt from the dataset (applied among eligible, by cell). No official TSA take-up rate exists; the only figure is ≈ 52 % of proactive offers used across all benefits in 2025. Full take-up is an assumption of the baseline.',
	unit: 'enum',
	kind: enumKind(['full', 'observed']),
	values: [{ from: '2023-07-01', value: 'full' }],
	references: [SRC.dfcTakeup2025],
	status: 'assumption'
};

const minCell: Parameter = {
	path: 'takeup.observed_min_cell_households',
	label: { en: 'Take-up: fewest records per cell', ru: 'Обращаемость: минимум записей в ячейке', kk: 'Өтініш беру: ұяшықтағы ең аз жазба' },
	description:
		'With observed take-up, a cell (region × settlement) with fewer household records falls back to the region rate, then the national rate. A statistical choice, not law (assumption).',
	unit: 'count',
	kind: integerKind(1, 100_000),
	values: [{ from: '2023-07-01', value: 30 }],
	references: [SRC.dfcTakeup2025],
	status: 'assumption',
	range: { min: 1, max: 500 },
	step: 1
};

/** Take-up parameters. */
export const TAKEUP: readonly Parameter[] = [mode, minCell];
