import { REGION_CODES } from '../data/regions';
import type { Node } from '../rules/expr';
import { paramValue, regionPath } from '../rules/expr';
import type { ParamValues } from '../rules/parameter';
import { quoteIdent, sqlLiteral } from './quote';

/** Compiles an expression to one DuckDB SQL expression; parameters become literals via `sqlLiteral`. */
export function toSql(e: Node, params: ParamValues, columnPrefix = ''): string {
	const go = (e: Node): string => toSql(e, params, columnPrefix);
	switch (e.kind) {
		case 'col':
			return columnPrefix + quoteIdent(e.name);
		case 'param':
			return sqlLiteral(paramValue(params, e.path));
		case 'regionParam': {
			const arms = REGION_CODES.map((r) => `WHEN ${sqlLiteral(r)} THEN ${sqlLiteral(paramValue(params, regionPath(e.template, r)))}`);
			return `(CASE ${columnPrefix}${quoteIdent('region')} ${arms.join(' ')} ELSE NULL END)`;
		}
		case 'lit':
			return sqlLiteral(e.value);
		case 'arith':
			// Division by zero is NULL on both sides (DuckDB would give ±Infinity).
			if (e.op === '/') return `(${go(e.left)} / NULLIF(${go(e.right)}, 0))`;
			return `(${go(e.left)} ${e.op} ${go(e.right)})`;
		case 'minmax':
			return `${e.op === 'min' ? 'LEAST' : 'GREATEST'}(${e.args.map(go).join(', ')})`;
		case 'cmp':
			return `(${go(e.left)} ${e.op} ${go(e.right)})`;
		case 'logic':
			return `(${e.args.map(go).join(e.op === 'and' ? ' AND ' : ' OR ')})`;
		case 'not':
			return `(NOT ${go(e.arg)})`;
		case 'isNull':
			return `(${go(e.arg)} IS NULL)`;
		case 'if':
			return `(CASE WHEN ${go(e.cond)} THEN ${go(e.then)} ELSE ${go(e.else)} END)`;
		case 'coalesce':
			return `COALESCE(${e.args.map(go).join(', ')})`;
	}
}
