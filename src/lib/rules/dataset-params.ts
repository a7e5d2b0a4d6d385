// Parameters a dataset fixes about itself (`data.*`): the income index of the period its incomes describe.
import { baselineFor, isSupportedYear } from './baseline';
import type { ParamValue, ParamValues } from './parameter';

/** The `data.*` parameters of a dataset whose manifest names `referencePeriod`, and a notice when it names no year. */
export function datasetParams(referencePeriod: unknown): { params: Record<string, ParamValue>; notice: string | null } {
	const year = typeof referencePeriod === 'string' ? Number(/^\s*(\d{4})/.exec(referencePeriod)?.[1]) : Number.NaN;
	if (!isSupportedYear(year))
		return {
			params: {},
			notice:
				'The dataset names no supported reference year (manifest.json reference_period): its incomes are taken as ' +
				"the scenario year's (set data.income_index to bring them from another year)."
		};
	return { params: { 'data.income_index': baselineFor(year)['indices.income_index'] }, notice: null };
}

/** The `data.*` entries of a parameter set. */
export function dataParamsOf(params: ParamValues): Record<string, ParamValue> {
	return Object.fromEntries(Object.entries(params).filter(([path]) => path.startsWith('data.')));
}

/** The baseline observed take-up is learnt under: the law of `year` with the dataset's own parameters of `params`. */
export function learningBaseline(year: number, params: ParamValues): ParamValues {
	const data = dataParamsOf(params);
	const count = Object.keys(data).length;
	const same = (l: Learnt) => l.year === year && l.count === count && Object.entries(l.data).every(([p, v]) => data[p] === v && p in data);
	let hit = learnt.find(same);
	if (!hit) {
		hit = { year, data, count, values: Object.freeze({ ...baselineFor(year), ...data }) };
		learnt.unshift(hit);
		learnt.length = Math.min(learnt.length, 4);
	}
	return hit.values;
}

// The last few learning baselines: one object per year and data parameters, so the checks keyed on it are made once.
interface Learnt {
	year: number;
	data: Record<string, ParamValue>;
	count: number;
	values: ParamValues;
}
const learnt: Learnt[] = [];
