// Which parameters the prefix index answers for without touching rows ("fast"), and the key of everything else.
//
// Which are fast is derived from the rule expressions (param-roles.ts): a parameter read only where the index computes
// it as it answers (the poverty line's shares, ПМ and official medians, the child supplement's rate, the conditional
// share, the turnover, the МРП of local amounts). Everything else is "structure" and needs a new extract, and so is a
// fast parameter that a live rule reads elsewhere: МРП while the deposit test is on (its limit is in МРП), each region's
// ПМ while loans refuse by amount (the limit is in regional ПМ). Structure also holds the baseline the take-up and the
// card's rates are learnt under (in either take-up mode). While the spending test is on there is no fast path at all
// (`fastPathRefusal`): it compares spending with the line, so eligibility is no longer one threshold.
import type { ParamValue, ParamValues } from '../rules/parameter';
import { paramValue } from '../rules/expr';
import { fastParamsOf } from './param-roles';

// Deriving takes about a millisecond; a slider move changes fast parameters only, so a recent derivation whose
// structural values all hold still answers (the derivation never reads a fast parameter's value).
const derived = new WeakMap<ParamValues, ReadonlySet<string>>();
const recent: { fast: ReadonlySet<string>; fixed: [string, ParamValue][] }[] = [];

function fastSetOf(params: ParamValues): ReadonlySet<string> {
	let fast = derived.get(params);
	if (fast) return fast;
	fast = recent.find((r) => holds(r, params))?.fast;
	if (!fast) {
		const f = fastParamsOf(params);
		recent.unshift({
			fast: f,
			fixed: Object.keys(params)
				.filter((p) => !f.has(p))
				.map((p) => [p, params[p]])
		});
		recent.length = Math.min(recent.length, 8);
		fast = f;
	}
	derived.set(params, fast);
	return fast;
}

function holds(r: (typeof recent)[number], params: ParamValues): boolean {
	if (Object.keys(params).length !== r.fixed.length + r.fast.size) return false;
	for (const p of r.fast) if (!(p in params)) return false;
	return sameEntries(r.fixed, params);
}

/** True when `path` is a parameter the index answers for under `params` (see param-roles.ts). */
export function isFastParam(path: string, params: ParamValues): boolean {
	return fastSetOf(params).has(path);
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
	return {
		own,
		learntUnder: Object.keys(baseline)
			.sort()
			.map((p) => [p, baseline[p]])
	};
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
