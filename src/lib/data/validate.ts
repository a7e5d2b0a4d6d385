// Contract §1 "Refused input": every check over the two column tables, reporting all problems (capped).
import { REGION_CODES } from './regions';
import { COLUMNS, describeRule, inRange, type ColumnSpec } from './schema';
import type { Column, ColumnTable } from './columns';
import { IdIndex } from './id-index';
import { looksLikeIin, personalColumnKind } from './pii';
import { personalValues } from './pii-columns';
import { showValue, type Notice, type Problems } from './problems';

/** Checks both tables against the contract; adds problems to `problems` and returns the notices. */
export function validateTables(households: ColumnTable, persons: ColumnTable, problems: Problems): Notice[] {
	const notices: Notice[] = [];
	for (const t of [households, persons]) {
		notices.push(...t.notices);
		if (!t.readable) continue;
		checkNotEmpty(t, problems);
		checkColumnNames(t, problems, notices);
		for (const spec of COLUMNS[t.table]) {
			const col = t.columns.get(spec.name);
			if (col) checkValues(t, spec, col, problems);
		}
		checkIinValues(t, problems);
		checkPersonalValues(t, problems);
	}
	const hhIndex = checkUnique(households, 'hh_id', problems);
	checkUnique(persons, 'person_id', problems);
	checkMembership(households, hhIndex, persons, problems);
	return notices;
}

function checkNotEmpty(t: ColumnTable, problems: Problems): void {
	if (t.rowCount === 0 && t.names.length > 0) {
		problems.add(
			t.file,
			null,
			null,
			`no rows: the file has a header but no ${t.table}.`,
			`Add the ${t.table}, one per row after the header (a dataset with none would show all figures as 0).`
		);
	}
}

function checkColumnNames(t: ColumnTable, problems: Problems, notices: Notice[]): void {
	for (const spec of COLUMNS[t.table]) {
		if (t.columns.has(spec.name)) continue;
		const near = t.names.find((n) => n.toLowerCase() === spec.name.toLowerCase());
		if (spec.required) {
			problems.add(
				t.file,
				null,
				spec.name,
				`required column "${spec.name}" is missing.`,
				near
					? `Rename column "${near}" to "${spec.name}" (names are lower case).`
					: `Add the column "${spec.name}": ${describeRule(spec)}, ${spec.meaning}.`
			);
		} else {
			notices.push({
				file: t.file,
				column: spec.name,
				message: `optional column "${spec.name}" is missing, so it is unknown: ${spec.switchesOff}.`
			});
		}
	}
	for (const name of t.names) {
		const kind = personalColumnKind(name);
		if (kind) {
			problems.add(
				t.file,
				null,
				name,
				`the column name suggests personal data (${kind}).`,
				'Remove the column: the product accepts anonymised data only (names, IIN, phones and addresses must be removed before upload).'
			);
		} else if (!COLUMNS[t.table].some((c) => c.name === name)) {
			notices.push({ file: t.file, column: name, message: `column "${name}" is not in the contract: kept, but not used by the rules.` });
		}
	}
}

function checkValues(t: ColumnTable, spec: ColumnSpec, col: Column, problems: Problems): void {
	const fillHint = `Fill in ${describeRule(spec)} (${spec.meaning}); the column is required, so a cell cannot be empty.`;
	if (!('valid' in col)) {
		const allowed = spec.values ? new Set(spec.values) : null;
		for (let i = 0; i < col.values.length; i++) {
			const v = col.values[i];
			if (v === null) {
				if (spec.required) problems.add(t.file, i + 1, spec.name, 'value missing in a required column.', fillHint);
			} else if (allowed && !allowed.has(v)) {
				problems.add(t.file, i + 1, spec.name, ...enumProblem(spec, v));
			}
		}
		return;
	}
	for (let i = 0; i < col.values.length; i++) {
		const state = col.valid[i];
		if (state === 0) {
			if (spec.required) problems.add(t.file, i + 1, spec.name, 'value missing in a required column.', fillHint);
		} else if (state === 1 && spec.type !== 'boolean' && !inRange(spec, col.values[i])) {
			if (spec.name === 'weight' && col.values[i] <= 0) {
				problems.add(
					t.file,
					i + 1,
					spec.name,
					`weight must be > 0, got ${col.values[i]}.`,
					'Every record must stand for a positive number of households: fix the weight, or drop the record.'
				);
			} else {
				problems.add(
					t.file,
					i + 1,
					spec.name,
					`value out of range: ${col.values[i]} is not ${describeRule(spec)}.`,
					`Correct the value to ${describeRule(spec)} (${spec.meaning}), or leave it empty if unknown${spec.required ? ' (not allowed here: the column is required)' : ''}.`
				);
			}
		}
	}
}

