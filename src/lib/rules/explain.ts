// One household, step by step: every figure comes from `evaluate` on the same rule definitions the SQL uses.
import { evaluate, type FeatureRow } from './expr';
import type { ParamValue, ParamValues } from './parameter';
import { eligible, tsaAmount } from './tsa/amount';
import { ASSET_TESTS } from './tsa/assets';
import { childSupplement, supplementedChildren } from './tsa/child-supplement';
import { complianceFactor, unconditional } from './tsa/conditionality';
import { countedIncome, perCapitaIncome } from './tsa/counted-income';
import { incomeTest } from './tsa/income-test';
import { medianTerm, MEDIAN_COLUMN, pmTerm, povertyLine, regionalPm } from './tsa/poverty-line';
import type { Rule } from './tsa/rule';
import { LOCAL_CATEGORIES } from './local/total';

/** Scenario context a single household needs: the median per-capita income that applies to it. */
export interface ExplainContext {
	median_pc_income: number | null;
}

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

/** Formats tenge with spaces between thousands and at most two decimals, e.g. "42 000 ₸". */
export function formatKzt(x: ParamValue): string {
	if (typeof x !== 'number') return 'unknown';
	const [int, frac] = (Math.round(x * 100) / 100).toFixed(2).split('.');
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
	return `${grouped}${frac === '00' ? '' : `.${frac}`} ₸`;
}

const pct = (x: ParamValue) => `${Math.round(Number(x) * 1000) / 10} %`;

/** Explains TSA and local assistance for one `hh` row under `params`. */
export function explainHousehold(featuresRow: FeatureRow, params: ParamValues, context: ExplainContext): ExplanationStep[] {
	const row: FeatureRow = { ...featuresRow, [MEDIAN_COLUMN]: context.median_pc_income };
	const v = (r: Rule) => evaluate(r.expr, row, params);
	const step = (r: Rule, text: string): ExplanationStep => ({
		path: r.path, label: r.label, value: v(r), text, clause: r.reference.clause, href: r.reference.href, status: r.reference.status
	});
	const size = row.size;
	const pci = v(perCapitaIncome);
	const line = v(povertyLine);
	const below = v(incomeTest) === true;
	const steps: ExplanationStep[] = [
		step(countedIncome, `counted family income ${formatKzt(v(countedIncome))} a month`),
		step(perCapitaIncome, `per-capita income ${formatKzt(pci)} (${formatKzt(v(countedIncome))} ÷ ${size} members)`),
		step(
			povertyLine,
			`poverty line ${formatKzt(line)}: the larger of ${pct(params['tsa.poverty_line.pm_share'])} of the regional ПМ ` +
				`${formatKzt(v(regionalPm))} (${formatKzt(v(pmTerm))}) and ${pct(params['tsa.poverty_line.median_share'])} of the median ` +
				`per-capita income ${formatKzt(context.median_pc_income)} (${formatKzt(v(medianTerm))})`
		),
		step(
			incomeTest,
			`per-capita income ${formatKzt(pci)} is ${below ? 'below' : 'not below'} the poverty line ${formatKzt(line)} ` +
				`(${pct(params['tsa.poverty_line.pm_share'])} of the regional ПМ ${formatKzt(v(regionalPm))}; Order No. 160 as amended by No. 473)`
		),
		...ASSET_TESTS.map((t) => step(t, `${t.label}: ${v(t) === true ? 'passes' : 'fails'}`)),
		step(eligible, v(eligible) === true ? 'eligible for TSA' : 'not eligible for TSA'),
		step(
			tsaAmount,
			v(eligible) === true
				? `amount (${formatKzt(line)} − ${formatKzt(pci)}) × ${size} = ${formatKzt(v(tsaAmount))} a month`
				: 'amount 0 ₸ (not eligible)'
		),
		step(
			childSupplement,
			`${v(supplementedChildren)} children aged ${params['tsa.child_supplement.min_age']}–${params['tsa.child_supplement.max_age']} × ` +
				`${params['tsa.child_supplement.mrp_per_child']} МРП × ${formatKzt(params['indices.mrp'])} = ${formatKzt(v(childSupplement))} a month`
		),
		step(
			unconditional,
			v(unconditional) === true
				? 'unconditional help: no able-bodied member who is not a carer, or a lone pensioner or person with disability I/II'
				: `conditional help: ${row.able_bodied} able-bodied member(s); a social contract is required`
		),
		step(complianceFactor, `expected share kept: ${pct(v(complianceFactor))}`)
	];
	for (const c of LOCAL_CATEGORIES) steps.push(step(c, `local assistance, ${c.label}: ${formatKzt(v(c))} a year`));
	return steps;
}
