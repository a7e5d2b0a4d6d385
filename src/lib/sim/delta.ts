// Scenario − baseline for every number of the figures (totals and by_region), keeping the shape.
import type { SimulationDelta, SimulationResult } from './result';

/** The difference a − b of two results, numbers only (non-numbers and NULLs are left out). */
export function delta(a: SimulationResult, b: SimulationResult): SimulationDelta {
	return {
		totals: diff(a.totals, b.totals) as Record<string, unknown>,
		by_region: diff(a.by_region, b.by_region) as Record<string, unknown>
	};
}

function diff(a: unknown, b: unknown): unknown {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(a)) {
			const d = diff(v, (b as Record<string, unknown>)[k]);
			if (d !== undefined) out[k] = d;
		}
		return out;
	}
	return undefined;
}
