import type { RuleCase } from './case';
import { childCases } from './tsa-children';
import { assetCases } from './tsa-assets';
import { conditionalityCases } from './tsa-conditionality';
import { incomeCases } from './tsa-income';
import { loanCases } from './tsa-loans';
import { medianCases } from './tsa-median';
import { yearCases } from './tsa-years';
import { localCases } from './local';

/** Every rule case. */
export const RULE_CASES: readonly RuleCase[] = [
	...incomeCases,
	...medianCases,
	...yearCases,
	...childCases,
	...assetCases,
	...loanCases,
	...conditionalityCases,
	...localCases
];
