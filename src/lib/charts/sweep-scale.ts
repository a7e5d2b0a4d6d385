// The domains of a sweep's chart: around the scenario (the default, so that the scenario's point and the budget
// line can be read when the full sweep runs to trillions), the full range, or the full range on a log axis.
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

/** How the chart is scaled: around the scenario, the full range (linear) or the full range on a log y axis. */
export type ScaleMode = 'zoom' | 'linear' | 'log';

/** The modes in the order the toggle offers them; the first is the default. */
export const SCALE_MODES: readonly ScaleMode[] = ['zoom', 'linear', 'log'];

/** A point of the curve in chart units; `at` is the swept value (the poverty line's share), `x` when absent. */
export type DomainPoint = { x: number; y: number; at?: number };

/** What the zoom keeps in view: half the width of the window of swept values, and a range kept whole when near. */
export type ZoomOptions = { halfWidth?: number; focus?: readonly [number, number]; xFromZero?: boolean };

/** The chart's domains; `floor` is the log axis' lowest value (values at or below it are drawn on it). */
export type SweepDomain = {
	x: [number, number];
	y: [number, number];
	scale: 'linear' | 'log';
	/** The window of swept values drawn (the whole sweep outside zoom). */
	at: [number, number];
	floor: number | null;
	/** True when some value (≤ 0) is drawn at the log floor. */
	clamped: boolean;
	/** True when the y axis does not start at zero (zoom on costs far from it). */
	offZero: boolean;
};

/** ±20 percentage points of ПМ around the scenario's share. */
export const ZOOM_HALF_WIDTH = 0.2;
/** The range of shares that matters for policy (60–90 % of ПМ): kept whole when the scenario is near it. */
export const ZOOM_FOCUS: readonly [number, number] = [0.6, 0.9];

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** [min, max] of `values`, or null when none is finite. */
function extent(values: readonly (number | null | undefined)[]): [number, number] | null {
	const ok = values.filter(finite);
	return ok.length === 0 ? null : [Math.min(...ok), Math.max(...ok)];
}

/** `range` widened when it has no width, so that a scale over it is defined. */
function widen([a, b]: [number, number]): [number, number] {
	if (b > a) return [a, b];
	const w = Math.abs(a) * 0.1 || 0.5;
	return [a - w, b + w];
}

/**
 * The window of swept values around `center`: ± `halfWidth`, joined with `focus` when the window meets it, clipped to
 * the swept range and widened to the nearest swept values outside it (so that the curve reaches the edges).
 */
export function zoomWindow(ats: readonly number[], center: number, halfWidth = ZOOM_HALF_WIDTH, focus = ZOOM_FOCUS): [number, number] {
	const all = extent(ats);
	if (!all) return widen([center, center]);
	if (!finite(center)) return all;
	let [a, b] = [center - halfWidth, center + halfWidth];
	if (a <= focus[1] && b >= focus[0]) [a, b] = [Math.min(a, focus[0]), Math.max(b, focus[1])];
	[a, b] = [Math.max(a, all[0]), Math.min(b, all[1])];
	if (a > b) [a, b] = center < all[0] ? [all[0], all[0]] : [all[1], all[1]];
	const eps = 1e-9;
	const below = ats.filter((v) => finite(v) && v <= a + eps);
	const above = ats.filter((v) => finite(v) && v >= b - eps);
	return [below.length ? Math.max(...below) : all[0], above.length ? Math.min(...above) : all[1]];
}

/** The highest power of ten at or below `v` (> 0). */
const decade = (v: number) => 10 ** Math.floor(Math.log10(v));

/**
 * The domains for `points` in `mode`. `current` is the scenario's point (`at` its swept value; `x` and `y` when it
 * has them), `budget` the budget line (null: none). Zoom fits x to the swept values around the scenario and y to
 * the points shown, the scenario's point and the budget; the full modes cover every point, the log one from a
 * positive floor (the power of ten at or below the smallest positive value).
 */
