// One step of a household's explanation: a rule's value on the row, with its label and clause in the page's language.
import { evaluate, type FeatureRow } from './expr';
import type { ParamValue, ParamValues } from './parameter';
import type { Rule } from './tsa/rule';

/** One step of the explanation: the rule, its value, a sentence with the figures, and the clause. */
export interface ExplanationStep {
	path: string;
	label: string;
	value: ParamValue;
	text: string;
	clause: string;
	href: string;
	status: string;
}

/** Labels and clause texts of one language, keyed by rule path and by the English clause. */
export interface StepPhrases {
	labels: Readonly<Record<string, string>>;
	clauses: Readonly<Record<string, string>>;
}

/** The step maker of one row: `step(rule, text)` evaluates the rule and labels it in `say`'s language. */
export function stepsOf(row: FeatureRow, params: ParamValues, say: StepPhrases) {
	return (r: Rule, text: string): ExplanationStep => ({
		path: r.path,
		label: say.labels[r.path] ?? r.label,
		value: evaluate(r.expr, row, params),
		text,
		clause: say.clauses[r.reference.clause] ?? r.reference.clause,
		href: r.reference.href,
		status: r.reference.status
	});
}
