/** One reason a dataset is refused. `row` is the 1-based data row (row 1 = first row after the header), null for the whole file or column. */
export interface Problem {
	file: string;
	row: number | null;
	column: string | null;
	message: string;
	hint: string;
}

/** Something the user should know that does not refuse the dataset (missing optional or extra column, a converted encoding). `column` is null for the whole file. */
export interface Notice {
	file: string;
	column: string | null;
	message: string;
}

/** How many problems are kept in full; the rest are only counted. */
export const PROBLEM_CAP = 100;

/** Collects problems up to a cap while counting all of them. */
export class Problems {
	/** The first problems found, at most `cap`. */
	readonly list: Problem[] = [];
	/** How many problems were found in total. */
	total = 0;

	constructor(readonly cap = PROBLEM_CAP) {}

	/** Records a problem; the message is prefixed with where it is. */
	add(file: string, row: number | null, column: string | null, what: string, hint: string): void {
		this.total++;
		if (this.list.length >= this.cap) return;
		this.list.push({ file, row, column, message: `${where(file, row, column)}: ${what}`, hint });
	}

	/** True when no problem was recorded. */
	get ok(): boolean {
		return this.total === 0;
	}
}

function where(file: string, row: number | null, column: string | null): string {
	const parts = [file];
	if (row !== null) parts.push(`row ${row} (row 1 is the first row after the header)`);
	if (column !== null) parts.push(`column "${column}"`);
	return parts.join(', ');
}

/** Thrown when a dataset is refused; carries the problems (capped) and their total count. */
export class DatasetError extends Error {
	constructor(
		readonly problems: Problem[],
		readonly total: number,
		readonly notices: Notice[] = []
	) {
		super(`Dataset refused: ${total} problem${total === 1 ? '' : 's'}. First: ${problems[0]?.message ?? 'unknown'}`);
		this.name = 'DatasetError';
	}
}

/** Quotes a cell value for a message, shortened so a huge cell cannot flood the report. */
export function showValue(v: unknown): string {
	const s = String(v);
	return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
}
