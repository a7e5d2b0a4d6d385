// One household, step by step: every figure comes from `evaluate` on the same rule definitions the SQL uses.
import { evaluate, type FeatureRow } from './expr';
import type { ParamValue, ParamValues, Status } from './parameter';
import { eligible, tsaAmount } from './tsa/amount';
import { ASSET_TESTS, loanJudgedByAmount, loanLimitPerMember, loansPerMember, loanTest } from './tsa/assets';
import { childSupplement, supplementedChildren } from './tsa/child-supplement';
import { complianceFactor, monthsPaidIfBroken, unconditional } from './tsa/conditionality';
import { countedIncome, perCapitaIncome } from './tsa/counted-income';
import { incomeTest } from './tsa/income-test';
import { medianIsOfficial, medianTerm, MEDIAN_COLUMN, officialMedian, pmTerm, povertyLine, regionalPm } from './tsa/poverty-line';
import type { Rule } from './tsa/rule';
import { explainLocal } from './local/explain';
import { stepsOf, type ExplanationStep } from './explain-step';
import { EXPLAIN_PHRASES, type ExplainLanguage, type LoanFacts } from './explain-phrases';
import { formatDecimal } from '../i18n/number-format';

/** Scenario context a single household needs: the dataset's median per-capita income (read when `median_source` is dataset). */
export interface ExplainContext {
	median_pc_income: number | null;
}

export type { ExplanationStep } from './explain-step';

/** Formats tenge with spaces between thousands and no or two decimals in `language`'s mark: "42 000 ₸", "26 906,83 ₸" in ru/kk. */
export function formatKzt(x: ParamValue, language: ExplainLanguage = 'en'): string {
	if (typeof x !== 'number') return EXPLAIN_PHRASES[language].unknown;
	return `${formatDecimal(x, language, 2, true)} ₸`;
}

/** A step's value as the trace shows it in `language`: a number in its decimal mark, yes / no, or "unknown". */
export function traceValue(value: ParamValue, language: ExplainLanguage = 'en'): string {
	const say = EXPLAIN_PHRASES[language];
	if (typeof value === 'number') return formatDecimal(value, language, 2);
	if (typeof value === 'boolean') return value ? say.yes : say.no;
	return value === null ? say.unknown : value;
}

/** A reference's status (exact / approximate / assumption) in `language`. */
export function traceStatus(status: string, language: ExplainLanguage = 'en'): string {
	return EXPLAIN_PHRASES[language].status[status as Status] ?? status;
}

/** The row an explanation evaluates: the household's features and the median its line uses (official or `context`'s). */
export function rowForExplanation(featuresRow: FeatureRow, params: ParamValues, context: ExplainContext): FeatureRow {
	const region = typeof featuresRow.region === 'string' ? featuresRow.region : null;
	const median = medianIsOfficial(params) ? officialMedian(params, region) : context.median_pc_income;
	return { ...featuresRow, [MEDIAN_COLUMN]: median };
}

/** Explains TSA and local assistance for one `hh` row under `params`, in `language` (English by default). */
export function explainHousehold(
	featuresRow: FeatureRow,
	params: ParamValues,
	context: ExplainContext,
	language: ExplainLanguage = 'en'
): ExplanationStep[] {
	const say = EXPLAIN_PHRASES[language];
	const kzt = (x: ParamValue) => formatKzt(x, language);
	const num = (x: ParamValue) => traceValue(x, language);
	const pct = (x: ParamValue) => `${formatDecimal(Number(x) * 100, language, 1)} %`;
	const row = rowForExplanation(featuresRow, params, context);
	const median = row[MEDIAN_COLUMN];
	const v = (r: Rule) => evaluate(r.expr, row, params);
	const step = stepsOf(row, params, say);
	const size = num(row.size);
	const pci = kzt(v(perCapitaIncome));
	const line = kzt(v(povertyLine));
	const income = kzt(v(countedIncome));
	const pmShare = pct(params['tsa.poverty_line.pm_share']);
	const pm = kzt(v(regionalPm));
	const isEligible = v(eligible) === true;
	const isUnconditional = v(unconditional) === true;
	const loanFacts = (): LoanFacts => ({
		pass: v(loanTest) === true,
		basis:
			params['tsa.assets.non_mortgage_loan_excludes'] !== true
				? 'off'
				: evaluate(loanJudgedByAmount, row, params) === true
					? 'amount'
					: 'any',
		amountUnknown: params['tsa.assets.loan_limit_pm_per_member_quarter'] !== null && row.loans_received_quarter_kzt === null,
		hasLoan: row.non_mortgage_loan === true,
		received: kzt(row.loans_received_quarter_kzt),
		size,
		perMember: kzt(v(loansPerMember)),
		multiple: num(params['tsa.assets.loan_limit_pm_per_member_quarter']),
		pm,
		limit: kzt(v(loanLimitPerMember))
	});
	const keep = Number(params['tsa.conditional.compliance_share']);
	const contract = () => ({
		keep: pct(keep),
		others: pct(1 - keep),
		months: num(v(monthsPaidIfBroken)),
		before: num(params['tsa.conditional.months_before_break']),
		refusal: num(params['tsa.conditional.refusal_months'])
	});
	const steps: ExplanationStep[] = [
		step(countedIncome, say.counted(income)),
		step(perCapitaIncome, say.perCapita(pci, income, size)),
		step(
			povertyLine,
			say.line(line, pmShare, pm, kzt(v(pmTerm)), pct(params['tsa.poverty_line.median_share']), kzt(median), kzt(v(medianTerm)))
		),
		step(incomeTest, say.incomeTest(pci, v(incomeTest) === true, line, pmShare, pm)),
		...ASSET_TESTS.map((t) => {
			const label = say.labels[t.path] ?? t.label;
			return step(t, t === loanTest ? say.loan(label, loanFacts()) : say.test(label, v(t) === true));
		}),
		step(eligible, say.eligible(isEligible)),
		step(tsaAmount, say.amount(isEligible, line, pci, size, kzt(v(tsaAmount)))),
		step(
			childSupplement,
			say.supplement(
				num(v(supplementedChildren)),
				num(params['tsa.child_supplement.min_age']),
				num(params['tsa.child_supplement.max_age']),
				num(params['tsa.child_supplement.mrp_per_child']),
				kzt(params['indices.mrp']),
				kzt(v(childSupplement))
			)
		),
		step(unconditional, say.conditionality(isUnconditional, num(row.able_bodied))),
		step(complianceFactor, say.compliance(pct(v(complianceFactor)), isUnconditional ? null : contract()))
	];
	steps.push(...explainLocal(row, params, language, kzt));
	return steps;
}
