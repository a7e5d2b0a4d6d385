// What the figures on screen are: the dataset (and whether it is synthetic), the law's year, the take-up assumption
// behind every "expected" figure, and the scope (the nation or a focused region).
import type { RegionCode } from '$lib/data/regions';
import type { Manifest } from '$lib/data/schema';
import type { ParamValues } from '$lib/rules/parameter';
import { syntheticOf, type Translate } from '$lib/charts/export-context';

/** The facts a deputy needs to quote a figure: dataset, synthetic or not, year, take-up assumption and scope. */
export type FiguresIdentity = {
	dataset: string;
	/** True / false as the dataset's manifest says, null when it does not say. */
	synthetic: boolean | null;
	year: number;
	/** `takeup.mode`: `full` or `observed`. */
	takeup: string;
	/** `tsa.conditional.compliance_share`: the share of conditional-help families expected to keep the social contract. */
	compliance: number;
	region: RegionCode | null;
};

/** The identity of the figures computed on `dataset` under `scenario`, national or for `region`. */
export function figuresIdentity(
	dataset: { name: string; report: { manifest: Manifest | null } },
	scenario: { year: number; params: ParamValues },
	region: RegionCode | null
): FiguresIdentity {
	return {
		dataset: dataset.name,
		synthetic: syntheticOf(dataset.report.manifest),
		year: scenario.year,
		...assumptionOf(scenario.params),
		region
	};
}

/** The take-up mode and compliance share `params` assume for the contract's `expected_*` figures. */
export function assumptionOf(params: ParamValues): Pick<FiguresIdentity, 'takeup' | 'compliance'> {
	const compliance = params['tsa.conditional.compliance_share'];
	return { takeup: String(params['takeup.mode'] ?? 'full'), compliance: typeof compliance === 'number' ? compliance : 1 };
}

/** The assumption behind the contract's `expected_*` figures, in words: who applies and who keeps the social contract. */
export function expectedAssumption(
	id: Pick<FiguresIdentity, 'takeup' | 'compliance'>,
	t: Translate,
	percent: (share: number) => string
): string {
	const takeup = id.takeup === 'observed' ? t('identity.takeup.observed') : t('identity.takeup.full');
	return t('identity.expected', { takeup, compliance: percent(id.compliance) });
}
