// The explainer's words in each interface language: rule labels, clauses and one sentence per step.
// Figures are passed in already computed; this file only says them.
import type { ParamValue } from './parameter';

/** A language the explainer speaks. */
export type ExplainLanguage = 'en' | 'ru' | 'kk';

/** Everything the explainer says, for one language. */
export interface Phrases {
	/** Rule labels by rule path; a path not listed keeps the rule's English label. */
	labels: Record<string, string>;
	/** Clause texts by their English text; a clause not listed is shown in English. */
	clauses: Record<string, string>;
	unknown: string;
	counted(income: string): string;
	perCapita(pci: string, income: string, size: ParamValue): string;
	line(line: string, pmShare: string, pm: string, pmTerm: string, medianShare: string, median: string, medianTerm: string): string;
	incomeTest(pci: string, below: boolean, line: string, pmShare: string, pm: string): string;
	test(label: string, pass: boolean): string;
	eligible(yes: boolean): string;
	amount(eligible: boolean, line: string, pci: string, size: ParamValue, amount: string): string;
	supplement(children: ParamValue, minAge: ParamValue, maxAge: ParamValue, mrpPerChild: ParamValue, mrp: string, total: string): string;
	conditionality(unconditional: boolean, ableBodied: ParamValue): string;
	compliance(share: string): string;
	local(label: string, amount: string): string;
}

const C = {
	art120: 'Social Code No. 224-VII of 20.04.2023, art. 120 (poverty line per region; per-capita income test)',
	art121: 'Social Code No. 224-VII, art. 121 (unconditional help: no able-bodied member, carers, lone pensioners, disability I/II)',
	art122: 'Social Code No. 224-VII, art. 122 (conditional help; the social contract is mandatory)',
	o160: 'Order No. 160 of 19.05.2023 as amended by Order No. 473 of 20.12.2024: max(35 % of median income, 70 % of the regional ПМ)',
	o181: 'Order No. 181 of 26.05.2023 (rules for computing aggregate income; excluded payments per secondary explainer)',
	o227: 'Order No. 227 of 21.06.2023 (assignment rules; formula as quoted by the ministry, 18.08.2025)',
	o227child: 'Order No. 227 of 21.06.2023: 1.5 МРП monthly per child aged 1 to 6 inclusive in a TSA family (ministry explanation)',
	o227loans: 'Order No. 227 as applied from September 2025: families with non-mortgage loans are refused',
	draft: 'Draft amendment to Order No. 227 (2025): deposits over 200 МРП, more than one car except large families and families with disabled children, spending above the poverty line',
	o320: '2020 practice under Order No. 320: families with more than one home refused',
	d523: 'Government Decree No. 523 of 30.06.2023 (model rules of local social assistance; body not read: categories and amounts per maslikhat)'
};

const en: Phrases = {
	labels: {},
	clauses: {},
	unknown: 'unknown',
	counted: (income) => `counted family income ${income} a month`,
	perCapita: (pci, income, size) => `per-capita income ${pci} (${income} ÷ ${size} members)`,
	line: (line, pmShare, pm, pmTerm, medianShare, median, medianTerm) =>
		`poverty line ${line}: the larger of ${pmShare} of the regional ПМ ${pm} (${pmTerm}) and ${medianShare} of the median per-capita income ${median} (${medianTerm})`,
	incomeTest: (pci, below, line, pmShare, pm) =>
		`per-capita income ${pci} is ${below ? 'below' : 'not below'} the poverty line ${line} (${pmShare} of the regional ПМ ${pm}; Order No. 160 as amended by No. 473)`,
	test: (label, pass) => `${label}: ${pass ? 'passes' : 'fails'}`,
	eligible: (yes) => (yes ? 'eligible for TSA' : 'not eligible for TSA'),
	amount: (eligible, line, pci, size, amount) =>
		eligible ? `amount (${line} − ${pci}) × ${size} = ${amount} a month` : 'amount 0 ₸ (not eligible)',
	supplement: (children, minAge, maxAge, per, mrp, total) => `${children} children aged ${minAge}–${maxAge} × ${per} МРП × ${mrp} = ${total} a month`,
	conditionality: (unconditional, ableBodied) =>
		unconditional
			? 'unconditional help: no able-bodied member who is not a carer, or a lone pensioner or person with disability I/II'
			: `conditional help: ${ableBodied} able-bodied member(s); a social contract is required`,
	compliance: (share) => `expected share kept: ${share}`,
	local: (label, amount) => `local assistance, ${label}: ${amount} a year`
};

