import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, sourceFiles } from './imports';

const root = process.cwd();
const lib = join(root, 'src/lib');

describe('architecture', () => {
	it('has no import cycle in src', () => {
		const files = sourceFiles(join(root, 'src')).filter((f) => !f.endsWith('.test.ts'));
		expect(importCycles(files, lib, root)).toEqual([]);
	});

	it('finds a cycle of value imports, not one of type imports', () => {
		const dir = mkdtempSync(join(tmpdir(), 'komek-cycle-'));
		writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
		writeFileSync(join(dir, 'b.ts'), "import { c } from './c';\nexport const b = c;\n");
		writeFileSync(join(dir, 'c.ts'), "import type { A } from './a';\nimport { type B } from './b';\nexport const c = 1;\n");
		writeFileSync(join(dir, 'd.ts'), "export { a } from './a';\nimport * as e from './e';\n");
		writeFileSync(join(dir, 'e.ts'), "import './d';\n");
		const files = ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts'].map((f) => join(dir, f));
		expect(importCycles(files, dir, dir)).toEqual([['d.ts', 'e.ts']]);
	});
});
