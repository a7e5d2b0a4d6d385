// A rule is a small declared unit over household columns: one concept, one expression, its clause.
import type { Expr, ValueType } from '../expr';
import type { Status } from '../parameter';

/** The clause a rule rests on, its address, and how sure we are that we read it right. */
export interface Citation {
	clause: string;
	href: string;
	status: Status;
}

/** Unit of a rule's value. */
export type RuleUnit = 'kzt_per_month' | 'kzt_per_quarter' | 'kzt_per_year' | 'bool' | 'count' | 'share';

/** One rule: what it computes, for which entity, in what unit, under which clause, and how. */
export interface Rule<T extends ValueType = ValueType> {
	path: string;
	label: string;
	entity: 'household';
	unit: RuleUnit;
	reference: Citation;
	expr: Expr<T>;
}

/** Declares a rule (identity; gives the literal its type). */
export function rule<T extends ValueType>(r: Rule<T>): Rule<T> {
	return r;
}
