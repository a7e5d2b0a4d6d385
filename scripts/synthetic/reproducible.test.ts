// Same seed, same bytes: two runs into separate temporary folders give identical files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from './generate';
import { buildManifest } from './manifest';

const dirs: string[] = [];
function run(seed: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
	dirs.push(dir);
	const result = generate({ seed, outDir: dir, size: 'sample', households: 1500 });
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(buildManifest(result, 'test'), null, 2));
	return dir;
}
const read = (dir: string, file: string) => readFileSync(join(dir, file));

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('generator reproducibility', () => {
	it('writes byte-identical files for the same seed and different files for another seed', () => {
		const a = run(7);
		const b = run(7);
		const c = run(8);
		for (const file of ['households.csv', 'persons.csv', 'manifest.json']) expect(read(a, file).equals(read(b, file)), file).toBe(true);
		expect(read(a, 'persons.csv').equals(read(c, 'persons.csv'))).toBe(false);
	});
});
