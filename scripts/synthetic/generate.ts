// Orchestrates a run: draw the calibration sample, calibrate, then write households.csv and persons.csv.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { calibrate } from './calibrate';
import { fitDemography } from './calibrate-demography';
import type { Demography } from './demography';
import { HOUSEHOLD_COLUMNS, PERSON_COLUMNS } from './csv';
import { finishHousehold } from './finalize';
import { drawHouseholdBase, type HouseholdBase, type Stratum } from './household-base';
import { benefitAmounts, loadIndices, type Indices } from './indices';
import { LineWriter } from './line-writer';
import type { Params } from './model';
import { regionProfiles, type RegionProfile } from './regions-profile';
import { allocateSample, makeStrata } from './strata';
import { Tally } from './tally';

/** Households in the embedded (weighted) sample, which is also its own calibration sample. */
export const EMBEDDED_HOUSEHOLDS = 32_000;

/** Households in the calibration sample of a national run (larger, so small regions are calibrated precisely). */
export const NATIONAL_CALIBRATION_HOUSEHOLDS = 250_000;

/** What to generate: a weighted sample of `households`, or the full weight-1 population. */
export interface RunOptions {
	seed: number;
	outDir: string;
	size: 'sample' | 'national';
	/** Sample size (size 'sample' only); the calibration sample is this size too. */
	households?: number;
}

/** Everything a finished run knows: inputs, calibrated parameters, achieved totals and file sizes. */
export interface RunResult {
	options: RunOptions;
	ix: Indices;
	profiles: RegionProfile[];
	strata: Stratum[];
	params: Params;
	/** The fitted demographic parameter. */
	demography: Demography;
	tally: Tally;
	files: { households: number; persons: number; householdRows: number; personRows: number };
}

function drawSample(seed: number, strata: Stratum[], counts: number[], ix: Indices, demo: Demography): HouseholdBase[] {
	const amounts = benefitAmounts(ix.mrp);
	const out: HouseholdBase[] = [];
	strata.forEach((s, j) => {
		const group: HouseholdBase[] = [];
		for (let i = 0; i < counts[j]; i++) group.push(drawHouseholdBase(seed, s, i, ix, amounts, demo));
		const persons = group.reduce((n, h) => n + h.persons.length, 0);
		// Weights make each stratum's weighted population equal its population figure exactly.
		const weight = Math.round((s.population / persons) * 10_000) / 10_000;
		for (const h of group) h.weight = weight;
		out.push(...group);
	});
	return out;
}

/** Runs the generator and writes the two CSVs into `outDir`. */
export function generate(options: RunOptions): RunResult {
	const ix = loadIndices();
	const amounts = benefitAmounts(ix.mrp);
	const profiles = regionProfiles();
	const strata = makeStrata(profiles);
	const sampleSize = options.size === 'sample' ? (options.households ?? EMBEDDED_HOUSEHOLDS) : NATIONAL_CALIBRATION_HOUSEHOLDS;
	const counts = allocateSample(strata, sampleSize);
	const demography = fitDemography(options.seed, strata, counts);
	const sample = drawSample(options.seed, strata, counts, ix, demography);
	const params = calibrate(sample, ix, profiles);

	mkdirSync(options.outDir, { recursive: true });
	const hhOut = new LineWriter(join(options.outDir, 'households.csv'), HOUSEHOLD_COLUMNS);
	const pOut = new LineWriter(join(options.outDir, 'persons.csv'), PERSON_COLUMNS);
	const tally = new Tally();
	const idWidth = options.size === 'national' ? 7 : 6;
	let hhNo = 0;
	let personNo = 0;
	const emit = (h: HouseholdBase) => {
		const f = finishHousehold(options.seed, h, ix, params, ++hhNo, personNo + 1, idWidth);
		personNo += f.size;
		hhOut.line(f.householdLine);
		for (const line of f.personLines) pOut.line(line);
		tally.add(h.stratum.region, h.stratum.settlement, f, ix);
	};
	if (options.size === 'sample') sample.forEach(emit);
	else
		for (const s of strata)
			for (let i = 0; i < s.households; i++) emit(drawHouseholdBase(options.seed, s, i, ix, amounts, demography));
	hhOut.close();
	pOut.close();
	return {
		options, ix, profiles, strata, params, demography, tally,
		files: { households: hhOut.bytes, persons: pOut.bytes, householdRows: hhNo, personRows: personNo }
	};
}
