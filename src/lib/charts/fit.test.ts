import { describe, expect, it } from 'vitest';
import { fitWidth } from './fit';

describe('fitWidth', () => {
	it('keeps the preferred width until the container is measured or when it is wider', () => {
		expect(fitWidth(640, 0, 300)).toBe(640);
		expect(fitWidth(640, 1200, 300)).toBe(640);
	});
	it('narrows to the container, but not under the room the labels need', () => {
		expect(fitWidth(640, 358, 300)).toBe(358);
		expect(fitWidth(640, 250, 300)).toBe(300);
		// A floor above the preferred width never widens the chart.
		expect(fitWidth(400, 250, 500)).toBe(400);
	});
});
