// The whole rulebook's parameters, in one list.
import type { Parameter } from '../parameter';
import { INDICES } from './indices';

/** Every parameter of the rulebook. */
export const PARAMETERS: readonly Parameter[] = [...INDICES];
