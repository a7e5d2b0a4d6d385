// The shape of rule expressions: their sub-expressions, and whether one has the shape of a pattern.
import type { Node } from '../rules/expr';

/** True when `node` has the shape of `pattern`: same kinds and operators, same names (`*` in a pattern's matches any text). */
export function matches(pattern: Node, node: Node): boolean {
	if (pattern === node) return true;
	if (pattern.kind !== node.kind) return false;
	const p = pattern as unknown as Record<string, unknown>;
	const n = node as unknown as Record<string, unknown>;
	for (const key in p) {
		const a = p[key];
		const b = n[key];
		if (Array.isArray(a)) {
			if (!Array.isArray(b) || a.length !== b.length || !a.every((x, i) => matches(x as Node, b[i] as Node))) return false;
		} else if (typeof a === 'object' && a !== null && 'kind' in a) {
			if (typeof b !== 'object' || b === null || !matches(a as Node, b as Node)) return false;
		} else if (typeof a === 'string' && a.includes('*')) {
			if (typeof b !== 'string' || !glob(a).test(b)) return false;
		} else if (a !== b) return false;
	}
	return true;
}

const globs = new Map<string, RegExp>();
function glob(pattern: string): RegExp {
	let re = globs.get(pattern);
	if (!re)
		globs.set(
			pattern,
			(re = new RegExp(
				`^${pattern
					.split('*')
					.map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
					.join('.*')}$`
			))
		);
	return re;
}

/** The sub-expressions of `e`. */
export function childrenOf(e: Node): Node[] {
	return Object.values(e).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'object' && v !== null && 'kind' in v ? [v] : []));
}
