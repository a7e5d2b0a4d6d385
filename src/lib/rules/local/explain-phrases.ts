// What the explainer says about local assistance, in each interface language. Amounts in МРП are ceilings
// («не более»), so every one is said as "up to" / «до» / «дейін»; housing assistance is an amount, not a ceiling.
import type { ExplainLanguage } from '../explain-phrases';
import { DECREE_523 } from '../tsa/citations';
import { HOUSING_ASSISTANCE, HOUSING_NORMS } from './housing';

/** Why housing assistance is or is not paid to the household. */
export type HousingState = 'paid' | 'off' | 'over_ceiling' | 'within_share';

/** Everything said about local assistance, for one language. */
export interface LocalPhrases {
	/** Rule labels by rule path; a path not listed keeps the rule's English label. */
	labels: Record<string, string>;
	/** Clause texts by their English text. */
	clauses: Record<string, string>;
	ceiling(label: string, amount: string, paid: boolean): string;
	tb(patients: number, perPayment: string, months: number | null, amount: string, paid: boolean): string;
	/** The costs counted: the family's costs, capped at the norm per member × members (`norm` null: no norm). */
	housingCosts(costs: string, norm: string | null, members: number, normTotal: string, counted: string): string;
	housingExcess(costs: string, share: string, income: string, allowed: string, excess: string): string;
	housing(state: HousingState, excess: string, amount: string, ceiling: string): string;
	total(amount: string): string;
}

const en: LocalPhrases = {
	labels: {},
	clauses: {},
	ceiling: (label, amount, paid) =>
		paid
			? `local assistance, ${label}: up to ${amount} a year (the ceiling, paid in full in the model)`
			: `local assistance, ${label}: 0 ₸`,
	tb: (patients, per, months, amount, paid) => {
		const head = 'local assistance, tuberculosis (outpatient treatment)';
		if (!paid) return `${head}: 0 ₸`;
		const times = months === null ? `up to ${per} once` : `up to ${per} a month × ${months} months of treatment`;
		return `${head}: ${patients} × ${times} = up to ${amount} a year`;
	},
	housingCosts: (costs, norm, members, normTotal, counted) =>
		norm === null
			? `housing and utility costs counted: ${costs} (no norm set: the whole costs)`
			: `housing and utility costs ${costs}, counted within the norm ${norm} × ${members} members = ${normTotal}: ${counted}`,
	housingExcess: (costs, share, income, allowed, excess) =>
		`housing and utility costs ${costs} − ${share} of the family's income ${income} (${allowed}) = ${excess} a month above the maximum share`,
	housing: (state, excess, amount, ceiling) =>
		({
			paid: `housing assistance: ${excess} × 12 = ${amount} a year`,
			off: 'housing assistance: not paid in this region under these rules',
			over_ceiling: `housing assistance: none, per-capita income is at or above the ceiling ${ceiling}`,
			within_share: 'housing assistance: none, housing costs are within the maximum share of income'
		})[state],
	total: (amount) => `local assistance in the year: ${amount} (ceilings paid in full: an upper estimate)`
};

const ru: LocalPhrases = {
	labels: {
		'local.damage': 'ущерб от стихийного бедствия или пожара, одна выплата в год',
		'local.tb': 'туберкулёз (амбулаторное лечение)',
		'local.cancer': 'злокачественное новообразование (послеоперационный период)',
		'local.hiv': 'ВИЧ',
		'local.income': 'выплата по доходу',
		'local.housing.costs': 'расходы на жильё в пределах норм',
		'local.housing.excess': 'расходы на жильё сверх предельной доли дохода',
		'local.housing.test': 'жилищная помощь выплачивается в регионе, доход ниже предела',
		'local.housing': 'жилищная помощь',
		'local.mrp_annual': 'местные выплаты в МРП за год',
		'local.annual': 'местная помощь за год',
		'local.eligible': 'получает местную помощь'
	},
	clauses: {
		[DECREE_523.clause]:
			'Постановление Правительства № 523 от 30.06.2023 (типовые правила оказания социальной помощи; текст не прочитан: категории и размеры определяет маслихат)',
		[HOUSING_NORMS.clause]:
			'Правила предоставления жилищной помощи с изменениями приказа от 19.11.2025: размер рассчитывается в пределах норм (18 м² на человека; нормы газа, воды, тепла и электроэнергии)',
		[HOUSING_ASSISTANCE.clause]:
			'Закон «О жилищных отношениях» № 94-I от 16.04.1997, ст. 97, и приказ № 117 от 08.12.2023 (правила предоставления жилищной помощи): расходы на жильё и коммунальные услуги сверх предельной доли в совокупном доходе семьи, установленной маслихатом'
	},
	ceiling: (label, amount, paid) =>
		paid
			? `местная помощь, ${label}: до ${amount} в год (в модели предельный размер выплачивается полностью)`
			: `местная помощь, ${label}: 0 ₸`,
	tb: (patients, per, months, amount, paid) => {
		const head = 'местная помощь, туберкулёз (амбулаторное лечение)';
		if (!paid) return `${head}: 0 ₸`;
		const times = months === null ? `до ${per} единовременно` : `до ${per} в месяц × ${months} мес. лечения`;
		return `${head}: ${patients} × ${times} = до ${amount} в год`;
	},
	housingCosts: (costs, norm, members, normTotal, counted) =>
		norm === null
			? `учитываемые расходы на жильё и коммунальные услуги: ${costs} (норма не задана: расходы полностью)`
			: `расходы на жильё и коммунальные услуги ${costs}, учитываются в пределах нормы ${norm} × ${members} чел. = ${normTotal}: ${counted}`,
	housingExcess: (costs, share, income, allowed, excess) =>
		`расходы на жильё и коммунальные услуги ${costs} − ${share} совокупного дохода семьи ${income} (${allowed}) = ${excess} в месяц сверх предельной доли`,
	housing: (state, excess, amount, ceiling) =>
		({
			paid: `жилищная помощь: ${excess} × 12 = ${amount} в год`,
			off: 'жилищная помощь: в регионе по этим правилам не выплачивается',
			over_ceiling: `жилищная помощь: нет, среднедушевой доход достигает предела ${ceiling} или превышает его`,
			within_share: 'жилищная помощь: нет, расходы на жильё в пределах предельной доли дохода'
		})[state],
	total: (amount) => `местная помощь за год: ${amount} (предельные размеры полностью: оценка сверху)`
};

