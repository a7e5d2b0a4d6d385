// manifest.json: what the dataset is, where its figures come from, and how close the files come to each target.
import { REGION_CODES } from '../../src/lib/data/regions';
import { NATIONAL_CALIBRATION_HOUSEHOLDS, type RunResult } from './generate';
import { SRC } from './sources';
import { RATES } from './person-attributes';
import { EVENT_RATES } from './assets';
import { SHAPE } from './model';
import { INCOME_SIZE_EFFECT, UNDERREPORT_SHARE } from './household-base';
import { NATIONAL_TARGETS, TAKEUP_ASSUMED, type Target } from './targets';
import { benefitAmounts, REFERENCE_YEAR } from './indices';

/** Version of the generator; bump when the output for a given seed changes. */
export const GENERATOR_VERSION = '1.0.0';

const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One row of the calibration report. */
export interface CalibrationRow extends Target {
	achieved: number;
	within: boolean;
}

function row(t: Target, achieved: number): CalibrationRow {
	const gap = Math.abs(achieved - t.value);
	const within = t.absolute ? gap <= t.tolerance + 1e-12 : gap <= t.tolerance * t.value;
	return { ...t, value: round(t.value), achieved: round(achieved), within };
}

/** The calibration report: national targets, then each region's population share, poverty rate and TSA share. */
export function calibrationReport(r: RunResult): CalibrationRow[] {
	const n = r.tally.national;
	const achieved: Record<string, number> = {
		population: n.persons,
		households: n.households,
		poverty_rate: n.poorPersons / n.persons,
		notified_households: n.notified,
		applied_households: n.applied,
		tsa_families: n.paidFamilies,
		tsa_persons: n.paidPersons,
		tsa_annual_kzt: n.annualKzt,
		supplement_children: n.supplementChildren
	};
	const rows = NATIONAL_TARGETS.map((t) => row(t, achieved[t.id]));
	for (const p of r.profiles) {
		const t = r.tally.regions.get(p.code)!;
		const { value, ...popPedigree } = p.population;
		rows.push(
			row({ id: `population_share.${p.code}`, label: `${p.code}: share of the population`, value: value / n.persons, tolerance: 0.003, absolute: true, ...popPedigree }, t.persons / n.persons),
			row({ id: `poverty_rate.${p.code}`, label: `${p.code}: poverty rate`, tolerance: 0.01, absolute: true, ...p.poverty }, t.poorPersons / t.persons),
			row({ id: `tsa_family_share.${p.code}`, label: `${p.code}: share of TSA families`, tolerance: 0.02, absolute: true, ...p.tsaShare }, t.paidFamilies / n.paidFamilies)
		);
	}
	return rows;
}

function medianCheck(r: RunResult) {
	return Object.fromEntries(
		(['all', ...REGION_CODES] as const).map((scope) => {
			const pm = scope === 'all' ? Math.min(...Object.values(r.ix.pmRegional)) : r.ix.pmRegional[scope];
			return [
				scope,
				{
					pm_term: round(r.ix.pmShare * pm, 2),
					median_term_by_households: round(r.ix.medianShare * r.tally.median(scope, 'hh'), 2),
					median_term_by_persons: round(r.ix.medianShare * r.tally.median(scope, 'p'), 2)
				}
			];
		})
	);
}

/** Builds manifest.json for a finished run. */
export function buildManifest(r: RunResult, name: string) {
	const national = r.options.size === 'national';
	return {
		name,
		description:
			'Synthetic households and persons of Kazakhstan, reference period 2025: synthetic, not real people. ' +
			'Drawn from a seeded model calibrated to published totals (population, poverty, TSA caseload).',
		reference_period: String(REFERENCE_YEAR),
		schema_version: 1,
		seed: r.options.seed,
		generator: { script: 'scripts/make-synthetic-kazakhstan.ts', version: GENERATOR_VERSION },
		size: national ? 'national (weight 1)' : 'weighted sample',
		files: {
			households: { rows: r.files.householdRows, bytes: r.files.households },
			persons: { rows: r.files.personRows, bytes: r.files.persons }
		},
		provenance: {
			method:
				'Households are drawn per region × settlement stratum (size, members, disability, study, care, diseases, ' +
				'pensions and benefits), then consumption and registered income are drawn from latent welfare and ' +
				`calibrated by bisection on a ${national ? NATIONAL_CALIBRATION_HOUSEHOLDS : r.files.householdRows}-household weighted sample of the same seed.`,
			indices: SRC.regionalPm,
			tsa_rule:
				'paid = applied ∧ per-capita counted income < 0.7 × regional ПМ (the 35 % median term is lower everywhere; ' +
				'see checks.median_term); amount = (line − per-capita income) × size + 1.5 МРП × children aged 1–6',
			domain_notes: 'shared/domain/sources.md (the project brief)'
		},
		assumptions: {
			regions: r.profiles.map((p) => ({
				region: p.code,
				population: p.population,
				urban_share: { ...p.urbanShare, value: round(p.urbanShare.value, 4) },
				mean_household_size: { urban: round(p.meanSizeUrban, 3), rural: round(p.meanSizeRural, 3), status: 'assumption', source: SRC.generator, note: 'average household size by region not found' },
				median_income_pm_multiple: { value: p.incomeLevel, status: 'assumption', source: SRC.generator }
			})),
			benefit_amounts: benefitAmounts(r.ix.mrp),
			person_rates: { ...RATES, status: 'assumption', source: SRC.generator },
			event_rates: { ...EVENT_RATES, status: 'assumption', source: SRC.generator },
			underreporting: { share_of_households_with_earners: UNDERREPORT_SHARE, reported_share: [0.45, 0.9], status: 'assumption', source: SRC.generator },
			takeup_among_eligible: { value: TAKEUP_ASSUMED, status: 'assumption', source: SRC.generator, note: 'no take-up estimate found; sets the eligible pool = paid / take-up' },
			model_shape: { ...SHAPE, incomeSizeEffect: INCOME_SIZE_EFFECT, status: 'assumption', source: SRC.generator }
		},
		calibrated_parameters: {
			mu: Object.fromEntries(REGION_CODES.map((c) => [c, round(r.params.mu[c])])),
			k: Object.fromEntries(REGION_CODES.map((c) => [c, round(r.params.k[c])])),
			q: round(r.params.q),
			t: round(r.params.t),
			v: round(r.params.v),
			depth: round(r.params.depth)
		},
		calibration: calibrationReport(r),
		checks: { median_term: medianCheck(r) }
	};
}
