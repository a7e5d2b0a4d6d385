// The whole rulebook's parameters, in one list.
import type { Parameter } from '../parameter';
import { BUDGET } from './budget';
import { INDICES } from './indices';
import { LOCAL } from './local';
import { MEDIAN } from './median';
import { TAKEUP } from './takeup';
import { TSA } from './tsa';
import { TSA_ASSETS } from './tsa-assets';
import { TSA_INCOME } from './tsa-income';
import { YEARS } from './years';

/** Every parameter of the rulebook. */
export const PARAMETERS: readonly Parameter[] = [
	...INDICES,
	...TSA,
	...MEDIAN,
	...TSA_INCOME,
	...TSA_ASSETS,
	...LOCAL,
	...TAKEUP,
	...YEARS,
	...BUDGET
];
