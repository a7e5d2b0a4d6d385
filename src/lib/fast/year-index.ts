// A year's figures from prefix indexes: one index per structure among the year's quarters (rules/quarters.ts).
import type { ParamValues } from '../rules/parameter';
import { distinctQuarters, spreadQuarters, yearFigures } from '../sim/year';
import type { FastFigures, PrefixIndex } from './prefix-index';

/** Prefix indexes of one dataset; `figures` answers a year whose every quarter's structure one of them holds. */
export class YearIndex {
	constructor(readonly indexes: readonly PrefixIndex[]) {}

	/** Bytes held by the indexes' arrays. */
	get bytes(): number {
		return this.indexes.reduce((s, i) => s + i.bytes, 0);
	}

	/** Notices of the indexes' extracts, once each. */
	get notices(): string[] {
		return [...new Set(this.indexes.flatMap((i) => i.notices))];
	}

	/** The parameter sets among the year's quarters that no index answers (empty: `figures` can answer). */
	missing(year: number, params: ParamValues, law: ParamValues): ParamValues[] {
		return distinctQuarters(year, params)
			.map((set) => set.params)
			.filter((p) => !this.indexFor(p, law));
	}

	/** True when `figures` answers for the year of `params`. */
	covers(year: number, params: ParamValues, law: ParamValues): boolean {
		return this.missing(year, params, law).length === 0;
	}

	/** The year's figures for `params` (`covers` must be true); `law` as for `structureKey`. */
	figures(year: number, params: ParamValues, law: ParamValues): FastFigures {
		const sets = distinctQuarters(year, params);
		const figures = sets.map((set) => {
			const index = this.indexFor(set.params, law);
			if (!index) throw new Error("no index for the structure of one of the year's quarters: build it");
			return index.figures(set.params, law);
		});
		const combined = yearFigures(spreadQuarters(sets, figures), params);
		return { dataset: figures[0].dataset, ...combined };
	}

	/**
	 * This set with `index` added, keeping only the indexes the year of `params` still needs (a slider's structure
	 * stays; a switched-off rule's goes).
	 */
	with(index: PrefixIndex, year: number, params: ParamValues, law: ParamValues): YearIndex {
		const sets = distinctQuarters(year, params).map((set) => set.params);
		const kept = this.indexes.filter((i) => i.key !== index.key && sets.some((p) => i.fits(p, law)));
		return new YearIndex([index, ...kept]);
	}

	private indexFor(params: ParamValues, law: ParamValues): PrefixIndex | undefined {
		return this.indexes.find((i) => i.fits(params, law));
	}
}
