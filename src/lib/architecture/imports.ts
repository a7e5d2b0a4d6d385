// The source files' value imports (type-only imports left out), read from the text, for the architecture tests.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every .ts and .svelte file under `dir`, tests included. */
export function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?([^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm;

/** The specifiers `file` imports values from (not `import type`, nor `import { type A }` alone). */
export function valueImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const out: string[] = [];
	for (const m of text.matchAll(IMPORT)) {
		if (m[2]) continue;
		const clause = (m[3] ?? '').replace(/\bfrom\s+$/, '');
		const names = /\{([^}]*)\}/.exec(clause)?.[1];
		const outside = clause.replace(/\{[^}]*\}/, '').replace(/[\s,]/g, '');
		const typeOnly = names !== undefined && outside === '' && names.split(',').every((n) => !n.trim() || n.trim().startsWith('type '));
		if (typeOnly) continue;
		out.push(m[4]);
	}
	return out;
}

/** The source file a specifier of `from` names, or null for a package. `$lib` is `lib`. */
export function resolveImport(from: string, specifier: string, lib: string): string | null {
	let base: string;
	if (specifier.startsWith('$lib')) base = join(lib, specifier.slice('$lib'.length));
	else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else return null;
	for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** Import cycles among `files` (each as the list of files around the loop, relative to `root`). */
export function importCycles(files: string[], lib: string, root: string): string[][] {
	const graph = new Map(
		files.map((f) => [
			f,
			valueImports(f)
				.map((s) => resolveImport(f, s, lib))
				.filter((t): t is string => t !== null)
		])
	);
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (f: string) => {
		state.set(f, 'open');
		stack.push(f);
		for (const t of graph.get(f) ?? []) {
			if (state.get(t) === 'open') cycles.push(stack.slice(stack.indexOf(t)).map((p) => relative(root, p)));
			else if (!state.has(t)) visit(t);
		}
		stack.pop();
		state.set(f, 'done');
	};
	for (const f of files) if (!state.has(f)) visit(f);
	return cycles;
}
