// How the report and the compare page write a parameter's value, unit, status and section in the current language.
import { i18n } from '$lib/i18n/i18n.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { isRegionCode } from '$lib/data/regions';
import type { Parameter, ParamValue, Status } from '$lib/rules/parameter';
import { formatValue } from '../controls/param-values';

/** A value with its unit, as the dashboard's controls write it. */
export function valueText(param: Parameter, value: ParamValue): string {
	const words = { yes: i18n.t('report.yes'), no: i18n.t('report.no'), none: i18n.t('report.none'), perMonth: i18n.t('report.per_month') };
	return formatValue(param, value, i18n, words);
}

/** The unit's name. */
export function unitText(param: Parameter): string {
	return i18n.t(`report.unit.${param.unit}` as MessageKey);
}

/** A status's name. */
export function statusText(status: Status | 'scenario'): string {
	return i18n.t(`status.${status}` as MessageKey);
}

/** A parameter's label in the current language. */
export function labelText(param: Parameter): string {
	return param.label[i18n.locale];
}

/** A section's title: a part of the rulebook, or one region's local rules. */
export function sectionTitle(id: string): string {
	const region = id.startsWith('local.') ? id.slice('local.'.length) : null;
	if (region && isRegionCode(region)) return i18n.t('report.section.local', { region: i18n.region(region) });
	return i18n.t(`report.section.${id}` as MessageKey);
}
