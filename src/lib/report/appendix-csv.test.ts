import { describe, expect, it } from 'vitest';
import { resolveScenario } from '$lib/rules/scenario';
import { APPENDIX_COLUMNS, appendixCsv } from './appendix-csv';
import { parameterLines } from './parameter-lines';

const ctx = {
	title: 'Parameters',
	dataset: 'demo',
	synthetic: true,
	year: '2026',
	scenario: 'Wider',
	takeup: 'full',
	scope: 'national',
	language: 'en' as const
};

describe('the parameter appendix as CSV', () => {
	it('holds the header block and one row per parameter, values unrounded', () => {
		const scenario = resolveScenario({ name: 'Wider', year: 2026, params: { 'tsa.poverty_line.pm_share': 0.8 } });
		const lines = parameterLines(scenario);
		const text = appendixCsv(
			lines,
			ctx,
			APPENDIX_COLUMNS.map((c) => c.toUpperCase()),
			new Date(2026, 0, 2)
		);
		const rows = text.trim().split('\n');
		const comments = rows.filter((r) => r.startsWith('#'));
		expect(comments).toContain('# synthetic: yes');
		expect(comments).toContain('# law year: 2026');
		expect(comments).toContain('# exported: 2026-01-02');
		const table = rows.slice(comments.length);
		expect(table[0]).toBe(APPENDIX_COLUMNS.join(','));
		expect(table.length - 1).toBe(lines.length);
		const share = table.find((r) => r.startsWith('tsa.poverty_line.pm_share,'))!;
		expect(share).toMatch(/,0\.7,0\.8,share,scenario,/);
		for (const line of lines)
			expect(
				table.some((r) => r.startsWith(`${line.path},`)),
				line.path
			).toBe(true);
	});
});
