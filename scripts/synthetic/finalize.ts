// Phase 2 of a household: turns a calibrated household into its CSV lines and the figures the report counts.
import { drawAssets } from './assets';
import { bool, fmt, makeId } from './csv';
import type { HouseholdBase } from './household-base';
import type { Indices } from './indices';
import { splitMarket } from './market-split';
import { consumption, marketIncome, tsaFlags, type Params, type TsaFlags } from './model';
import { Rng } from './prng';

/** A finished household: its CSV lines and the values the calibration report needs. */
export interface Finished {
	householdLine: string;
	personLines: string[];
	weight: number;
	size: number;
	consumption: number;
	counted: number;
	flags: TsaFlags;
	supplementChildren: number;
}

/** Finishes household `h` with id number `hhNo` and first person number `personNo`. */
export function finishHousehold(
	seed: number,
	h: HouseholdBase,
	ix: Indices,
	incomeLevel: number,
	p: Params,
	hhNo: number,
	personNo: number,
	idWidth: number
): Finished {
	const region = h.stratum.region;
	const rng = new Rng(seed, 2, h.stratum.id, h.index);
	const cons = consumption(h, ix, p.mu[region]);
	const market = marketIncome(h, ix, incomeLevel, p.k[region], p.depth);
	const counted = h.fixedCounted + market;
	const flags = tsaFlags(h, ix, counted, p);
	const parts = splitMarket(rng, h, market);
	const a = drawAssets(rng, h, cons);
	const hhId = makeId('h', hhNo, idWidth);
	const householdLine = [
		hhId, region, h.stratum.settlement, fmt(h.weight, 4), String(cons), String(a.dwellings), String(a.vehicles),
		String(a.landPlots), String(a.deposits), bool(a.loan), String(a.cardSpending), bool(a.disaster), bool(a.fire),
		bool(flags.notified), bool(flags.applied), fmt(flags.paidMonthly)
	].join(',');
	const personLines = h.persons.map((x, i) => {
		const m = parts[i];
		return [
			makeId('p', personNo + i, idWidth + 1), hhId, String(x.age), x.sex, String(x.disability), bool(x.student),
			bool(x.carer), x.ssd, String(m.wages), String(m.business), String(x.pension), String(x.benefits),
			String(x.benefitsExcluded), String(m.alimony), String(m.property), String(m.farm)
		].join(',');
	});
	const supplementChildren =
		flags.paidMonthly > 0
			? h.persons.filter((x) => x.age >= ix.supplementMinAge && x.age <= ix.supplementMaxAge).length
			: 0;
	return { householdLine, personLines, weight: h.weight, size: h.persons.length, consumption: cons, counted, flags, supplementChildren };
}
