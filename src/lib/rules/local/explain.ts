// Local assistance for one household, step by step, from the same rule definitions the SQL uses.
import { stepsOf, type ExplanationStep } from '../explain-step';
import type { ExplainLanguage } from '../explain-phrases';
import { evaluate, regionPath, type FeatureRow } from '../expr';
import type { ParamValue, ParamValues } from '../parameter';
import { countedIncome } from '../tsa/counted-income';
import type { Rule } from '../tsa/rule';
import { damage } from './damage';
import { cancer, hiv, tb } from './disease';
import { LOCAL_PHRASES, type HousingState } from './explain-phrases';
import { housing, housingCosts, housingExcess, housingTest } from './housing';
import { lowIncome } from './low-income';
import { localAnnual } from './total';
import { formatDecimal } from '../../i18n/number-format';

/** The local steps of `explainHousehold`: each category, housing assistance and the year's total; `kzt` formats tenge. */
export function explainLocal(
	row: FeatureRow,
	params: ParamValues,
	language: ExplainLanguage,
	kzt: (x: ParamValue) => string
): ExplanationStep[] {
	const say = LOCAL_PHRASES[language];
	const v = (r: Rule) => evaluate(r.expr, row, params);
	const own = (field: string): ParamValue =>
		typeof row.region === 'string' ? (params[regionPath(`local.{region}.${field}`, row.region)] ?? null) : null;
	const step = stepsOf(row, params, say);
	const paid = (r: Rule) => Number(v(r)) > 0;
	const ceiling = (r: Rule) => step(r, say.ceiling(say.labels[r.path] ?? r.label, kzt(v(r)), paid(r)));

	const mrp = Number(params['indices.mrp']);
	const tbPerPayment = typeof own('tb_amount_mrp') === 'number' ? Number(own('tb_amount_mrp')) * mrp : null;
	const tbMonths = own('tb_monthly') === true ? Number(own('tb_months')) : null;

	const income = v(countedIncome);
	const share = own('housing_max_income_share');
	const allowed = typeof share === 'number' && typeof income === 'number' ? share * income : null;
	const multiple = own('housing_income_ceiling_pm_multiple');
	const incomeCeiling = typeof multiple === 'number' ? multiple * Number(params['indices.pm']) : null;
	const state: HousingState =
		own('housing_assistance') !== true ? 'off' : v(housingTest) !== true ? 'over_ceiling' : paid(housing) ? 'paid' : 'within_share';
	const norm = own('housing_norm_kzt_per_person');
	const members = Number(row.size ?? 0);
	const percent = typeof share === 'number' ? `${formatDecimal(share * 100, language, 1)} %` : kzt(null);

	return [
		ceiling(damage),
		step(tb, say.tb(Number(row.ssd_tb ?? 0), kzt(tbPerPayment), tbMonths, kzt(v(tb)), paid(tb))),
		ceiling(cancer),
		ceiling(hiv),
		ceiling(lowIncome),
		step(
			housingCosts,
			say.housingCosts(
				kzt(row.housing_costs_monthly ?? null),
				typeof norm === 'number' ? kzt(norm) : null,
				members,
				kzt(typeof norm === 'number' ? norm * members : null),
				kzt(v(housingCosts))
			)
		),
		step(housingExcess, say.housingExcess(kzt(v(housingCosts)), percent, kzt(income), kzt(allowed), kzt(v(housingExcess)))),
		step(housing, say.housing(state, kzt(v(housingExcess)), kzt(v(housing)), kzt(incomeCeiling))),
		step(localAnnual, say.total(kzt(v(localAnnual))))
	];
}
