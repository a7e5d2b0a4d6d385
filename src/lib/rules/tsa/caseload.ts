// Families assigned at any time in a year per family of the standing caseload (TSA is assigned quarter by quarter).
import { add, lit, param } from '../expr';
import { rule, type Citation } from './rule';

const MINISTRY_COUNTS: Citation = {
	clause: 'Ministry counts of families by year and on given dates (2023, 2024), via news: see tsa.caseload.turnover',
	href: 'https://kapital.kz/gosudarstvo/124597/v-kazakhstane-iz-sostoyaniya-bednosti-vyshli-58-tysyach-semey-poluchavshikh-asp.html',
	status: 'approximate'
};

/** 1 + turnover: families assigned in the year per family receiving TSA at one date. */
export const assignedPerStanding = rule({
	path: 'tsa.caseload.assigned_per_standing',
	label: 'families assigned in the year per family at one date',
	entity: 'household',
	unit: 'share',
	reference: MINISTRY_COUNTS,
	expr: add(lit(1), param('tsa.caseload.turnover'))
});
