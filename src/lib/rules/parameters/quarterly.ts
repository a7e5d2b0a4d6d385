// Quarterly values from yearly published figures: TSA is assigned each quarter on the previous quarter's income and ПМ.
import type { DatedValue, Status } from '../parameter';

/** A published figure and the day it describes (the middle of its month or quarter). */
export interface Observation {
	at: string;
	value: number;
	status?: Status;
	label: string;
}

/** The first day of every quarter from `first` to `last` year. */
export function quarterDays(first: number, last: number): string[] {
	const days: string[] = [];
	for (let y = first; y <= last; y++) for (const m of ['01', '04', '07', '10']) days.push(`${y}-${m}-01`);
	return days;
}

/** The middle of the quarter before the one starting on `day` (e.g. 2025-07-01 → 2025-05-15). */
export function previousQuarterMiddle(day: string): string {
	const [y, m] = day.split('-').map(Number);
	const month = m - 2; // the quarter before starts 3 months earlier; its middle is 1.5 months in
	const date = new Date(Date.UTC(y, month - 1, 15));
	return date.toISOString().slice(0, 10);
}

/**
 * One dated value per quarter from `first` to `last` year: the figure of the previous quarter's middle, interpolated
 * linearly between the observations around it (before the first and after the last: that figure). Rounded to the tenge.
 */
export function quarterlyValues(observations: readonly Observation[], first: number, last: number): DatedValue[] {
	// ISO dates sort as text; localeCompare would start the browser's collator, 80 ms at a cold start.
	const points = [...observations].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	return quarterDays(first, last).map((from): DatedValue => {
		const at = previousQuarterMiddle(from);
		const after = points.findIndex((p) => p.at >= at);
		if (after === 0 || (after >= 0 && points[after].at === at)) return exact(from, points[after]);
		if (after < 0)
			return { ...exact(from, points[points.length - 1]), note: `${points[points.length - 1].label}: the latest figure found` };
		const a = points[after - 1];
		const b = points[after];
		const t = (days(at) - days(a.at)) / (days(b.at) - days(a.at));
		const status = a.status === 'assumption' || b.status === 'assumption' ? { status: 'assumption' as const } : {};
		return {
			from,
			value: Math.round(a.value + t * (b.value - a.value)),
			...status,
			note: `interpolated for ${at} between ${a.label} and ${b.label}`
		};
	});
}

function exact(from: string, p: Observation): DatedValue {
	return { from, value: p.value, ...(p.status ? { status: p.status } : {}), note: p.label };
}

function days(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}