const kk: LocalPhrases = {
	labels: {
		'local.damage': 'табиғи зілзала немесе өрт салдарынан келтірілген зиян, жылына бір төлем',
		'local.tb': 'туберкулез (амбулаториялық емдеу)',
		'local.cancer': 'қатерлі ісік (операциядан кейінгі кезең)',
		'local.hiv': 'АИТВ',
		'local.income': 'табысқа қарай төлем',
		'local.housing.costs': 'норма шегіндегі тұрғын үй шығыстары',
		'local.housing.excess': 'табыстың шекті үлесінен асатын тұрғын үй шығыстары',
		'local.housing.test': 'өңірде тұрғын үй көмегі төленеді, табыс шектен төмен',
		'local.housing': 'тұрғын үй көмегі',
		'local.mrp_annual': 'АЕК-пен белгіленген жылдық жергілікті төлемдер',
		'local.annual': 'жылдық жергілікті көмек',
		'local.eligible': 'жергілікті көмек алады'
	},
	clauses: {
		[DECREE_523.clause]:
			'Үкіметтің 30.06.2023 № 523 қаулысы (әлеуметтік көмек көрсетудің үлгілік қағидалары; мәтіні оқылмады: санаттар мен мөлшерлерді мәслихат белгілейді)',
		[HOUSING_NORMS.clause]:
			'19.11.2025 бұйрығымен өзгертілген тұрғын үй көмегін көрсету қағидалары: мөлшері нормалар шегінде есептеледі (адамға 18 м²; газ, су, жылу және электр энергиясы нормалары)',
		[HOUSING_ASSISTANCE.clause]:
			'«Тұрғын үй қатынастары туралы» 16.04.1997 № 94-I Заң, 97-бап, және 08.12.2023 № 117 бұйрық (тұрғын үй көмегін көрсету қағидалары): мәслихат белгілеген отбасы жиынтық табысындағы шекті үлестен асатын тұрғын үй және коммуналдық шығыстар'
	},
	ceiling: (label, amount, paid) =>
		paid ? `жергілікті көмек, ${label}: жылына ${amount} дейін (модельде шекті мөлшер толық төленеді)` : `жергілікті көмек, ${label}: 0 ₸`,
	tb: (patients, per, months, amount, paid) => {
		const head = 'жергілікті көмек, туберкулез (амбулаториялық емдеу)';
		if (!paid) return `${head}: 0 ₸`;
		const times = months === null ? `бір рет ${per} дейін` : `айына ${per} дейін × ${months} ай емдеу`;
		return `${head}: ${patients} × ${times} = жылына ${amount} дейін`;
	},
	housingCosts: (costs, norm, members, normTotal, counted) =>
		norm === null
			? `ескерілетін тұрғын үй және коммуналдық қызметтер шығыстары: ${costs} (норма белгіленбеген: шығыстар толық)`
			: `тұрғын үй және коммуналдық қызметтер шығыстары ${costs}, норма шегінде ескеріледі: ${norm} × ${members} адам = ${normTotal}: ${counted}`,
	housingExcess: (costs, share, income, allowed, excess) =>
		`тұрғын үй мен коммуналдық қызметтер шығыстары ${costs} − отбасының жиынтық табысының (${income}) ${share}-ы (${allowed}) = шекті үлестен асатыны айына ${excess}`,
	housing: (state, excess, amount, ceiling) =>
		({
			paid: `тұрғын үй көмегі: ${excess} × 12 = жылына ${amount}`,
			off: 'тұрғын үй көмегі: бұл қағидалар бойынша өңірде төленбейді',
			over_ceiling: `тұрғын үй көмегі: жоқ, жан басына шаққандағы орташа табыс шекке (${ceiling}) тең немесе одан жоғары`,
			within_share: 'тұрғын үй көмегі: жоқ, тұрғын үй шығыстары табыстың шекті үлесінен аспайды'
		})[state],
	total: (amount) => `жылдық жергілікті көмек: ${amount} (шекті мөлшерлер толық: жоғарғы бағалау)`
};

/** The local-assistance phrases in each language. */
export const LOCAL_PHRASES: Record<ExplainLanguage, LocalPhrases> = { en, ru, kk };
