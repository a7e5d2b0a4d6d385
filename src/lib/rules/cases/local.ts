// Local assistance (Decree No. 523 model rules; amounts in МРП are ceilings paid in full, 2026 МРП = 4 325 ₸) and
// housing assistance (Law on Housing Relations art. 97: costs above a maximum share of income; 2026 ПМ = 50 851 ₸).
import { household, person, type RuleCase } from './case';

const DECREE = 'Government Decree No. 523 of 30.06.2023 (model rules); maslikhat ceilings as parameters';
const HOUSING = 'Law on Housing Relations art. 97, Order No. 117 of 08.12.2023: costs above the maximum share of family income';
const lone = (wages: number) => [person('h', 40, { income_wages: wages })];
const couple = (wages: number) => [person('h', 40, { income_wages: wages }), person('h', 38)];
const NO_CATEGORIES = {
	'local.almaty.disaster_amount_mrp': 0,
	'local.almaty.fire_amount_mrp': 0,
	'local.almaty.tb_amount_mrp': 0,
	'local.almaty.cancer_amount_mrp': 0,
	'local.almaty.hiv_amount_mrp': 0,
	'local.almaty.housing_assistance': false
};
const DAMAGE = { ...NO_CATEGORIES, 'local.almaty.disaster_amount_mrp': 30, 'local.almaty.fire_amount_mrp': 50 };
const HOUSING_ON = {
	...NO_CATEGORIES,
	'local.almaty.housing_assistance': true,
	'local.almaty.housing_max_income_share': 0.1,
	'local.almaty.housing_income_ceiling_pm_multiple': null,
	'local.almaty.housing_norm_kzt_per_person': null
};
const NORM = { ...HOUSING_ON, 'local.almaty.housing_norm_kzt_per_person': 9_100 };
const NORMS = 'rules of housing assistance as amended 19.11.2025: costs counted within the norms';
const CEILING = { ...HOUSING_ON, 'local.almaty.housing_income_ceiling_pm_multiple': 1 };

