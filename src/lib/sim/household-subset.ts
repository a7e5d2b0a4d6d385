// Some of the evaluated households, as evaluated households of their own: a view that needs only the families meeting a
// condition (the test effects: those passing the income test) runs its passes over them instead of over every row.
import { keptFigures, type EvaluatedColumns, type EvaluatedHouseholds, type EvaluatedName, type HouseholdFact } from './evaluated-columns';

/** The rows of `h` where `mask` is 1, in order: each column is gathered on first use and then kept. */
export function householdsWhere(h: EvaluatedHouseholds, mask: ArrayLike<number>): EvaluatedHouseholds {
	return householdsAt(h, rowsWhere(mask, h.n));
}

/** The rows `rows` of `h` (indexes, in order), as householdsWhere. */
export function householdsAt(h: EvaluatedHouseholds, rows: Uint32Array): EvaluatedHouseholds {
	const gathered = <T>(from: (name: T) => ArrayLike<number> | undefined) => {
		const kept = new Map<T, ArrayLike<number>>();
		return (name: T) => {
			let values = kept.get(name);
			if (values) return values;
			const all = from(name);
			if (!all) return undefined;
			kept.set(name, (values = gather(all, rows)));
			return values;
		};
	};
	const side = (of: EvaluatedColumns): EvaluatedColumns => {
		const column = gathered<EvaluatedName>((name) => of.column(name));
		return { column: (name) => column(name)!, figure: keptFigures() };
	};
	const fact = gathered<HouseholdFact>((name) => h.fact(name));
	const baseline = side(h.baseline);
	return {
		n: rows.length,
		region: gather(h.region, rows),
		settlement: gather(h.settlement, rows),
		settlements: h.settlements,
		idRank: gather(h.idRank, rows),
		ids: h.ids,
		fact: (name) => fact(name)!,
		feature: gathered<string>((name) => h.feature(name)),
		present: h.present,
		baseline,
		scenario: h.scenario === h.baseline ? baseline : side(h.scenario)
	};
}

/** The indexes of the rows where `mask` is 1, in order. */
export function rowsWhere(mask: ArrayLike<number>, n: number): Uint32Array {
	let count = 0;
	for (let i = 0; i < n; i++) if (mask[i] === 1) count++;
	const rows = new Uint32Array(count);
	for (let i = 0, k = 0; i < n; i++) if (mask[i] === 1) rows[k++] = i;
	return rows;
}

/** `values` at `rows`, in an array of the same type. */
function gather<T extends ArrayLike<number>>(values: T, rows: Uint32Array): T {
	const out = new (values.constructor as new (n: number) => T & { [i: number]: number })(rows.length);
	for (let k = 0; k < rows.length; k++) out[k] = values[rows[k]];
	return out;
}

/**
 * The rows where any of the evaluated columns `names` differs between `a` and `b` (two evaluations of the same
 * households; NaN equals NaN), in order: the only rows where an expression reading those columns alone can differ.
 */
export function rowsWhereDiffer(n: number, a: EvaluatedColumns, b: EvaluatedColumns, names: readonly EvaluatedName[]): Uint32Array {
	const differ = new Uint8Array(n);
	if (a !== b) for (const name of names) markDifferent(a.column(name), b.column(name), differ);
	return rowsWhere(differ, n);
}

/** Sets `into[i]` to 1 where `a[i]` and `b[i]` differ (NaN equals NaN). */
function markDifferent(a: ArrayLike<number>, b: ArrayLike<number>, into: Uint8Array): void {
	if (a === b) return;
	for (let i = 0; i < into.length; i++) {
		const x = a[i];
		const y = b[i];
		if (x !== y && (x === x || y === y)) into[i] = 1;
	}
}
