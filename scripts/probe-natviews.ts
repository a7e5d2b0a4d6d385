// Probe: each view's columns() time on the national bundle in Node, and which evaluated columns it computed.
import { readFileSync } from 'node:fs';
import { decodeBundle } from '../src/lib/fast/prepared-bundle';
import { evaluateColumns, evaluatedHouseholds } from '../src/lib/fast/evaluate-households';
import { resolveScenario } from '../src/lib/rules/scenario';
import { observedFigures } from '../src/lib/views/funnel';
import { suggestIds } from '../src/lib/views/explorer';
import { incidenceFigures } from '../src/lib/views/targeting';
import { takeupFigures } from '../src/lib/views/takeup';
import { exclusionFigures } from '../src/lib/views/exclusion';
import { testEffectFigures } from '../src/lib/views/test-effects';
import { gainersLosersFigures } from '../src/lib/views/gainers-losers';
import { impactFigures } from '../src/lib/views/impact';

const file = process.argv[2] ?? 'datasets/national/national.komek.arrows';
const data = decodeBundle(new Uint8Array(readFileSync(file))).columns!;
const law = resolveScenario({ name: 'law', year: 2026, params: {} });
const moved = resolveScenario({ name: 's', year: 2026, params: { 'tsa.poverty_line.pm_share': 0.75 } });
const computed: string[] = [];
const wrap = (label: string, c: ReturnType<typeof evaluateColumns>) => {
	const seen = new Set<string>();
	return { ...c, column: (name: any) => { const t = performance.now(); const v = c.column(name); if (!seen.has(name)) { seen.add(name); const ms = performance.now() - t; if (ms > 1) computed.push(`${label}.${name}(${v.constructor.name}) ${ms.toFixed(0)}ms`); } return v; } };
};
for (const [label, sc] of [['law', law], ['moved', moved]] as const) {
	const base = wrap('b', evaluateColumns(data, law));
	const scen = label === 'law' ? base : wrap('s', evaluateColumns(data, sc, { scenario: law, columns: base }));
	const h = evaluatedHouseholds(data, base, scen);
	const views: [string, () => unknown][] = [
		['funnel', () => observedFigures.columns(h, true)],
		['explorer', () => suggestIds.columns(h, { prefix: '', region: null })],
		['incidence', () => incidenceFigures.columns(h, { region: null, hasConsumption: true })],
		['takeup', () => takeupFigures.columns(h, null)],
		['exclusion', () => exclusionFigures.columns(h, { region: null, params: { baseline: law.params, scenario: sc.params } })],
		['gainers', () => gainersLosersFigures.columns(h, { region: null, programme: 'tsa' } as any)],
		['impact', () => impactFigures.columns(h, { region: null, law: law.params, scenario: sc.params })],
		['test-effects', () => testEffectFigures.columns(h, { scenario: sc })]
	];
	for (const [name, run] of views) {
		computed.length = 0;
		const t = performance.now();
		run();
		console.log(label, name, (performance.now() - t).toFixed(0), 'ms', 'rss', Math.round(process.memoryUsage().rss / 2 ** 20), computed.join(', '));
	}
}
