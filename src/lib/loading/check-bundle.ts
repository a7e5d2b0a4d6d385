// A prepared bundle is checked whole before anything switches to it: an Arrow stream ending whole, its manifest and
// format version, every column decoded with one value per household (consumers' ranks in order), the household
// count equal to its report's, the columns the rules read all present, and every value within what the rules can
// take (regions, settlements, finite numbers), its weights summing to the total its report states. The values are checked in slices, yielding between
// them, so a national bundle (5.6 M households) never holds the page for long and the progress bar moves.
import { REGION_CODES } from '$lib/data/regions';
import { neededColumns } from '$lib/fast/household-columns';
import { decodeBundle, type PreparedBundle } from '$lib/fast/prepared-bundle';

/** Thrown when a bundle is refused: the message says what is wrong, for the user. */
export class BundleRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BundleRefused';
	}
}

/** Elements checked between two yields to the page. */
const SLICE = 1 << 20;

const REMAKE = 'make it again with `npm run bundle -- --data <folder>`';

/**
 * The bundle in `bytes`, once every part of it is checked; throws `BundleRefused` naming what is wrong.
 * `onProgress` gets the share of the values checked; `yieldNow` lets the page breathe between slices (and may
 * throw to stop: a cancelled load).
 */
export async function checkBundle(
	bytes: Uint8Array,
	onProgress: (fraction: number) => void = () => {},
	yieldNow: () => Promise<void> = () => new Promise((done) => setTimeout(done, 0))
): Promise<PreparedBundle> {
	let bundle: PreparedBundle;
	try {
		bundle = decodeBundle(bytes);
	} catch (e) {
		throw new BundleRefused((e as Error).message);
	}
	checkShape(bundle);
	const jobs = valueChecks(bundle);
	const total = jobs.reduce((sum, j) => sum + j.length, 0) || 1;
	let done = 0;
	for (const job of jobs)
		for (let from = 0; from < job.length; from += SLICE) {
			const to = Math.min(job.length, from + SLICE);
			job.check(from, to);
			done += to - from;
			onProgress(done / total);
			if (to < job.length || job !== jobs.at(-1)) await yieldNow();
		}
	checkWeights(bundle);
	onProgress(1);
	return bundle;
}

/** The household count the report states, and every column the rules read. */
function checkShape(bundle: PreparedBundle): void {
	const n = bundle.columns.n;
	const households = bundle.report.summary!.households;
	if (n !== households) throw new BundleRefused(`it holds ${n} households but its report says ${households}: ${REMAKE}`);
	const missing = neededColumns().filter((name) => !(name in bundle.columns.columns));
	if (missing.length > 0)
		throw new BundleRefused(`it lacks the columns ${missing.join(', ')}, which the rules read: ${REMAKE} with this version of the app`);
}

type Job = { length: number; check: (from: number, to: number) => void };

/** Value checks over every column, as slices: regions and settlements coded, numbers finite, consumers ordered. */
function valueChecks(b: PreparedBundle): Job[] {
	const h = b.columns;
	const regions = REGION_CODES.length;
	const settlements = h.settlements.length;
	const jobs: Job[] = [
		{
			length: h.n,
			check(from, to) {
				for (let i = from; i < to; i++)
					if (h.region[i] >= regions)
						throw new BundleRefused(
							`household ${i + 1} has region code ${h.region[i]}, not one of the ${regions} regions: the file is damaged, ${REMAKE}`
						);
			}
		},
		{
			length: h.n,
			check(from, to) {
				// 255 is a household with no settlement recorded.
				for (let i = from; i < to; i++)
					if (h.settlement[i] >= settlements && h.settlement[i] !== 255)
						throw new BundleRefused(
							`household ${i + 1} has settlement code ${h.settlement[i]}, not one of ${settlements}: the file is damaged, ${REMAKE}`
						);
			}
		}
	];
	// An integer column cannot hold an infinite value: only the others are read (the national bundle's 40 integer columns
	// took most of its check, with a yield to the page every million values).
	for (const [name, values] of Object.entries(h.columns)) if (!isIntegerArray(values)) jobs.push(finite(name, values));
	const c = h.consumers;
	if (c) {
		if (c.offsets.length !== regions + 1 || c.offsets[0] !== 0 || c.offsets[regions] !== c.cpc.length || c.cpc.length !== c.wp.length)
			throw new BundleRefused(`its consumers' offsets do not match their values: the file is damaged, ${REMAKE}`);
		for (let k = 0; k < regions; k++)
			if (c.offsets[k + 1] < c.offsets[k]) throw new BundleRefused(`its consumers' offsets go backwards: the file is damaged, ${REMAKE}`);
		jobs.push(finite('consumers (consumption)', c.cpc), finite('consumers (weight)', c.wp));
	}
	return jobs;
}

/** True for a typed array of integers (no NaN, no infinity). */
function isIntegerArray(values: ArrayLike<number>): boolean {
	return (
		values instanceof Uint8Array ||
		values instanceof Int8Array ||
		values instanceof Uint16Array ||
		values instanceof Int16Array ||
		values instanceof Uint32Array ||
		values instanceof Int32Array ||
		values instanceof Uint8ClampedArray
	);
}

// NaN stands for an unknown value (the rules treat it so); an infinite one can only come from damage.
function finite(name: string, values: ArrayLike<number>): Job {
	return {
		length: values.length,
		check(from, to) {
			for (let i = from; i < to; i++) {
				const v = values[i];
				if (v === Infinity || v === -Infinity)
					throw new BundleRefused(`column ${name} holds an infinite value at household ${i + 1}: the file is damaged, ${REMAKE}`);
			}
		}
	};
}

/** The household weights must add up to the weighted total the bundle's report states (a check on the bytes). */
function checkWeights(b: PreparedBundle): void {
	const w = b.columns.columns.weight;
	if (!w) return;
	let sum = 0;
	for (let i = 0; i < w.length; i++) if (w[i] === w[i]) sum += w[i];
	const stated = b.report.summary!.weighted_households;
	if (!(Math.abs(sum - stated) <= 1e-6 * Math.max(1, Math.abs(stated))))
		throw new BundleRefused(`its household weights add up to ${sum}, its report says ${stated}: the file is damaged, ${REMAKE}`);
}
