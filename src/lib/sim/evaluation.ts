// The per-household evaluation of a scenario as one SQL query: other views (charts) aggregate it as they like.
import type { ParamValues } from '../rules/parameter';
import { type Expr } from '../rules/expr';
import { toSql } from '../sql/to-sql';
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
import type { GapData } from './gap';

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
	/** What the dataset can tell about the card's funnel (gap.ts); every figure known when absent. */
	gapData?: GapData;
	/** Tables already holding the medians (`medianSql`) and take-up rates (`takeupSql`); computed inline when absent. */
	sources?: { medians: string; takeup: string };
}

/**
 * SELECT with one row per household: hh_id, region, settlement, weight, size, consumption_monthly, notified,
 * applied, median_pc_income, every EVALUATION_COLUMNS entry, the learnt rates of `takeupSql` (takeup_rate,
 * gap_takeup_rate, notify_rate, response_rate, notify_other_rate, response_other_rate), and the household's part of
 * the card's funnel (gap.ts): `gap_notified` (its cell's notification rate, of eligible families when it is eligible,
 * else of the others) and `gap_applied` (that × the matching response rate).
 */
export function evaluationSql(params: ParamValues, options: EvaluationOptions): string {
	const computed = Object.entries(EVALUATION_COLUMNS).map(([name, e]) => `${toSql(e, params, 'hh.')} AS ${quoteIdent(name)}`);
	const rates = options.sources?.takeup ?? `(${takeupSql(params, options.baseline, options.observedTakeup, options.gapData)})`;
	return `SELECT ev.*,
	CASE WHEN ev.eligible THEN ev.notify_rate ELSE ev.notify_other_rate END AS gap_notified,
	CASE WHEN ev.eligible THEN ev.notify_rate * ev.response_rate ELSE ev.notify_other_rate * ev.response_other_rate END AS gap_applied
FROM (SELECT hh.hh_id, hh.region, hh.settlement, hh.weight, hh.size, hh.consumption_monthly, hh.notified, hh.applied,
	hh.median_pc_income, ${computed.join(',\n\t')}, coalesce(tu.takeup_rate, 1.0) AS takeup_rate,
	coalesce(tu.gap_takeup_rate, 1.0) AS gap_takeup_rate, coalesce(tu.notify_rate, 0.0) AS notify_rate,
	coalesce(tu.response_rate, 0.0) AS response_rate, coalesce(tu.notify_other_rate, 0.0) AS notify_other_rate,
	coalesce(tu.response_other_rate, 0.0) AS response_other_rate
FROM ${hhWithMedianSql(params, options.sources?.medians)} hh
	LEFT JOIN ${rates} tu
	ON tu.region = hh.region AND tu.settlement = hh.settlement) ev`;
}
