// The 2025 figures the generator takes from the rulebook, plus benefit amounts that are not rulebook parameters.
import { REGION_CODES, type RegionCode } from '../../src/lib/data/regions';
import { baselineFor } from '../../src/lib/rules/baseline';
import { medianIsOfficial, officialMedian } from '../../src/lib/rules/tsa/poverty-line';
import { SRC, type Pedigree } from './sources';

/** The reference year of the synthetic dataset. */
export const REFERENCE_YEAR = 2025;

/** Indices and TSA rule figures of the reference year, read from the rulebook baseline. */
export interface Indices {
	mrp: number;
	pmRegional: Record<RegionCode, number>;
	pmShare: number;
	medianShare: number;
	/** The reference year's poverty line per region: max(pm_share × ПМ, median_share × the rulebook's official median). */
	line: Record<RegionCode, number>;
	supplementMrp: number;
	supplementMinAge: number;
	supplementMaxAge: number;
	pensionAgeMen: number;
	pensionAgeWomen: number;
}

function num(values: Readonly<Record<string, unknown>>, path: string): number {
	const v = values[path];
	if (typeof v !== 'number') throw new Error(`baselineFor(${REFERENCE_YEAR}) has no number at ${path}`);
	return v;
}

/** Reads the reference year's indices from `baselineFor(2025)`. */
export function loadIndices(): Indices {
	const b = baselineFor(REFERENCE_YEAR);
	const pmRegional = {} as Record<RegionCode, number>;
	const line = {} as Record<RegionCode, number>;
	const pmShare = num(b, 'tsa.poverty_line.pm_share');
	const medianShare = num(b, 'tsa.poverty_line.median_share');
	for (const code of REGION_CODES) {
		pmRegional[code] = num(b, `indices.pm_regional.${code}`);
		const median = medianIsOfficial(b) ? officialMedian(b, code) : null;
		line[code] = Math.max(pmShare * pmRegional[code], median === null ? 0 : medianShare * median);
	}
	return {
		mrp: num(b, 'indices.mrp'),
		pmRegional,
		pmShare,
		medianShare,
		line,
		supplementMrp: num(b, 'tsa.child_supplement.mrp_per_child'),
		supplementMinAge: num(b, 'tsa.child_supplement.min_age'),
		supplementMaxAge: num(b, 'tsa.child_supplement.max_age'),
		pensionAgeMen: num(b, 'indices.pension_age.men'),
		pensionAgeWomen: num(b, 'indices.pension_age.women')
	};
}

/** A monthly benefit amount with its pedigree. */
export interface Amount extends Pedigree {
	kzt: number;
}

/** Benefit amounts of 2025 that enter household income (tenge per month). */
export function benefitAmounts(mrp: number): Record<string, Amount> {
	return {
		minPension: { kzt: 62_771, source: SRC.minPension2025, status: 'approximate' },
		disability1: { kzt: 101_702, source: SRC.disability2026, status: 'approximate', note: '2026 figure 111 872 / 1.1' },
		disability2: { kzt: 81_362, source: SRC.disability2026, status: 'approximate', note: '2026 figure 89 498 / 1.1' },
		disability3: { kzt: 55_474, source: SRC.disability2026, status: 'approximate', note: '2026 figure 61 021 / 1.1' },
		disabledChild: {
			kzt: 81_362,
			source: SRC.disability2026,
			status: 'assumption',
			note: 'disabled-child benefit not found: group II amount used'
		},
		childcare: {
			kzt: Math.round(5.76 * mrp),
			source: SRC.childcareAllowance,
			status: 'approximate',
			note: '5.76 МРП for a child under 1 year'
		},
		largeFamily4: {
			kzt: Math.round(16.03 * mrp),
			source: SRC.largeFamilyAllowance,
			status: 'approximate',
			note: '16.03 МРП for 4 children, about 4 МРП more per further child'
		}
	};
}
