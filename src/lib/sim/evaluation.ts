// The per-household evaluation of a scenario as one SQL query: other views (charts) aggregate it as they like.
import type { ParamValues } from '../rules/parameter';
import { toSql, type Expr } from '../rules/expr';
import { eligible, tsaAmount } from '../rules/tsa/amount';
import { childSupplement, supplementedChildren } from '../rules/tsa/child-supplement';
import { complianceFactor, unconditional } from '../rules/tsa/conditionality';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { povertyLine, regionalPm } from '../rules/tsa/poverty-line';
import { localAnnual, localEligible } from '../rules/local/total';
import { quoteIdent } from '../sql/quote';
import { hhWithMedianSql } from './median';
import { takeupSql } from './takeup';

/** The computed columns of the evaluation, each from one rule. */
export const EVALUATION_COLUMNS: Readonly<Record<string, Expr>> = {
	pc_income: perCapitaIncome.expr,
	pm_regional: regionalPm.expr,
	poverty_line: povertyLine.expr,
	eligible: eligible.expr,
	tsa_amount: tsaAmount.expr,
	supplemented_children: supplementedChildren.expr,
	child_supplement: childSupplement.expr,
	unconditional: unconditional.expr,
	compliance_factor: complianceFactor.expr,
	local_annual: localAnnual.expr,
	local_eligible: localEligible.expr
};

/** Options of an evaluation: the baseline (for observed take-up) and whether take-up is observed. */
export interface EvaluationOptions {
	baseline: ParamValues;
	observedTakeup: boolean;
}

/**
 * SELECT with one row per household: hh_id, region, settlement, weight, size, consumption_monthly, notified,
 * applied, median_pc_income, every EVALUATION_COLUMNS entry, and takeup_rate.
 */
export function evaluationSql(params: ParamValues, options: EvaluationOptions): string {
	const computed = Object.entries(EVALUATION_COLUMNS).map(([name, e]) => `${toSql(e, params, 'hh.')} AS ${quoteIdent(name)}`);
	return `SELECT hh.hh_id, hh.region, hh.settlement, hh.weight, hh.size, hh.consumption_monthly, hh.notified, hh.applied,
	hh.median_pc_income, ${computed.join(',\n\t')}, coalesce(tu.takeup_rate, 1.0) AS takeup_rate
FROM ${hhWithMedianSql(params)} hh
	LEFT JOIN (${takeupSql(params, options.baseline, options.observedTakeup)}) tu
	ON tu.region = hh.region AND tu.settlement = hh.settlement`;
}
