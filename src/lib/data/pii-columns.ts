// Personal data revealed by a column's values rather than its name; the heuristics are documented in pii.ts.
import type { Column } from './columns';
import { dateYear, looksLikeIinWithoutZero, looksLikePersonName, looksLikePhone, numberLooksLikeIin, numberLooksLikePhone } from './pii';

/** Personal data found in a column: what it looks like, the first row (1-based) and how many of the values checked. */
export interface PersonalValues {
	kind: string;
	row: number;
	matches: number;
	checked: number;
}

/** Values judged per column; a larger column is judged on this many evenly spaced values (a share is what counts). */
const SAMPLE = 10_000;
/** Share of the non-empty values that must look alike for identifiers (IINs, phone numbers). */
const ID_SHARE = 0.2;
/** Share of the non-empty values that must look alike for names and dates, commoner in harmless text. */
const TEXT_SHARE = 0.5;

/** The personal data a column's values reveal (IINs without their leading zero, phones, names, dates of birth), or null. */
export function personalValues(col: Column): PersonalValues | null {
	if (col.type === 'number') return numberFindings(col.values, col.valid);
	if (col.type === 'string') return textFindings(col.values);
	return null;
}

function numberFindings(values: Float64Array, valid: Uint8Array): PersonalValues | null {
	const iin = new Tally('IINs: 11- or 12-digit numbers that start with a birth date');
	const phone = new Tally('phone numbers');
	let checked = 0;
	const step = Math.max(1, values.length / SAMPLE);
	for (let k = 0; k < values.length; k += step) {
		const i = Math.floor(k);
		if (valid[i] !== 1) continue;
		checked++;
		const v = values[i];
		if (v < 1e10) continue;
		if (numberLooksLikeIin(v)) iin.add(i);
		else if (numberLooksLikePhone(v)) phone.add(i);
	}
	return first([iin, phone], checked, ID_SHARE);
}

function textFindings(values: (string | null)[]): PersonalValues | null {
	const iin = new Tally('IINs that lost their leading zero (11 digits starting with a birth date)');
	const phone = new Tally('phone numbers');
	const name = new Tally("persons' names");
	const date = new Tally('dates of birth');
	const names = new Set<string>();
	const years: number[] = [];
	let checked = 0;
	const step = Math.max(1, values.length / SAMPLE);
	for (let k = 0; k < values.length; k += step) {
		const i = Math.floor(k);
		const v = values[i];
		if (v === null) continue;
		checked++;
		if (looksLikeIinWithoutZero(v)) iin.add(i);
		else if (looksLikePhone(v)) phone.add(i);
		else if (looksLikePersonName(v)) {
			name.add(i);
			names.add(v);
		} else {
			const y = dateYear(v);
			if (y !== null) {
				date.add(i);
				years.push(y);
			}
		}
	}
	// Names of persons are mostly distinct; the same two words over and over are a place, a programme, a product.
	const texts = [...(names.size * 2 >= name.matches ? [name] : []), ...(spreadLikeBirthYears(years) ? [date] : [])];
	return first([iin, phone], checked, ID_SHARE) ?? first(texts, checked, TEXT_SHARE);
}

/** True for the years of dates of birth: spread over five or more years, or mostly 14 or more years ago. */
function spreadLikeBirthYears(years: number[]): boolean {
	if (new Set(years).size >= 5) return true;
	const old = new Date().getFullYear() - 14;
	return years.filter((y) => y <= old).length * 2 > years.length;
}

class Tally {
	matches = 0;
	row = 0;

	constructor(readonly kind: string) {}

	add(index: number): void {
		if (this.matches++ === 0) this.row = index + 1;
	}
}

function first(tallies: Tally[], checked: number, share: number): PersonalValues | null {
	const found = tallies.find((t) => t.matches > 0 && t.matches >= share * checked);
	return found ? { kind: found.kind, row: found.row, matches: found.matches, checked } : null;
}