function enumProblem(spec: ColumnSpec, v: string): [string, string] {
	if (spec.name === 'region') {
		return [
			`unknown region ${showValue(v)}. Valid codes: ${REGION_CODES.join(', ')}.`,
			'Use one of the 20 region codes exactly as written (lower case, with underscores).'
		];
	}
	return [`${showValue(v)} is not one of ${spec.values!.join(', ')}.`, `Write one of ${spec.values!.join(', ')} (lower case).`];
}

function checkPersonalValues(t: ColumnTable, problems: Problems): void {
	for (const [name, col] of t.columns) {
		if (personalColumnKind(name)) continue;
		const found = personalValues(col);
		if (!found) continue;
		problems.add(
			t.file,
			found.row,
			name,
			`the values look like personal data (${found.kind}): ${found.matches} of the ${found.checked} values checked, the first in this row.`,
			'Remove the column, or replace its values with anonymous codes before upload; the product accepts anonymised data only.'
		);
	}
}

function checkIinValues(t: ColumnTable, problems: Problems): void {
	for (const [name, col] of t.columns) {
		if (col.type !== 'string') continue;
		for (let i = 0; i < col.values.length; i++) {
			const v = col.values[i];
			if (v !== null && looksLikeIin(v)) {
				problems.add(
					t.file,
					i + 1,
					name,
					'the value looks like an IIN (12 digits, perhaps in groups, starting with a birth date).',
					'Replace personal identity numbers with anonymous ids before upload; the product accepts anonymised data only.'
				);
			}
		}
	}
}

/** The id index of column `name`, after reporting every repeated id; null when the column is absent or not text. */
function checkUnique(t: ColumnTable, name: string, problems: Problems): IdIndex | null {
	const col = t.columns.get(name);
	if (!col || 'valid' in col) return null;
	const index = new IdIndex(col.values);
	for (const { row, first } of index.repeats) {
		problems.add(
			t.file,
			row + 1,
			name,
			`duplicate ${name} ${showValue(col.values[row])} (first seen in row ${first + 1}).`,
			`Give every record its own ${name}; ids must be unique within the file.`
		);
	}
	return index;
}

function checkMembership(households: ColumnTable, hhIndex: IdIndex | null, persons: ColumnTable, problems: Problems): void {
	const hhIds = households.columns.get('hh_id');
	const personHh = persons.columns.get('hh_id');
	if (!hhIndex || !hhIds || 'valid' in hhIds || !personHh || 'valid' in personHh) return;
	// A table with no rows is refused once; listing every row of the other one as unmatched would bury that.
	if (households.rowCount === 0 || persons.rowCount === 0) return;
	// Members are counted on the row where each household id first appears.
	const members = new Uint32Array(hhIds.values.length);
	for (let i = 0; i < personHh.values.length; i++) {
		const id = personHh.values[i];
		if (id === null) continue;
		const row = hhIndex.get(id);
		if (row === undefined) {
			problems.add(
				persons.file,
				i + 1,
				'hh_id',
				`household ${showValue(id)} is not in ${households.file}.`,
				`Add household ${showValue(id)} to ${households.file}, or correct this person's hh_id.`
			);
		} else members[row]++;
	}
	for (let i = 0; i < hhIds.values.length; i++) {
		const id = hhIds.values[i];
		if (members[i] === 0 && id !== null && members[hhIndex.get(id)!] === 0) {
			problems.add(
				households.file,
				i + 1,
				'hh_id',
				`household ${showValue(id)} has no persons in ${persons.file}.`,
				`Add the members of household ${showValue(id)} to ${persons.file}, or drop the household.`
			);
		}
	}
}