/** Cases on local categories: thresholds at equality, one ground for damage, TB months, housing assistance. */
export const localCases: RuleCase[] = [
	{
		name: 'local income threshold at equality',
		clause: `${DECREE}: per-capita income not exceeding the threshold («не превышающий»)`,
		arithmetic: '1 × ПМ 50 851 = 50 851; income 50 851 ≤ 50 851 → up to 7 МРП × 4 325 = 30 275 once',
		params: { ...NO_CATEGORIES, 'local.almaty.income_threshold_pm_multiple': 1, 'local.almaty.income_amount_mrp': 7 },
		households: [household('h')],
		persons: lone(50_851),
		expect: { h: { local_annual: 30_275, eligible: false } }
	},
	{
		name: 'local income threshold exceeded',
		clause: DECREE,
		arithmetic: '50 852 > 50 851 → 0',
		params: { ...NO_CATEGORIES, 'local.almaty.income_threshold_pm_multiple': 1, 'local.almaty.income_amount_mrp': 7 },
		households: [household('h')],
		persons: lone(50_852),
		expect: { h: { local_annual: 0 } }
	},
	{
		name: 'no income category when the multiple is null',
		clause: DECREE,
		arithmetic: 'multiple null → category not provided → 0',
		params: { ...NO_CATEGORIES, 'local.almaty.income_threshold_pm_multiple': null },
		households: [household('h')],
		persons: lone(0),
		expect: { h: { local_annual: 0 } }
	},
	{
		name: 'disaster or fire alone: its own ceiling, once',
		clause: `${DECREE}; 2014 example rules (disaster or fire, not more than 50 МРП once a year)`,
		arithmetic: 'disaster: up to 30 × 4 325 = 129 750; fire: up to 50 × 4 325 = 216 250; neither: 0',
		params: DAMAGE,
		households: [household('d', { disaster_damage: true }), household('f', { fire_damage: true }), household('h')],
		persons: [person('d', 40), person('f', 40), person('h', 40)],
		expect: { d: { local_annual: 129_750 }, f: { local_annual: 216_250 }, h: { local_annual: 0 } }
	},
	{
		name: 'disaster and fire in one year: one ground, paid once',
		clause: `${DECREE}; 2014 example rules (once a year)`,
		arithmetic: 'both → the larger ceiling once: max(129 750, 216 250) = 216 250, not 346 000',
		params: DAMAGE,
		households: [household('h', { disaster_damage: true, fire_damage: true })],
		persons: lone(500_000),
		expect: { h: { local_annual: 216_250 } }
	},
	{
		name: 'tuberculosis monthly for the outpatient treatment',
		clause: `${DECREE}; Kaztalov district 2023: 10 МРП monthly on the outpatient stage; WHO 6-month course`,
		arithmetic: 'up to 10 × 4 325 = 43 250 a month × 6 months = 259 500 a year',
		params: { ...NO_CATEGORIES, 'local.almaty.tb_amount_mrp': 10, 'local.almaty.tb_monthly': true, 'local.almaty.tb_months': 6 },
		households: [household('h')],
		persons: [person('h', 40, { ssd: 'tb', income_wages: 500_000 })],
		expect: { h: { local_annual: 259_500 } }
	},
	{
		name: 'tuberculosis monthly, a longer course, two patients',
		clause: `${DECREE}; Kaztalov district 2023`,
		arithmetic: '2 patients × 43 250 × 9 months = 778 500 a year',
		params: { ...NO_CATEGORIES, 'local.almaty.tb_amount_mrp': 10, 'local.almaty.tb_monthly': true, 'local.almaty.tb_months': 9 },
		households: [household('h')],
		persons: [person('h', 40, { ssd: 'tb' }), person('h', 12, { ssd: 'tb' })],
		expect: { h: { local_annual: 778_500 } }
	},
	{
		name: 'tuberculosis once when not monthly (the months are unread)',
		clause: `${DECREE}; 2014 example rules (not more than 26 МРП once a year)`,
		arithmetic: 'up to 26 × 4 325 = 112 450 once',
		params: { ...NO_CATEGORIES, 'local.almaty.tb_amount_mrp': 26, 'local.almaty.tb_monthly': false, 'local.almaty.tb_months': 9 },
		households: [household('h')],
		persons: [person('h', 40, { ssd: 'tb' })],
		expect: { h: { local_annual: 112_450 } }
	},
	{
		name: 'cancer (post-operative period) and HIV once per patient',
		clause: `${DECREE}; 2014 example rules (not more than 26 МРП once a year)`,
		arithmetic: '2 cancer patients × 26 × 4 325 = 224 900 + 1 HIV × 26 × 4 325 = 112 450 → 337 350',
		params: { ...NO_CATEGORIES, 'local.almaty.cancer_amount_mrp': 26, 'local.almaty.hiv_amount_mrp': 26 },
		households: [household('h')],
		persons: [
			person('h', 40, { ssd: 'cancer', income_wages: 500_000 }),
			person('h', 45, { ssd: 'cancer' }),
			person('h', 20, { ssd: 'hiv' })
		],
		expect: { h: { local_annual: 337_350 } }
	},
	{
		name: 'housing assistance: costs above the maximum share of income',
		clause: HOUSING,
		arithmetic: 'income 200 000 × 10 % = 20 000 allowed; costs 25 000 → 5 000 a month × 12 = 60 000 a year',
		params: HOUSING_ON,
		households: [household('h', { housing_costs_monthly: 25_000 })],
		persons: couple(200_000),
		expect: { h: { local_annual: 60_000 } }
	},
	{
		name: 'housing assistance: costs exactly at the share pay nothing, one tenge above pays one',
		clause: HOUSING,
		arithmetic: 'allowed 20 000: costs 20 000 → 0; costs 20 001 → 1 × 12 = 12',
		params: HOUSING_ON,
		households: [household('h', { housing_costs_monthly: 20_000 }), household('g', { housing_costs_monthly: 20_001 })],
		persons: [...couple(200_000), person('g', 40, { income_wages: 200_000 }), person('g', 38)],
		expect: { h: { local_annual: 0 }, g: { local_annual: 12 } }
	},
	{
		name: 'housing assistance: a family with no income gets its whole costs',
		clause: HOUSING,
		arithmetic: 'income 0 → allowed 0; costs 15 000 × 12 = 180 000',
		params: HOUSING_ON,
		households: [household('h', { housing_costs_monthly: 15_000 })],
		persons: couple(0),
		expect: { h: { local_annual: 180_000 } }
	},
	{
		name: 'housing assistance: income ceiling, one tenge below and at it',
		clause: `${HOUSING}; families «с доходом ниже установленного порога»`,
		arithmetic:
			'ceiling 1 × ПМ 50 851; per capita 50 850 < 50 851 → allowed 10 170, costs 15 170 → 5 000 × 12 = 60 000; per capita 50 851 is not below → 0',
		params: CEILING,
		households: [household('h', { housing_costs_monthly: 15_170 }), household('g', { housing_costs_monthly: 15_170 })],
		persons: [...couple(101_700), person('g', 40, { income_wages: 101_702 }), person('g', 38)],
		expect: { h: { local_annual: 60_000 }, g: { local_annual: 0 } }
	},
	{
		name: 'housing assistance: costs one tenge below the norm count whole, one tenge above are capped at it',
		clause: `${HOUSING}; ${NORMS}`,
		arithmetic:
			'norm 9 100 × 2 members = 18 200; income 0 → allowed 0; costs 18 199 → 18 199 × 12 = 218 388; costs 18 201 → 18 200 × 12 = 218 400',
		params: NORM,
		households: [household('h', { housing_costs_monthly: 18_199 }), household('g', { housing_costs_monthly: 18_201 })],
		persons: [...couple(0), person('g', 40), person('g', 38)],
		expect: { h: { local_annual: 218_388 }, g: { local_annual: 218_400 } }
	},
	{
		name: 'housing assistance: the share of income comes off the costs counted within the norm',
		clause: `${HOUSING}; ${NORMS}`,
		arithmetic:
			'costs 30 000 capped at 9 100 × 2 = 18 200; income 100 000 × 10 % = 10 000 → 8 200 × 12 = 98 400 (without the norm: 20 000 × 12 = 240 000)',
		params: NORM,
		households: [household('h', { housing_costs_monthly: 30_000 })],
		persons: couple(100_000),
		expect: { h: { local_annual: 98_400 } }
	},
	{
		name: 'housing assistance: a norm below the share of income pays nothing',
		clause: `${HOUSING}; ${NORMS}`,
		arithmetic: 'norm 9 100 × 2 = 18 200 < allowed 200 000 × 10 % = 20 000 → 0, though the costs 25 000 exceed the share',
		params: NORM,
		households: [household('h', { housing_costs_monthly: 25_000 })],
		persons: couple(200_000),
		expect: { h: { local_annual: 0 } }
	},
	{
		name: 'housing assistance switched off in the region',
		clause: HOUSING,
		arithmetic: 'switch off → 0 whatever the costs',
		params: NO_CATEGORIES,
		households: [household('h', { housing_costs_monthly: 25_000 })],
		persons: couple(0),
		expect: { h: { local_annual: 0 } }
	},
	{
		name: 'housing assistance adds to the МРП categories',
		clause: `${DECREE}; ${HOUSING}`,
		arithmetic: 'fire up to 216 250 + housing (25 000 − 20 000) × 12 = 60 000 → 276 250',
		params: { ...HOUSING_ON, 'local.almaty.fire_amount_mrp': 50 },
		households: [household('h', { fire_damage: true, housing_costs_monthly: 25_000 })],
		persons: couple(200_000),
		expect: { h: { local_annual: 276_250 } }
	}
];