const ru: Phrases = {
	labels: {
		'tsa.income.counted_total': 'учитываемый доход семьи',
		'tsa.income.per_capita': 'среднедушевой доход',
		'indices.pm_regional': 'региональный прожиточный минимум',
		'tsa.poverty_line.pm_term': 'доля регионального ПМ',
		'tsa.poverty_line.median_term': 'доля медианного среднедушевого дохода',
		'tsa.poverty_line': 'черта бедности',
		'tsa.income_test': 'среднедушевой доход ниже черты бедности',
		'tsa.assets.loan_test': 'нет незалоговых кредитов (если это основание отказа)',
		'tsa.assets.vehicle_test': 'число автомобилей в пределах лимита',
		'tsa.assets.dwelling_test': 'число жилищ в пределах лимита',
		'tsa.assets.land_test': 'земельные участки в пределах лимита',
		'tsa.assets.deposit_test': 'вклады в пределах лимита',
		'tsa.spending.card_spending_test': 'расходы по картам на члена семьи в пределах лимита',
		'tsa.assets.pass': 'проверки имущества и расходов пройдены',
		'tsa.eligible': 'право на АСП',
		'tsa.amount': 'размер АСП в месяц',
		'tsa.child_supplement.children': 'дети в возрасте для доплаты',
		'tsa.child_supplement': 'доплата на детей в месяц',
		'tsa.unconditional': 'безусловная помощь',
		'tsa.conditional.factor': 'ожидаемая доля выполняющих социальный контракт',
		'local.disaster': 'ущерб от стихийного бедствия',
		'local.fire': 'ущерб от пожара',
		'local.tb': 'туберкулёз',
		'local.cancer': 'онкологическое заболевание',
		'local.hiv': 'ВИЧ',
		'local.income': 'низкий доход',
		'local.annual': 'местная помощь за год',
		'local.eligible': 'получает местную помощь'
	},
	clauses: {
		[C.art120]: 'Социальный кодекс № 224-VII от 20.04.2023, ст. 120 (черта бедности по регионам; проверка среднедушевого дохода)',
		[C.art121]: 'Социальный кодекс № 224-VII, ст. 121 (безусловная помощь: нет трудоспособных, лица, осуществляющие уход, одинокие пенсионеры, инвалидность I/II группы)',
		[C.art122]: 'Социальный кодекс № 224-VII, ст. 122 (обусловленная помощь; социальный контракт обязателен)',
		[C.o160]: 'Приказ № 160 от 19.05.2023 в ред. приказа № 473 от 20.12.2024: max(35 % медианного дохода, 70 % регионального ПМ)',
		[C.o181]: 'Приказ № 181 от 26.05.2023 (правила исчисления совокупного дохода; исключаемые выплаты по вторичному разъяснению)',
		[C.o227]: 'Приказ № 227 от 21.06.2023 (правила назначения; формула в изложении министерства, 18.08.2025)',
		[C.o227child]: 'Приказ № 227 от 21.06.2023: 1,5 МРП в месяц на каждого ребёнка от 1 до 6 лет включительно в семье — получателе АСП (разъяснение министерства)',
		[C.o227loans]: 'Приказ № 227 в применении с сентября 2025 г.: семьям с незалоговыми кредитами отказывают',
		[C.draft]: 'Проект изменений в приказ № 227 (2025): вклады свыше 200 МРП, более одного автомобиля (кроме многодетных семей и семей с детьми с инвалидностью), расходы выше черты бедности',
		[C.o320]: 'Практика 2020 г. по приказу № 320: отказ семьям, имеющим более одного жилья',
		[C.d523]: 'Постановление Правительства № 523 от 30.06.2023 (типовые правила оказания социальной помощи; текст не прочитан: категории и размеры определяет маслихат)'
	},
	unknown: 'нет данных',
	counted: (income) => `учитываемый доход семьи ${income} в месяц`,
	perCapita: (pci, income, size) => `среднедушевой доход ${pci} (${income} ÷ ${size} чел.)`,
	line: (line, pmShare, pm, pmTerm, medianShare, median, medianTerm) =>
		`черта бедности ${line}: большее из ${pmShare} регионального ПМ ${pm} (${pmTerm}) и ${medianShare} медианного среднедушевого дохода ${median} (${medianTerm})`,
	incomeTest: (pci, below, line, pmShare, pm) =>
		`среднедушевой доход ${pci} ${below ? 'ниже' : 'не ниже'} черты бедности ${line} (${pmShare} регионального ПМ ${pm}; приказ № 160 в ред. № 473)`,
	test: (label, pass) => `${label}: ${pass ? 'пройдено' : 'не пройдено'}`,
	eligible: (yes) => (yes ? 'имеет право на АСП' : 'не имеет права на АСП'),
	amount: (eligible, line, pci, size, amount) =>
		eligible ? `размер (${line} − ${pci}) × ${size} = ${amount} в месяц` : 'размер 0 ₸ (нет права)',
	supplement: (children, minAge, maxAge, per, mrp, total) => `детей ${minAge}–${maxAge} лет: ${children} × ${per} МРП × ${mrp} = ${total} в месяц`,
	conditionality: (unconditional, ableBodied) =>
		unconditional
			? 'безусловная помощь: нет трудоспособных членов семьи, кроме осуществляющих уход, либо одинокий пенсионер или лицо с инвалидностью I/II группы'
			: `обусловленная помощь: трудоспособных членов семьи — ${ableBodied}; нужен социальный контракт`,
	compliance: (share) => `ожидаемая доля сохраняющих помощь: ${share}`,
	local: (label, amount) => `местная помощь, ${label}: ${amount} в год`
};

