// The per-household evaluation of a scenario as one SQL query: other views (charts) aggregate it as they like.
import type { ParamValues } from '../rules/parameter';
import { toSql, type Expr } from '../rules/expr';
import { eligible, tsaAmount } from '../rules/tsa/amount';
import { childSupplement, supplementedChildren } from '../rules/tsa/child-supplement';
import { complianceFactor, unconditional } from '../rules/tsa/conditionality';
import { assignedPerStanding } from '../rules/tsa/caseload';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { povertyLine, regionalPm } from '../rules/tsa/poverty-line';
import { incomeTest } from '../rules/tsa/income-test';
import { dwellingTest, depositTest, landTest, loanTest, spendingTest, vehicleTest } from '../rules/tsa/assets';
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
	assigned_per_standing: assignedPerStanding.expr,
	local_annual: localAnnual.expr,
	local_eligible: localEligible.expr,
	// Each test's verdict on its own, so views can say which tests exclude whom (alone and in overlap).
	income_test: incomeTest.expr,
	loan_test: loanTest.expr,
	vehicle_test: vehicleTest.expr,
	dwelling_test: dwellingTest.expr,
	land_test: landTest.expr,
	deposit_test: depositTest.expr,
	spending_test: spendingTest.expr
};

/** Options of an evaluation: the baseline (for observed take-up) and whether take-up is observed. */
export interface EvaluationOptions {
	baseline: ParamValues;
	observedTakeup: boolean;
	/** Tables already holding the medians (`medianSql`) and take-up rates (`takeupSql`); computed inline when absent. */
	sources?: { medians: string; takeup: string };
}

/**
 * SELECT with one row per household: hh_id, region, settlement, weight, size, consumption_monthly, notified,
 * applied, median_pc_income, every EVALUATION_COLUMNS entry, and takeup_rate.
 */
export function evaluationSql(params: ParamValues, options: EvaluationOptions): string {
	const computed = Object.entries(EVALUATION_COLUMNS).map(([name, e]) => `${toSql(e, params, 'hh.')} AS ${quoteIdent(name)}`);
	return `SELECT hh.hh_id, hh.region, hh.settlement, hh.weight, hh.size, hh.consumption_monthly, hh.notified, hh.applied,
	hh.median_pc_income, ${computed.join(',\n\t')}, coalesce(tu.takeup_rate, 1.0) AS takeup_rate
FROM ${hhWithMedianSql(params, options.sources?.medians)} hh
	LEFT JOIN ${options.sources?.takeup ?? `(${takeupSql(params, options.baseline, options.observedTakeup)})`} tu
	ON tu.region = hh.region AND tu.settlement = hh.settlement`;
}
