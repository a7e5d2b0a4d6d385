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
interface Derivation {
	fast: ReadonlySet<string>;
	/** The non-fast parameters and their values. */
	fixed: [string, ParamValue][];
}
const derived = new WeakMap<ParamValues, Derivation>();
const recent: Derivation[] = [];

function derivationOf(params: ParamValues): Derivation {
	let d = derived.get(params) ?? recent.find((r) => holds(r, params));
	if (!d) {
		const fast = fastParamsOf(params);
		d = {
			fast,
			fixed: Object.keys(params)
				.filter((p) => !fast.has(p))
				.map((p) => [p, params[p]])
		};
		recent.unshift(d);
		recent.length = Math.min(recent.length, 8);
	}
	derived.set(params, d);
	return d;
}

function holds(r: Derivation, params: ParamValues): boolean {
	if (Object.keys(params).length !== r.fixed.length + r.fast.size) return false;
	for (const p of r.fast) if (!(p in params)) return false;
	return sameEntries(r.fixed, params);
}

/** True when `path` is a parameter the index answers for under `params` (see param-roles.ts). */
export function isFastParam(path: string, params: ParamValues): boolean {
	return derivationOf(params).fast.has(path);
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
	if (!ownIs(derivationOf(params), s)) return false;
	return s.learntUnder === null || learntUnder(s, baseline);
}

// A slider answers many times under one derivation and one baseline: each comparison with a structure is made once.
const ownChecked = new WeakMap<Derivation, WeakMap<Structure, boolean>>();
const learntChecked = new WeakMap<Structure, WeakMap<ParamValues, boolean>>();

// True when the parameters `d` derived for (its non-fast entries) are `s.own`.
function ownIs(d: Derivation, s: Structure): boolean {
	let byStructure = ownChecked.get(d);
	if (!byStructure) ownChecked.set(d, (byStructure = new WeakMap()));
	let same = byStructure.get(s);
	if (same === undefined) {
		const fixed = Object.fromEntries(d.fixed) as ParamValues;
		same = d.fixed.length === s.own.length && sameEntries(s.own, fixed);
		byStructure.set(s, same);
	}
	return same;
}

// True when `baseline` is the one `s`'s rates were learnt under.
function learntUnder(s: Structure, baseline: ParamValues): boolean {
	let byBaseline = learntChecked.get(s);
	if (!byBaseline) learntChecked.set(s, (byBaseline = new WeakMap()));
	let same = byBaseline.get(baseline);
	if (same === undefined) {
		const entries = s.learntUnder ?? [];
		same = Object.keys(baseline).length === entries.length && sameEntries(entries, baseline);
		byBaseline.set(baseline, same);
	}
	return same;
}

function sameEntries(entries: [string, ParamValue][], values: ParamValues): boolean {
	for (let i = 0; i < entries.length; i++) {
		const [p, v] = entries[i];
		const value = values[p];
		if (value !== v || (value === undefined && !(p in values))) return false;
	}
	return true;
}
