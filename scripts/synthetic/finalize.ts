// Phase 2 of a household: turns a calibrated household into its CSV lines and the figures the report counts.
import { drawAssets } from './assets';
import { bool, fmt, makeId } from './csv';
import type { HouseholdBase } from './household-base';
import type { Indices } from './indices';
import { splitMarket } from './market-split';
import { consumption, isInformal, marketIncome, surveyIncome, tsaFlags, type Params, type TsaFlags } from './model';
import { Rng } from './prng';

/** A finished household: its CSV lines and the values the calibration report needs. */
export interface Finished {
	householdLine: string;
	personLines: string[];
	weight: number;
	size: number;
	consumption: number;
	/** Survey income per capita (what the statistics bureau's household survey would record), ₸/month. */
	surveyPerCapita: number;
	counted: number;
	/** Non-mortgage loans received in the quarter, ₸. */
	loansReceivedQuarter: number;
	housingCosts: number;
	flags: TsaFlags;
	/** Members under 18. */
	children: number;
	/** Members aged 60 or more. */
	elderly: number;
	supplementChildren: number;
}

/** Finishes household `h` with id number `hhNo` and first person number `personNo`. */
export function finishHousehold(
	seed: number,
	h: HouseholdBase,
	ix: Indices,
	p: Params,
	hhNo: number,
	personNo: number,
	idWidth: number
): Finished {
	const region = h.stratum.region;
	const rng = new Rng(seed, 2, h.stratum.id, h.index);
	const cons = consumption(h, ix, p.mu[region], p);
	const survey = surveyIncome(h, cons);
	const market = marketIncome(h, survey, p.kappa[region], p.undeclared);
	const counted = h.fixedCounted + market;
	const flags = tsaFlags(h, ix, counted, p);
	const parts = splitMarket(rng, h, market);
	const welfare = Math.log(cons / h.persons.length / ix.pmRegional[region]);
	const a = drawAssets(rng, h, cons, welfare, isInformal(h, p.kappa[region]));
	const hhId = makeId('h', hhNo, idWidth);
	const householdLine = [
		hhId,
		region,
		h.stratum.settlement,
		fmt(h.weight, 4),
		String(cons),
		String(a.dwellings),
		String(a.vehicles),
		String(a.landPlots),
		String(a.deposits),
		bool(a.loan),
		String(a.loansReceivedQuarter),
		String(a.housingCosts),
		String(a.cardSpending),
		bool(a.disaster),
		bool(a.fire),
		bool(flags.notified),
		bool(flags.applied),
		fmt(flags.paidMonthly)
	].join(',');
	const personLines = h.persons.map((x, i) => {
		const m = parts[i];
		return [
			makeId('p', personNo + i, idWidth + 1),
			hhId,
			String(x.age),
			x.sex,
			String(x.disability),
			bool(x.student),
			bool(x.carer),
			x.ssd,
			String(m.wages),
			String(m.business),
			String(x.pension),
			String(x.benefits),
			String(x.benefitsExcluded),
			String(m.alimony),
			String(m.property),
			String(m.farm)
		].join(',');
	});
	const supplementChildren =
		flags.paidMonthly > 0 ? h.persons.filter((x) => x.age >= ix.supplementMinAge && x.age <= ix.supplementMaxAge).length : 0;
	return {
		householdLine,
		personLines,
		weight: h.weight,
		size: h.persons.length,
		consumption: cons,
		surveyPerCapita: survey / h.persons.length,
		counted,
		loansReceivedQuarter: a.loansReceivedQuarter,
		housingCosts: a.housingCosts,
		flags,
		children: h.persons.filter((x) => x.age < 18).length,
		elderly: h.persons.filter((x) => x.age >= 60).length,
		supplementChildren
	};
}
