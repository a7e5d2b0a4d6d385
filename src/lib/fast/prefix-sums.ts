// Each sum of the measures registry (sim/measures.ts) read off the prefix index: which prefix columns
// (prefix-columns.ts) or region constants (region-constants.ts) answer it, resolved once from its term, share and
// conditions. The row loop of prefix-columns.ts stays hand-written for speed; this is where it meets the registry.
import { SUMS, type SumDef, type SumName, type Term } from '../sim/measures';
import { COL, type Column } from './prefix-columns';
import type { RegionConstants } from './region-constants';

/** One region at one slider position: what its sums are read from. */
export interface RegionAt {
	/** Column sums over the region's rows below the line (prefix-columns.ts order). */
	sums: Float64Array;
	/** The poverty line: an eligible family's entitlement is line × n − y × n + supplement × c. */
	line: number;
	/** The monthly child supplement per child, ₸. */
	supplement: number;
	/** A conditional family's expected share (the compliance share and the refusal after a broken contract). */
	conditional: number;
	/** Families assigned in the year per standing family. */
	perStanding: number;
	/** The МРП: local help in МРП categories scales with it. */
	mrp: number;
	/** What no fast parameter moves in the region. */
	constants: RegionConstants;
	/** Weighted persons with consumption per capita below the regional ПМ: all of them, and those in eligible rows. */
	poor: number;
	poorEligible: number;
}

/** Reads one sum of one region. */
export type SumReader = (at: RegionAt) => number;

// A row group's column prefix: every eligible row, unconditional (u_) or conditional (k_) ones at their take-up, at
// 1 − observed take-up (x_), with consumption (q_), in the poorest quintile (b_).
type Group = '' | 'u_' | 'k_' | 'x_' | 'q_' | 'b_';

/** The reader of every registry sum and the prefix columns they read; throws when the index cannot read a sum. */
export function sumReaders(): { readers: [SumName, SumReader][]; columns: Set<Column> } {
	const columns = new Set<Column>();
	const col = (name: string): number => {
		if (!(name in COL)) throw new Error(`the prefix index has no column ${name}`);
		columns.add(name as Column);
		return COL[name as Column];
	};
	const term = (group: Group, t: Term): SumReader => {
		const w = `${group}w${group === 'u_' || group === 'k_' ? 't' : ''}`;
		if (t === 'households' || t === 'persons' || t === 'children') {
			const c = col(w + { households: '', persons: 'n', children: 'c' }[t]);
			return (at) => at.sums[c];
		}
		if (t !== 'entitlement') throw new Error(`the prefix index has no rows of ${t}`);
		// Σ w·n·(line − y) + supplement·Σ w·c over the group's rows = line·Σwn − Σwny + supplement·Σwc.
		const [n, ny, c] = [col(`${w}n`), col(`${w}ny`), col(`${w}c`)];
		return (at) => at.line * at.sums[n] - at.sums[ny] + at.supplement * at.sums[c];
	};
	const readers = (Object.entries(SUMS) as [SumName, SumDef][]).map(([name, d]): [SumName, SumReader] => {
		const read = readerOf(d, term, col);
		if (!read)
			throw new Error(
				`the prefix index cannot read ${name} (${d.term}, ${d.share}, where ${d.where.join(' and ') || 'any'}, over ${d.over})`
			);
		return [name, d.annual ? (at) => 12 * read(at) : read];
	});
	return { readers, columns };
}

// A sum's reading, by what it counts; null when the index has none.
function readerOf(d: SumDef, term: (group: Group, t: Term) => SumReader, col: (name: string) => number): SumReader | null {
	const where = [...d.where].sort().join(' ');
	if (d.over === 'consumers') {
		if (d.share !== 'all') return null;
		if (where === 'eligible') return term('q_', d.term);
		if (where === 'bottom eligible') return term('b_', d.term);
		if (d.term !== 'persons') return null;
		if (where === 'poor') return (at) => at.poor;
		if (where === 'eligible poor') return (at) => at.poorEligible;
		if (where === 'bottom') return (at) => at.constants.bottom_persons;
		return null;
	}
	if (where === 'eligible') {
		if (d.share === 'all') return term('', d.term);
		if (d.term === 'households' && (d.share === 'notified' || d.share === 'applied' || d.share === 'paid')) return funnelOf(d.share, col);
		if (d.share === 'unclaimed') return term('x_', d.term);
		if (d.share !== 'expected' && d.share !== 'assigned') return null;
		const [u, k] = [term('u_', d.term), term('k_', d.term)];
		if (d.share === 'expected') return (at) => u(at) + at.conditional * k(at);
		// No social-contract share: a family that later breaks its contract was still assigned.
		return (at) => (u(at) + k(at)) * at.perStanding;
	}
	// The card's gap (gap.ts): every household at its cell's rates for the others, the eligible ones at their own.
	if (where === '' && d.term === 'households' && d.share === 'notified') {
		const g = col('g_wv');
		return (at) => at.constants.other_notified + at.sums[g];
	}
	if (where === '' && d.term === 'households' && d.share === 'applied') {
		const g = col('g_wa');
		return (at) => at.constants.other_applied + at.sums[g];
	}
	if (d.share !== 'all') return null;
	// МРП categories scale with the МРП (none at МРП = 0); housing assistance is in tenge.
	if (where === 'local_eligible' && d.term === 'households')
		return (at) => (at.mrp > 0 ? at.constants.local_eligible_households : at.constants.local_eligible_households_fixed);
	if (where === '' && d.term === 'local_cost')
		return (at) => at.mrp * at.constants.local_annual_per_mrp + at.constants.local_annual_fixed_kzt;
	return null;
}

// The funnel of the eligible (`f_wv`, `u_wa`, `k_wa`): notified Σ w·ν; applied Σ w·ν·ρ; paid that × the compliance share
// of a conditional row.
function funnelOf(share: 'notified' | 'applied' | 'paid', col: (name: string) => number): SumReader {
	if (share === 'notified') {
		const v = col('f_wv');
		return (at) => at.sums[v];
	}
	const [u, k] = [col('u_wa'), col('k_wa')];
	return share === 'applied' ? (at) => at.sums[u] + at.sums[k] : (at) => at.sums[u] + at.conditional * at.sums[k];
}
