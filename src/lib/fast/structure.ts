// Which parameters the prefix index answers for without touching rows ("fast"), and the key of everything else.
//
// Fast: the poverty line's two shares, each region's ПМ, the official medians, МРП, the child supplement in МРП, the
// compliance share and the refusal after a broken contract (these scale conditional families only). Every household's
// eligibility is then `pc_income < L_r AND structural_pass`, and its amount is linear in L_r. (The official medians
// move L_r only while `median_source` is official; otherwise they are unread.)
// Everything else is "structure" and needs a new extract: counted income types, supplement and able-bodied ages,
// pension ages, the asset tests, the median's source and scope, take-up mode and cell size, the baseline take-up and
// the card's rates are learnt under (in either take-up mode: the gap is always at the learnt rates), the local rules. Some fast parameters turn into structure in some states:
// МРП while the deposit test is on (its limit is in МРП), each region's ПМ while loans refuse by amount (the limit is
// in regional ПМ: a second threshold per household), and nothing at all while the spending test is on (it
// compares spending with the line, so eligibility is no longer one threshold: `fastPathSupported` is false).
import type { ParamValue, ParamValues } from '../rules/parameter';
import { paramValue } from '../rules/expr';
import { loanAmountTestOn } from '../rules/tsa/assets';
import { OFFICIAL_MEDIAN_PREFIX } from '../rules/tsa/poverty-line';

const FAST_EXACT = new Set([
	'tsa.poverty_line.pm_share',
	'tsa.poverty_line.median_share',
	'indices.mrp',
	'tsa.child_supplement.mrp_per_child',
	'tsa.conditional.compliance_share',
	'tsa.conditional.refusal_months',
	'tsa.conditional.months_before_break'
]);
const FAST_PREFIXES = ['indices.pm_regional.', OFFICIAL_MEDIAN_PREFIX];

/** True when `path` is a parameter the index answers for (given `params`: МРП and the regional ПМ set asset limits in some states). */
export function isFastParam(path: string, params: ParamValues): boolean {
	if (path === 'indices.mrp') return paramValue(params, 'tsa.assets.max_deposits_mrp') === null;
	if (path.startsWith('indices.pm_regional.')) return !loanAmountTestOn(params);
	return FAST_EXACT.has(path) || FAST_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/** Why the fast path cannot serve `params` at all, or null when it can. */
export function fastPathRefusal(params: ParamValues): string | null {
	if (paramValue(params, 'tsa.spending.max_card_spending_line_share') !== null)
		return 'the card-spending test compares spending with the poverty line, so eligibility is not one income threshold';
	return null;
}

/** True when the prefix index can answer for `params` (see `fastPathRefusal`). */
export function fastPathSupported(params: ParamValues): boolean {
	return fastPathRefusal(params) === null;
}

/** The non-fast parameters, sorted, and the baseline take-up and the card's rates are learnt under (null: any baseline). */
export interface Structure {
	own: [string, ParamValue][];
	learntUnder: [string, ParamValue][] | null;
}

/** The structure `params` put the index in: every non-fast parameter, plus the baseline rates are learnt under. */
export function structureOf(params: ParamValues, baseline: ParamValues): Structure {
	const own = Object.keys(params)
		.filter((p) => !isFastParam(p, params))
		.sort()
		.map((p): [string, ParamValue] => [p, params[p]]);
	return { own, learntUnder: Object.keys(baseline).sort().map((p) => [p, baseline[p]]) };
}

/** `structureOf` serialised: equal keys ⇒ the same index answers both. */
export function structureKey(params: ParamValues, baseline: ParamValues): string {
	return JSON.stringify(structureOf(params, baseline));
}

/** True when `params` (and `baseline`) have structure `s`: the same test as equal keys, without serialising. */
export function inStructure(s: Structure, params: ParamValues, baseline: ParamValues): boolean {
	let own = 0;
	for (const p in params) if (!isFastParam(p, params)) own++;
	if (own !== s.own.length || !sameEntries(s.own, params)) return false;
	if (s.learntUnder === null) return true;
	return Object.keys(baseline).length === s.learntUnder.length && sameEntries(s.learntUnder, baseline);
}

function sameEntries(entries: [string, ParamValue][], values: ParamValues): boolean {
	for (const [p, v] of entries) if (values[p] !== v || !(p in values)) return false;
	return true;
}
