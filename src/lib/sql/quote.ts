// The only two places where values and names become SQL text: everything else calls these.

/** A value that may appear as an SQL literal. */
export type LiteralValue = number | string | boolean | null;

/** Renders a value as a DuckDB literal: finite numbers only (non-integers as exact DOUBLE), strings quoted. */
export function sqlLiteral(value: LiteralValue): string {
	if (value === null) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
		if (Number.isSafeInteger(value)) return String(value);
		// A bare 0.7 would be DECIMAL(2,1); parsing the shortest round-trip text as DOUBLE gives JS's own double.
		return `CAST('${String(value)}' AS DOUBLE)`;
	}
	if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
	throw new Error(`cannot render ${typeof value} as SQL`);
}

/** Quotes an identifier (table or column name) for DuckDB. */
export function quoteIdent(name: string): string {
	if (name.length === 0) throw new Error('empty identifier');
	return `"${name.replaceAll('"', '""')}"`;
}
