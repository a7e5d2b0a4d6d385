// A parameter is data with its pedigree (OpenFisca / PolicyEngine style): dated values, references, status.

/** A resolved parameter value; `null` means "no test" or "repealed". */
export type ParamValue = number | boolean | string | null;

/** A resolved parameter set, keyed by dotted path (`tsa.poverty_line.pm_share`). */
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** How sure we are of a value: quoted from a legal text, from secondary sources, or chosen by us. */
export type Status = 'exact' | 'approximate' | 'assumption';

/** Unit of a parameter's value. */
export type Unit = 'kzt_per_month' | 'kzt' | 'mrp' | 'share' | 'multiple_of_pm' | 'count' | 'years' | 'bool' | 'enum';

/** The kind of value a parameter holds; `min`/`max` are the hard bounds a scenario may not leave. */
export type ValueKind =
	| { type: 'number'; nullable: boolean; min: number; max: number }
	| { type: 'integer'; nullable: boolean; min: number; max: number }
	| { type: 'boolean'; nullable: false }
	| { type: 'enum'; nullable: false; options: readonly string[] };

/** A source, down to the clause where one is known. */
export interface Reference {
	title: string;
	href: string;
}

/** A value and the date it takes effect; a later entry replaces it, a dated `null` repeals it. */
export interface DatedValue {
	from: string;
	value: ParamValue;
	/** Status of this entry when it differs from the parameter's headline status. */
	status?: Status;
	note?: string;
}

/** Labels in the three languages of the UI. */
export interface Label {
	en: string;
	ru: string;
	kk: string;
}

/** One parameter of the rulebook with its history and pedigree. */
export interface Parameter {
	path: string;
	label: Label;
	description: string;
	unit: Unit;
	kind: ValueKind;
	values: readonly DatedValue[];
	references: readonly Reference[];
	status: Status;
	/** Slider range and step for the UI (narrower than the hard bounds of `kind`). */
	range?: { min: number; max: number };
	step?: number;
	/** Where a nullable test starts when a user switches it on (the law's value is null): a value and why. */
	switchOn?: { value: number; note: string };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The entry in effect on `date` (YYYY-MM-DD), or undefined when the parameter did not exist yet. */
export function entryAt(param: Parameter, date: string): DatedValue | undefined {
	if (!ISO_DATE.test(date)) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
	let found: DatedValue | undefined;
	for (const entry of param.values) if (entry.from <= date && (!found || entry.from >= found.from)) found = entry;
	return found;
}

/** The value in effect on `date`; throws when the parameter has no value yet on that date. */
export function valueAt(param: Parameter, date: string): ParamValue {
	const entry = entryAt(param, date);
	if (!entry) throw new Error(`Parameter ${param.path} has no value on ${date}`);
	return entry.value;
}

/** Why `value` does not fit the parameter's kind and bounds, or null when it fits. */
export function valueProblem(param: Parameter, value: unknown): string | null {
	const kind = param.kind;
	if (value === null) return kind.nullable ? null : `${param.path} cannot be null`;
	switch (kind.type) {
		case 'boolean':
			return typeof value === 'boolean' ? null : `${param.path} must be true or false, got ${describe(value)}`;
		case 'enum':
			return typeof value === 'string' && kind.options.includes(value)
				? null
				: `${param.path} must be one of ${kind.options.join(', ')}, got ${describe(value)}`;
		case 'number':
		case 'integer': {
			const what = kind.type === 'integer' ? 'an integer' : 'a number';
			const orNull = kind.nullable ? ' or null' : '';
			if (typeof value !== 'number') return `${param.path} must be ${what}${orNull}, got ${describe(value)}`;
			if (!Number.isFinite(value)) return `${param.path} must be a finite number, got ${value}`;
			if (kind.type === 'integer' && !Number.isInteger(value)) return `${param.path} must be an integer, got ${value}`;
			if (value < kind.min || value > kind.max) return `${param.path} must be between ${kind.min} and ${kind.max}, got ${value}`;
			return null;
		}
	}
}

function describe(value: unknown): string {
	if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : String(value);
}
