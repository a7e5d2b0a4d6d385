import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { assumptionOf, expectedAssumption, figuresIdentity } from './identity';

const t = (key: keyof typeof en, vars: Record<string, string | number> = {}) =>
	String(en[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const percent = (v: number) => `${Math.round(v * 100)} %`;

describe('what the figures are', () => {
	it('reads synthetic from the manifest, the year, take-up and compliance from the scenario, and the scope', () => {
		const id = figuresIdentity(
			{ name: 'my-district', report: { manifest: { name: 'my-district', synthetic: false } as never } },
			{ year: 2025, params: { 'takeup.mode': 'observed', 'tsa.conditional.compliance_share': 0.8 } },
			'turkestan'
		);
		expect(id).toEqual({ dataset: 'my-district', synthetic: false, year: 2025, takeup: 'observed', compliance: 0.8, region: 'turkestan' });
		expect(
			figuresIdentity({ name: 'x', report: { manifest: { generator: 'seeded' } as never } }, { year: 2026, params: {} }, null).synthetic
		).toBe(true);
		expect(figuresIdentity({ name: 'x', report: { manifest: null } }, { year: 2026, params: {} }, null).synthetic).toBeNull();
	});

	it('names the assumption behind "expected": who applies and who keeps the social contract', () => {
		expect(expectedAssumption(assumptionOf({ 'takeup.mode': 'full', 'tsa.conditional.compliance_share': 0.9 }), t, percent)).toBe(
			'full take-up, 90 % keep the social contract'
		);
		expect(expectedAssumption(assumptionOf({ 'takeup.mode': 'observed', 'tsa.conditional.compliance_share': 0.5 }), t, percent)).toBe(
			'take-up seen in the data, 50 % keep the social contract'
		);
	});
});