export function sweepDomain(
	points: readonly DomainPoint[],
	current: { at: number; x?: number | null; y?: number | null } | null,
	budget: number | null,
	mode: ScaleMode,
	options: ZoomOptions = {}
): SweepDomain {
	const ok = points.filter((p) => finite(p.x) && finite(p.y) && finite(p.at ?? p.x));
	const atOf = (p: DomainPoint) => p.at ?? p.x;
	const center = current && finite(current.at) ? current.at : null;
	const allAt = extent(ok.map(atOf)) ?? widen([center ?? 0, center ?? 0]);
	const at = mode === 'zoom' && center !== null ? zoomWindow(ok.map(atOf), center, options.halfWidth, options.focus) : allAt;
	const shown = mode === 'zoom' ? ok.filter((p) => atOf(p) >= at[0] - 1e-9 && atOf(p) <= at[1] + 1e-9) : ok;
	const extra = [current?.y, budget].filter(finite);
	const xs = [...shown.map((p) => p.x), current?.x];
	const xFull = extent(xs) ?? [0, 1];
	const x = widen(options.xFromZero && mode !== 'zoom' ? [Math.min(0, xFull[0]), xFull[1]] : xFull);
	const ys = [...shown.map((p) => p.y), ...extra];
	const [lo, hi] = extent(ys) ?? [0, 0];
	const base = { x, at, floor: null, clamped: false, offZero: false };
	if (mode === 'log') {
		const positive = ys.filter((v) => v > 0);
		const floor = positive.length ? decade(Math.min(...positive)) : 1;
		const top = positive.length ? Math.max(...positive) : 10;
		const y: [number, number] = [floor, Math.max(top, floor * 10)];
		return { ...base, y, scale: 'log', floor, clamped: ys.some((v) => v <= 0) };
	}
	const nice = (y: [number, number]) => scaleLinear().domain(widen(y)).nice().domain() as [number, number];
	if (mode === 'linear') return { ...base, y: nice([Math.min(0, lo), Math.max(0, hi)]), scale: 'linear' };
	const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
	// Zero stays in view unless it would squeeze what is shown into the top fifth of the plot.
	const fromZero = lo >= 0 && lo <= (hi + pad) * 0.8;
	const y = nice(fromZero ? [0, hi + pad] : [lo - pad, hi + pad]);
	return { ...base, y, scale: 'linear', offZero: y[0] > 0 };
}

/** The y scale of `domain` onto `range` (pixels, bottom first); a log scale clamps what lies below its floor. */
export function yScale(domain: SweepDomain, range: [number, number]): ScaleContinuousNumeric<number, number> {
	if (domain.scale === 'log') return scaleLog().domain(domain.y).range(range).clamp(true);
	return scaleLinear().domain(domain.y).range(range);
}

/** About `count` ticks for the y axis; on a log axis 1, 2, 3 and 5 times a power of ten, fewer when many. */
export function yTicks(domain: SweepDomain, count = 5): number[] {
	if (domain.scale === 'linear') return scaleLinear().domain(domain.y).ticks(count);
	const all = scaleLog().domain(domain.y).ticks();
	const mantissa = (v: number) => Math.round(v / decade(v));
	for (const keep of [[1, 2, 3, 5], [1, 2, 5], [1, 3], [1]]) {
		const ticks = all.filter((v) => keep.includes(mantissa(v)));
		if (ticks.length <= count * 1.6) return ticks;
	}
	return all.filter((v) => mantissa(v) === 1);
}

/** The fewest decimals (0 to `max`) at which `format` writes every tick as it would with `max`: none is rounded off. */
export function tickDigits(ticks: readonly number[], format: (value: number, digits: number) => string, max = 3): number {
	const exact = ticks.map((t) => format(t, max));
	for (let digits = 0; digits < max; digits++) if (ticks.every((t, i) => format(t, digits) === exact[i])) return digits;
	return max;
}
