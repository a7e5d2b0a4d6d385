import { describe, expect, it } from 'vitest';
import { baselineFor } from './baseline';
import { learningBaseline } from './dataset-params';

describe('learningBaseline', () => {
	it("is the year's law with the dataset's own parameters, one object while they hold", () => {
		const law = baselineFor(2026);
		const a = learningBaseline(2026, { ...law, 'tsa.poverty_line.pm_share': 0.5, 'data.income_index': 1.1 });
		expect(a).toEqual({ ...law, 'data.income_index': 1.1 });
		expect(Object.isFrozen(a)).toBe(true);
		// A fast parameter moved: the same object, so the checks keyed on it are not made again.
		expect(learningBaseline(2026, { ...law, 'tsa.poverty_line.pm_share': 0.9, 'data.income_index': 1.1 })).toBe(a);
		const other = learningBaseline(2026, { ...law, 'data.income_index': 1.2 });
		expect(other).not.toBe(a);
		expect(other['data.income_index']).toBe(1.2);
		expect(learningBaseline(2026, law)).toEqual(law);
		expect(learningBaseline(2025, { ...baselineFor(2025), 'data.income_index': 1.1 })).toEqual({
			...baselineFor(2025),
			'data.income_index': 1.1
		});
	});
});
