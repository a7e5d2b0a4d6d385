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
	/** Told of each stage and how much of it is done (a progress line). */
	progress?: RunProgress;
}

/** What a run reports as it goes: the stage it starts, then `done` of `total` of it. */
export interface RunProgress {
	stage(name: string): void;
	update(done: number, total: number): void;
}

/** The stages of a run and their rough share of a national run's time (for the time left). */
export const RUN_STAGES = {
	'fitting the demography': 1,
	'drawing the calibration sample': 1,
	'calibrating incomes and take-up': 6,
	'writing households and persons': 15
} as const;

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

function drawSample(
	seed: number,
	strata: Stratum[],
	counts: number[],
	ix: Indices,
	demo: Demography,
	progress?: RunProgress
): HouseholdBase[] {
	const amounts = benefitAmounts(ix.mrp);
	const out: HouseholdBase[] = [];
	strata.forEach((s, j) => {
		progress?.update(j, strata.length);
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
	const progress = options.progress;
	const update = (done: number, total: number) => progress?.update(done, total);
	progress?.stage('fitting the demography');
	const demography = fitDemography(options.seed, strata, counts, update);
	progress?.stage('drawing the calibration sample');
	const sample = drawSample(options.seed, strata, counts, ix, demography, progress);
	progress?.stage('calibrating incomes and take-up');
	const params = calibrate(sample, ix, profiles, update);
	progress?.stage('writing households and persons');

	mkdirSync(options.outDir, { recursive: true });
	const hhOut = new LineWriter(join(options.outDir, 'households.csv'), HOUSEHOLD_COLUMNS);
	const pOut = new LineWriter(join(options.outDir, 'persons.csv'), PERSON_COLUMNS);
	const tally = new Tally();
	const idWidth = options.size === 'national' ? 7 : 6;
	let hhNo = 0;
	let personNo = 0;
	const expected = options.size === 'sample' ? sample.length : strata.reduce((n, s) => n + s.households, 0);
	const emit = (h: HouseholdBase) => {
		if (hhNo % 4096 === 0) progress?.update(hhNo, expected);
		const f = finishHousehold(options.seed, h, ix, params, ++hhNo, personNo + 1, idWidth);
		personNo += f.size;
		hhOut.line(f.householdLine);
		for (const line of f.personLines) pOut.line(line);
		tally.add(h.stratum.region, h.stratum.settlement, f, ix);
	};
	if (options.size === 'sample') sample.forEach(emit);
	else for (const s of strata) for (let i = 0; i < s.households; i++) emit(drawHouseholdBase(options.seed, s, i, ix, amounts, demography));
	hhOut.close();
	pOut.close();
	return {
		options,
		ix,
		profiles,
		strata,
		params,
		demography,
		tally,
		files: { households: hhOut.bytes, persons: pOut.bytes, householdRows: hhNo, personRows: personNo }
	};
}
