// Local assistance (Decree No. 523 model rules; amounts in МРП, 2026 МРП = 4 325 ₸).
import { household, person, type RuleCase } from './case';

const DECREE = 'Government Decree No. 523 of 30.06.2023 (model rules); maslikhat amounts as parameters';
const lone = (wages: number) => [person('h', 40, { income_wages: wages })];
const NO_CATEGORIES = {
	'local.almaty.disaster_amount_mrp': 0,
	'local.almaty.fire_amount_mrp': 0,
	'local.almaty.tb_amount_mrp': 0,
	'local.almaty.cancer_amount_mrp': 0,
	'local.almaty.hiv_amount_mrp': 0
};

/** Cases on local categories, the income threshold at equality, and monthly vs one-time. */
export const localCases: RuleCase[] = [
	{
		name: 'local income threshold at equality',
		clause: `${DECREE}: per-capita income not exceeding the threshold («не превышающий»)`,
		arithmetic: '1 × ПМ 50 851 = 50 851; income 50 851 ≤ 50 851 → 7 МРП × 4 325 = 30 275 once',
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
		name: 'disaster and fire, one-time',
		clause: `${DECREE}; 2014 example rules (≤ 50 МРП once a year)`,
		arithmetic: 'disaster 50 × 4 325 = 216 250 + fire 50 × 4 325 = 216 250 → 432 500',
		params: { ...NO_CATEGORIES, 'local.almaty.disaster_amount_mrp': 50, 'local.almaty.fire_amount_mrp': 50 },
		households: [household('h', { disaster_damage: true, fire_damage: true })],
		persons: lone(500_000),
		expect: { h: { local_annual: 432_500 } }
	},
	{
		name: 'tuberculosis monthly',
		clause: `${DECREE}; Kaztalov district 2023: 10 МРП monthly without income test`,
		arithmetic: '10 × 4 325 × 12 = 519 000 a year',
		params: { ...NO_CATEGORIES, 'local.almaty.tb_amount_mrp': 10, 'local.almaty.tb_monthly': true },
		households: [household('h')],
		persons: [person('h', 40, { ssd: 'tb', income_wages: 500_000 })],
		expect: { h: { local_annual: 519_000 } }
	},
	{
		name: 'cancer and HIV one-time per patient',
		clause: `${DECREE}; 2014 example rules (≤ 26 МРП once a year)`,
		arithmetic: '2 cancer patients × 26 × 4 325 = 224 900 + 1 HIV × 26 × 4 325 = 112 450 → 337 350',
		params: { ...NO_CATEGORIES, 'local.almaty.cancer_amount_mrp': 26, 'local.almaty.hiv_amount_mrp': 26 },
		households: [household('h')],
		persons: [person('h', 40, { ssd: 'cancer', income_wages: 500_000 }), person('h', 45, { ssd: 'cancer' }), person('h', 20, { ssd: 'hiv' })],
		expect: { h: { local_annual: 337_350 } }
	}
];