const kk: Phrases = {
	labels: {
		'tsa.income.counted_total': 'отбасының есепке алынатын табысы',
		'tsa.income.per_capita': 'жан басына шаққандағы табыс',
		'indices.pm_regional': 'өңірлік ең төмен күнкөріс деңгейі',
		'tsa.poverty_line.pm_term': 'өңірлік ЕТКД үлесі',
		'tsa.poverty_line.median_term': 'жан басына шаққандағы медиандық табыстың үлесі',
		'tsa.poverty_line': 'кедейлік шегі',
		'tsa.income_test': 'жан басына шаққандағы табыс кедейлік шегінен төмен',
		'tsa.assets.loan_test': 'кепілсіз несие жоқ (бұл бас тарту негізі болса)',
		'tsa.assets.vehicle_test': 'көлік саны шектен аспайды',
		'tsa.assets.dwelling_test': 'тұрғын үй саны шектен аспайды',
		'tsa.assets.land_test': 'жер учаскелері шектен аспайды',
		'tsa.assets.deposit_test': 'салымдар шектен аспайды',
		'tsa.spending.card_spending_test': 'бір адамға шаққандағы карта шығыстары шектен аспайды',
		'tsa.assets.pass': 'мүлік пен шығыс тексерулерінен өтті',
		'tsa.eligible': 'АӘК алуға құқығы бар',
		'tsa.amount': 'АӘК-тің айлық мөлшері',
		'tsa.child_supplement.children': 'қосымша төлем жасындағы балалар',
		'tsa.child_supplement': 'балаларға айлық қосымша төлем',
		'tsa.unconditional': 'шартсыз көмек',
		'tsa.conditional.factor': 'әлеуметтік келісімшартты орындайтындардың күтілетін үлесі',
		'local.disaster': 'табиғи апаттан келген залал',
		'local.fire': 'өрттен келген залал',
		'local.tb': 'туберкулез',
		'local.cancer': 'онкологиялық ауру',
		'local.hiv': 'АИТВ',
		'local.income': 'табысы төмен',
		'local.annual': 'жылдық жергілікті көмек',
		'local.eligible': 'жергілікті көмек алады'
	},
	clauses: {
		[C.art120]: 'Әлеуметтік кодекс, 20.04.2023 № 224-VII, 120-бап (өңірлер бойынша кедейлік шегі; жан басына шаққандағы табысты тексеру)',
		[C.art121]: 'Әлеуметтік кодекс № 224-VII, 121-бап (шартсыз көмек: еңбекке қабілетті мүше жоқ, күтім жасайтындар, жалғызбасты зейнеткерлер, I/II топтағы мүгедектік)',
		[C.art122]: 'Әлеуметтік кодекс № 224-VII, 122-бап (шартты көмек; әлеуметтік келісімшарт міндетті)',
		[C.o160]: '19.05.2023 № 160 бұйрық, 20.12.2024 № 473 бұйрықпен өзгертілген: max(медиандық табыстың 35 %, өңірлік ЕТКД-ның 70 %)',
		[C.o181]: '26.05.2023 № 181 бұйрық (жиынтық табысты есептеу қағидалары; шегерілетін төлемдер қосымша түсіндірме бойынша)',
		[C.o227]: '21.06.2023 № 227 бұйрық (тағайындау қағидалары; формула министрліктің түсіндірмесі бойынша, 18.08.2025)',
		[C.o227child]: '21.06.2023 № 227 бұйрық: АӘК алатын отбасындағы 1 жастан 6 жасқа дейінгі (қоса алғанда) әр балаға айына 1,5 АЕК (министрліктің түсіндірмесі)',
		[C.o227loans]: '2025 жылғы қыркүйектен бастап қолданылатын № 227 бұйрық: кепілсіз несиесі бар отбасыларға бас тартылады',
		[C.draft]: '№ 227 бұйрыққа өзгерістер жобасы (2025): 200 АЕК-тен асатын салымдар, бірден көп көлік (көпбалалы отбасылар мен мүгедек баласы бар отбасылардан басқа), кедейлік шегінен жоғары шығыстар',
		[C.o320]: '№ 320 бұйрық бойынша 2020 жылғы тәжірибе: бірден көп тұрғын үйі бар отбасыларға бас тарту',
		[C.d523]: 'Үкіметтің 30.06.2023 № 523 қаулысы (әлеуметтік көмек көрсетудің үлгілік қағидалары; мәтіні оқылмады: санаттар мен мөлшерлерді мәслихат белгілейді)'
	},
	unknown: 'дерек жоқ',
	counted: (income) => `отбасының есепке алынатын табысы айына ${income}`,
	perCapita: (pci, income, size) => `жан басына шаққандағы табыс ${pci} (${income} ÷ ${size} адам)`,
	line: (line, pmShare, pm, pmTerm, medianShare, median, medianTerm) =>
		`кедейлік шегі ${line}: өңірлік ЕТКД ${pm} ${pmShare} (${pmTerm}) мен жан басына шаққандағы медиандық табыс ${median} ${medianShare} (${medianTerm}) шамаларының үлкені`,
	incomeTest: (pci, below, line, pmShare, pm) =>
		`жан басына шаққандағы табыс ${pci} кедейлік шегінен ${line} ${below ? 'төмен' : 'төмен емес'} (өңірлік ЕТКД ${pm} ${pmShare}; № 473 бұйрықпен өзгертілген № 160 бұйрық)`,
	test: (label, pass) => `${label}: ${pass ? 'өтті' : 'өтпеді'}`,
	eligible: (yes) => (yes ? 'АӘК алуға құқығы бар' : 'АӘК алуға құқығы жоқ'),
	amount: (eligible, line, pci, size, amount) =>
		eligible ? `мөлшері (${line} − ${pci}) × ${size} = айына ${amount}` : 'мөлшері 0 ₸ (құқығы жоқ)',
	supplement: (children, minAge, maxAge, per, mrp, total) => `${minAge}–${maxAge} жастағы балалар: ${children} × ${per} АЕК × ${mrp} = айына ${total}`,
	conditionality: (unconditional, ableBodied) =>
		unconditional
			? 'шартсыз көмек: күтім жасайтындардан басқа еңбекке қабілетті мүше жоқ, немесе жалғызбасты зейнеткер не I/II топтағы мүгедектігі бар адам'
			: `шартты көмек: еңбекке қабілетті мүшелер саны ${ableBodied}; әлеуметтік келісімшарт қажет`,
	compliance: (share) => `көмекті сақтайтындардың күтілетін үлесі: ${share}`,
	local: (label, amount) => `жергілікті көмек, ${label}: жылына ${amount}`
};

/** The explainer's phrases in each language. */
export const EXPLAIN_PHRASES: Record<ExplainLanguage, Phrases> = { en, ru, kk };
