// Writes a synthetic Kazakhstan dataset (households.csv, persons.csv, manifest.json): synthetic, not real people.
// Usage: tsx scripts/make-synthetic-kazakhstan.ts --size embedded|national [--out <dir>] [--seed <n>] [--households <n>]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Progress } from './progress';
import { EMBEDDED_HOUSEHOLDS, generate, RUN_STAGES } from './synthetic/generate';
import { buildManifest } from './synthetic/manifest';

/** The seed of the committed embedded dataset. */
export const DEFAULT_SEED = 20251201;

const { values } = parseArgs({
	options: {
		size: { type: 'string', default: 'embedded' },
		out: { type: 'string' },
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		households: { type: 'string' }
	}
});
const size = values.size;
if (size !== 'embedded' && size !== 'national') {
	process.stderr.write(`--size must be embedded or national, not ${size}\n`);
	process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) {
	process.stderr.write(`--seed must be a non-negative integer\n`);
	process.exit(2);
}
const outDir = values.out ?? join('datasets', size);
const started = Date.now();
// The stage, the share done and the time left on stderr: one rewritten line on a terminal, a line a tenth otherwise.
const progress = new Progress({ label: size, weights: RUN_STAGES });
const result = generate({
	seed,
	outDir,
	size: size === 'national' ? 'national' : 'sample',
	households: values.households ? Number(values.households) : EMBEDDED_HOUSEHOLDS,
	progress
});
progress.finish('manifest');
const manifest = buildManifest(result, `synthetic-kazakhstan-${size}`);
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
const missed = manifest.calibration.filter((c) => !c.within).map((c) => c.id);
process.stderr.write(
	`wrote ${result.files.householdRows} households, ${result.files.personRows} persons to ${outDir} in ` +
		`${((Date.now() - started) / 1000).toFixed(1)} s; targets outside tolerance: ${missed.length ? missed.join(', ') : 'none'}\n`
);
