// Some of the evaluated households as evaluated households of their own: every column, fact, feature and key is the
// whole's at the rows kept, in order and in the same array type, and figures are kept per subset.
import { describe, expect, it } from 'vitest';
import { HouseholdIds } from './household-ids';
import { keptFigures, type EvaluatedColumns, type EvaluatedHouseholds } from './evaluated-columns';
import { householdsAt, householdsWhere, rowsWhereDiffer } from './household-subset';
import { BASELINE, evaluateAt, evaluatedRead, evaluateOver } from './evaluated-kernel';
import { add, flag, iff, lit, num } from '$lib/rules/expr';

const side = (scale: number): EvaluatedColumns => {
	const eligible = Uint8Array.from([1, 0, 1, 1, 0]);
	const amount = Float64Array.from([10, 20, NaN, 40, 50].map((x) => x * scale));
	return { column: (name) => (name === 'eligible' ? eligible : amount), figure: keptFigures() };
};

const whole: EvaluatedHouseholds = {
	n: 5,
	region: Uint8Array.from([0, 1, 2, 255, 4]),
	settlement: Uint8Array.from([0, 1, 0, 1, 0]),
	settlements: ['city', 'village'],
	idRank: Uint32Array.from([4, 3, 2, 1, 0]),
	fact: () => Float64Array.from([1.5, 2.5, 3.5, 4.5, 5.5]),
	ids: HouseholdIds.of(['a', 'b', 'c', 'd', 'e']),
	feature: (name) => (name === 'size' ? Uint8Array.from([1, 2, 3, 4, 5]) : undefined),
	present: new Set(['size']),
	baseline: side(1),
	scenario: side(2)
};

describe('householdsWhere', () => {
	it('keeps the rows where the mask is 1 (not NULL, not 0), each column gathered in its own type', () => {
		const some = householdsWhere(whole, Float64Array.from([1, 0, NaN, 1, 1]));
		expect(some.n).toBe(3);
		expect(Array.from(some.region)).toEqual([0, 255, 4]);
		expect(Array.from(some.settlement)).toEqual([0, 1, 0]);
		expect(Array.from(some.idRank)).toEqual([4, 1, 0]);
		expect(Array.from(some.fact('weight'))).toEqual([1.5, 4.5, 5.5]);
		expect(some.feature('size')).toBeInstanceOf(Uint8Array);
		expect(Array.from(some.feature('size')!)).toEqual([1, 4, 5]);
		expect(some.feature('nothing')).toBeUndefined();
		expect(Array.from(some.baseline.column('tsa_amount'))).toEqual([10, 40, 50]);
		expect(Array.from(some.scenario.column('tsa_amount'))).toEqual([20, 80, 100]);
		expect(some.scenario.column('eligible')).toBeInstanceOf(Uint8Array);
		expect(Array.from(some.scenario.column('eligible'))).toEqual([1, 1, 0]);
		expect(some.settlements).toBe(whole.settlements);
		expect(some.ids).toBe(whole.ids);
	});

	it('gathers a column once, and keeps its figures apart from the whole', () => {
		const some = householdsWhere(whole, Uint8Array.from([0, 1, 1, 0, 0]));
		expect(some.scenario.column('tsa_amount')).toBe(some.scenario.column('tsa_amount'));
		expect(some.scenario.figure('k', () => 1)).toBe(1);
		expect(whole.scenario.figure('k', () => 2)).toBe(2);
	});

	it('keeps one side for both when the scenario is the baseline, and none when no row is kept', () => {
		const same = householdsWhere({ ...whole, scenario: whole.baseline }, Uint8Array.from([1, 1, 1, 1, 1]));
		expect(same.scenario).toBe(same.baseline);
		expect(householdsWhere(whole, new Uint8Array(5)).n).toBe(0);
	});
});

describe('rowsWhereDiffer', () => {
	const other: EvaluatedColumns = {
		column: (name) => (name === 'eligible' ? Uint8Array.from([1, 1, 1, 1, 0]) : Float64Array.from([10, 20, NaN, 41, 50])),
		figure: keptFigures()
	};

	it('finds the rows where any column differs (NaN equals NaN), in order', () => {
		expect(Array.from(rowsWhereDiffer(5, whole.baseline, other, ['eligible']))).toEqual([1]);
		expect(Array.from(rowsWhereDiffer(5, whole.baseline, other, ['tsa_amount']))).toEqual([3]);
		expect(Array.from(rowsWhereDiffer(5, whole.baseline, other, ['eligible', 'tsa_amount']))).toEqual([1, 3]);
		expect(Array.from(rowsWhereDiffer(5, whole.baseline, whole.scenario, ['tsa_amount']))).toEqual([0, 1, 3, 4]);
	});

	it('finds none between an evaluation and itself, and householdsAt keeps the rows given', () => {
		expect(rowsWhereDiffer(5, whole.baseline, whole.baseline, ['eligible', 'tsa_amount'])).toHaveLength(0);
		expect(Array.from(householdsAt(whole, Uint32Array.from([1, 3])).region)).toEqual([1, 255]);
	});
});

describe('evaluateAt', () => {
	const expr = add(num('tsa_amount'), lit(1));
	it('evaluates an expression at the rows given, as evaluateOver does over every row, on either side', () => {
		const rows = Uint32Array.from([0, 2, 4]);
		for (const side of [whole.baseline, whole.scenario]) {
			const all = evaluateOver(whole, expr, {}, new Float64Array(5), side);
			expect(Array.from(evaluateAt(whole, rows, expr, {}, side))).toEqual(Array.from(rows, (i) => all[i]));
		}
	});

	it('refuses a side that is not one of the households', () => {
		expect(() => evaluateAt(whole, Uint32Array.from([1]), expr, {}, side(3))).toThrow(/baseline or the scenario/);
	});
});

describe('evaluatedRead', () => {
	it('lists the evaluated columns an expression reads by plain name, each once, leaving facts and prefixed columns out', () => {
		const e = add(iff(flag('eligible'), num('tsa_amount'), lit(0)), add(num('size'), add(num('tsa_amount'), BASELINE.num('local_annual'))));
		expect(evaluatedRead(e).sort()).toEqual(['eligible', 'tsa_amount']);
	});
});
