// The full parameter appendix as a CSV: every parameter the scenario used, one a row, under the export header block.
import { csvHeader, type ExportContext } from '$lib/charts/export-context';
import { toCsv } from '$lib/charts/download';
import type { ParamValue } from '$lib/rules/parameter';
import type { ParameterLine } from './parameter-lines';

/** The appendix's columns, in order (keys in English, as every export's). */
export const APPENDIX_COLUMNS = ['path', 'label', 'law', 'value', 'unit', 'status', 'law_status', 'references'] as const;

// Values exactly as the rulebook holds them (no rounding of tenge or shares); null, "no value", an empty cell.
const written = (v: ParamValue): string | null => (v === null ? null : String(v));

/** The appendix as CSV text: the header block of `ctx`, then one row per line (label in `ctx.language`). */
export function appendixCsv(lines: readonly ParameterLine[], ctx: ExportContext, labels: readonly string[], date: Date): string {
	const rows = lines.map((l) => [
		l.path,
		l.param.label[ctx.language],
		written(l.law),
		written(l.value),
		l.param.unit,
		l.status,
		l.lawStatus,
		l.references.map((r) => `${r.title} <${r.href}>`).join('; ')
	]);
	return toCsv([...APPENDIX_COLUMNS], rows, csvHeader(ctx, [...labels], date));
}
