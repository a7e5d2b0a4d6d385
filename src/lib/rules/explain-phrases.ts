// The explainer's words in each interface language: rule labels, clauses and one sentence per step.
// Figures are passed in already computed; this file only says them.
import type { Status } from './parameter';
import {
	AMOUNT_FORMULA,
	ASSET_DRAFT,
	CHILD_SUPPLEMENT,
	CODE_ART_120,
	CODE_ART_121,
	CODE_ART_122,
	CONTRACT_BREAK,
	DWELLING_PRACTICE,
	LOAN_REFUSAL,
	ORDER_160_473,
	ORDER_181
} from './tsa/citations';

/** A language the explainer speaks. */
export type ExplainLanguage = 'en' | 'ru' | 'kk';

/** What the loan test looked at: `basis` 'off' (loans do not refuse), 'amount' (judged by the amount), 'any' (any loan refuses). */
export interface LoanFacts {
	pass: boolean;
	basis: 'off' | 'amount' | 'any';
	/** True when the limit is set but this family's amount is unknown (the yes/no column decided). */
	amountUnknown: boolean;
	hasLoan: boolean;
	received: string;
	size: string;
	perMember: string;
	multiple: string;
	pm: string;
	limit: string;
}

/** The social-contract figures of a conditional family: who keeps it, and the months paid to one that breaks it. */
export interface ContractFacts {
	keep: string;
	others: string;
	months: string;
	before: string;
	refusal: string;
}

/** Everything the explainer says, for one language. */
export interface Phrases {
	/** Rule labels by rule path; a path not listed keeps the rule's English label. */
	labels: Record<string, string>;
	/** Clause texts by their English text; a clause not listed is shown in English. */
	clauses: Record<string, string>;
	unknown: string;
	/** A true and a false value in the trace. */
	yes: string;
	no: string;
	/** A reference's status (exact / approximate / assumption). */
	status: Record<Status, string>;
	counted(income: string): string;
	perCapita(pci: string, income: string, size: string): string;
	line(line: string, pmShare: string, pm: string, pmTerm: string, medianShare: string, median: string, medianTerm: string): string;
	incomeTest(pci: string, below: boolean, line: string, pmShare: string, pm: string): string;
	test(label: string, pass: boolean): string;
	loan(label: string, facts: LoanFacts): string;
	eligible(yes: boolean): string;
	amount(eligible: boolean, line: string, pci: string, size: string, amount: string): string;
	supplement(children: string, minAge: string, maxAge: string, mrpPerChild: string, mrp: string, total: string): string;
	conditionality(unconditional: boolean, ableBodied: string): string;
	compliance(share: string, contract: ContractFacts | null): string;
}

// Clause texts are the citations' own (one home); the Russian and Kazakh ones are keyed by them.
const C = {
	art120: CODE_ART_120.clause,
	art121: CODE_ART_121.clause,
	art122: CODE_ART_122.clause,
	contractBreak: CONTRACT_BREAK.clause,
	o160: ORDER_160_473.clause,
	o181: ORDER_181.clause,
	o227: AMOUNT_FORMULA.clause,
	o227child: CHILD_SUPPLEMENT.clause,
	o227loans: LOAN_REFUSAL.clause,
	draft: ASSET_DRAFT.clause,
	o320: DWELLING_PRACTICE.clause
};

const en: Phrases = {
	labels: {},
	clauses: {},
	unknown: 'unknown',
	yes: 'yes',
	no: 'no',
	status: { exact: 'exact', approximate: 'approximate', assumption: 'assumption' },
	counted: (income) => `counted family income ${income} a month`,
	perCapita: (pci, income, size) => `per-capita income ${pci} (${income} ÷ ${size} members)`,
	line: (line, pmShare, pm, pmTerm, medianShare, median, medianTerm) =>
		`poverty line ${line}: the larger of ${pmShare} of the regional ПМ ${pm} (${pmTerm}) and ${medianShare} of the median per-capita income ${median} (${medianTerm})`,
	incomeTest: (pci, below, line, pmShare, pm) =>
		`per-capita income ${pci} is ${below ? 'below' : 'at or above'} the poverty line ${line} (${pmShare} of the regional ПМ ${pm}; Order No. 160 as amended by No. 473)`,
	test: (label, pass) => `${label}: ${pass ? 'passes' : 'fails'}`,
	loan: (label, f) => {
		const verdict = f.pass ? 'passes' : 'fails';
		if (f.basis === 'off') return `${label}: passes (loans do not refuse TSA under these rules)`;
		if (f.basis === 'amount')
			return `non-mortgage loans received in the quarter ${f.received} ÷ ${f.size} = ${f.perMember} per member, ${f.pass ? 'within' : 'over'} the limit ${f.multiple} × regional ПМ ${f.pm} = ${f.limit}: ${verdict}`;
		const why = f.amountUnknown ? 'the amount is unknown, so any such loan refuses' : 'no limit by amount: any such loan refuses';
		return `${f.hasLoan ? 'a' : 'no'} loan other than a mortgage (${why}): ${verdict}`;
	},
	eligible: (yes) => (yes ? 'eligible for TSA' : 'not eligible for TSA'),
	amount: (eligible, line, pci, size, amount) =>
		eligible ? `amount (${line} − ${pci}) × ${size} = ${amount} a month` : 'amount 0 ₸ (not eligible)',
	supplement: (children, minAge, maxAge, per, mrp, total) =>
		`${children} children aged ${minAge}–${maxAge} × ${per} МРП × ${mrp} = ${total} a month`,
	conditionality: (unconditional, ableBodied) =>
		unconditional
			? 'unconditional help: no able-bodied member, or the only able-bodied member cares for a child under 3, a child with disability, ' +
				'a person with disability group I or II or an elderly person needing care; or a lone pensioner or lone person with disability group I or II'
			: `conditional help: ${ableBodied} able-bodied member(s); a social contract is required`,
	compliance: (share, k) =>
		k === null
			? `expected share paid: ${share} (unconditional help)`
			: `expected share paid: ${share} = ${k.keep} keep the social contract + the other ${k.others} are paid ${k.months} of 12 months (${k.before} months before the break, then refused for ${k.refusal} months)`
};

const ru: Phrases = {
	labels: {
		'tsa.income.counted_total': 'совокупный доход семьи',
		'tsa.income.per_capita': 'среднедушевой доход',
		'indices.pm_regional': 'региональный прожиточный минимум',
		'tsa.poverty_line.pm_term': 'доля регионального ПМ',
		'tsa.poverty_line.median_term': 'доля медианного среднедушевого дохода',
		'tsa.poverty_line': 'черта бедности',
		'tsa.income_test': 'среднедушевой доход ниже черты бедности',
		'tsa.assets.loan_test': 'кредиты, кроме ипотечных займов, в пределах лимита (если это основание отказа)',
		'tsa.assets.vehicle_test': 'число автомобилей в пределах лимита',
		'tsa.assets.dwelling_test': 'число жилищ в пределах лимита',
		'tsa.assets.land_test': 'земельные участки в пределах лимита',
		'tsa.assets.deposit_test': 'вклады в пределах лимита',
		'tsa.spending.card_spending_test': 'расходы по картам на члена семьи в пределах лимита',
		'tsa.assets.pass': 'проверки имущества и расходов пройдены',
		'tsa.eligible': 'право на АСП',
		'tsa.amount': 'размер АСП в месяц',
		'tsa.child_supplement.children': 'дети 1–6 лет, на которых положена дополнительная выплата',
		'tsa.child_supplement': 'дополнительная выплата на детей в месяц',
		'tsa.unconditional': 'безусловная денежная помощь',
		'tsa.conditional.factor': 'ожидаемая доля выплаты по социальному контракту'
	},
	clauses: {
		[C.art120]: 'Социальный кодекс № 224-VII от 20.04.2023, ст. 120 (черта бедности по регионам; проверка среднедушевого дохода)',
		[C.art121]:
			'Социальный кодекс № 224-VII, ст. 121 (безусловная денежная помощь: нет трудоспособных членов семьи либо единственный трудоспособный осуществляет уход; одинокие пенсионеры, инвалидность I/II группы)',
		[C.art122]: 'Социальный кодекс № 224-VII, ст. 122 (обусловленная помощь; социальный контракт обязателен)',
		[C.contractBreak]:
			'Социальный кодекс № 224-VII, ст. 122, на практике: при невыполнении социального контракта помощь семье прекращается и в АСП отказывают 6 месяцев (вице-министр, 07.01.2025)',
		[C.o160]: 'Приказ № 160 от 19.05.2023 в ред. приказа № 473 от 20.12.2024: max(35 % медианного дохода, 70 % регионального ПМ)',
		[C.o181]: 'Приказ № 181 от 26.05.2023 (правила исчисления совокупного дохода; исключаемые выплаты по вторичному разъяснению)',
		[C.o227]: 'Приказ № 227 от 21.06.2023 (правила назначения; формула в изложении министерства, 18.08.2025)',
		[C.o227child]:
			'Приказ № 227 от 21.06.2023: 1,5 МРП в месяц на каждого ребёнка от 1 до 6 лет включительно в семье — получателе АСП (разъяснение министерства)',
		[C.o227loans]:
			'Приказ № 227 в применении с сентября 2025 г.: кредиты, кроме ипотечных займов, полученные за квартал сверх 2 ПМ на члена семьи, — основание отказа (проект; пример министра)',
		[C.draft]:
			'Проект изменений в приказ № 227 (2025): вклады свыше 200 МРП, более одного автомобиля (кроме многодетных семей и семей с детьми с инвалидностью), расходы выше черты бедности',
		[C.o320]: 'Практика 2020 г. по приказу № 320: отказ семьям, имеющим более одного жилья'
	},
	unknown: 'нет данных',
	yes: 'да',
	no: 'нет',
	status: { exact: 'точно', approximate: 'приблизительно', assumption: 'допущение' },
	counted: (income) => `совокупный доход семьи ${income} в месяц`,
	perCapita: (pci, income, size) => `среднедушевой доход ${pci} (${income} ÷ ${size} чел.)`,
	line: (line, pmShare, pm, pmTerm, medianShare, median, medianTerm) =>
		`черта бедности ${line}: большее из ${pmShare} регионального ПМ ${pm} (${pmTerm}) и ${medianShare} медианного среднедушевого дохода ${median} (${medianTerm})`,
	incomeTest: (pci, below, line, pmShare, pm) =>
		`среднедушевой доход ${pci} ${below ? `ниже черты бедности ${line}` : `достигает черты бедности ${line} или превышает её`} (${pmShare} регионального ПМ ${pm}; приказ № 160 в ред. № 473)`,
	test: (label, pass) => `${label}: ${pass ? 'пройдено' : 'не пройдено'}`,
	loan: (label, f) => {
		const verdict = f.pass ? 'пройдено' : 'не пройдено';
		if (f.basis === 'off') return `${label}: пройдено (кредиты не являются основанием отказа в АСП)`;
		if (f.basis === 'amount')
			return `кредиты, кроме ипотечных займов, полученные за квартал: ${f.received} ÷ ${f.size} = ${f.perMember} на члена семьи, ${f.pass ? 'в пределах' : 'сверх'} лимита ${f.multiple} × региональный ПМ ${f.pm} = ${f.limit}: ${verdict}`;
		const why = f.amountUnknown
			? 'сумма неизвестна, поэтому отказ по любому такому кредиту'
			: 'лимита по сумме нет: отказ по любому такому кредиту';
		return `${f.hasLoan ? 'есть' : 'нет'} кредита, кроме ипотечного займа (${why}): ${verdict}`;
	},
	eligible: (yes) => (yes ? 'имеет право на АСП' : 'не имеет права на АСП'),
	amount: (eligible, line, pci, size, amount) =>
		eligible ? `размер (${line} − ${pci}) × ${size} = ${amount} в месяц` : 'размер 0 ₸ (нет права)',
	supplement: (children, minAge, maxAge, per, mrp, total) =>
		`детей ${minAge}–${maxAge} лет: ${children} × ${per} МРП × ${mrp} = ${total} в месяц`,
	conditionality: (unconditional, ableBodied) =>
		unconditional
			? 'безусловная денежная помощь: нет трудоспособных членов семьи либо единственный трудоспособный осуществляет уход за ребёнком до 3 лет, ' +
				'ребёнком с инвалидностью, лицом с инвалидностью I или II группы или престарелым, нуждающимся в постороннем уходе; либо одиноко проживающий пенсионер или лицо с инвалидностью I или II группы'
			: `обусловленная денежная помощь: трудоспособных членов семьи — ${ableBodied}; нужен социальный контракт`,
	compliance: (share, k) =>
		k === null
			? `ожидаемая доля выплаты: ${share} (безусловная помощь)`
			: `ожидаемая доля выплаты: ${share} = ${k.keep} выполняют социальный контракт + остальные ${k.others} получают ${k.months} из 12 месяцев (${k.before} мес. до нарушения, затем отказ на ${k.refusal} мес.)`
};

const kk: Phrases = {
	labels: {
		'tsa.income.counted_total': 'отбасының жиынтық табысы',
		'tsa.income.per_capita': 'жан басына шаққандағы орташа табыс',
		'indices.pm_regional': 'өңірлік ең төмен күнкөріс деңгейі',
		'tsa.poverty_line.pm_term': 'өңірлік ЕТКД үлесі',
		'tsa.poverty_line.median_term': 'жан басына шаққандағы медианалық табыстың үлесі',
		'tsa.poverty_line': 'кедейлік шегі',
		'tsa.income_test': 'жан басына шаққандағы орташа табыс кедейлік шегінен төмен',
		'tsa.assets.loan_test': 'ипотекалық емес кредиттер шектен аспайды (бұл АӘК тағайындаудан бас тарту негізі болса)',
		'tsa.assets.vehicle_test': 'көлік саны шектен аспайды',
		'tsa.assets.dwelling_test': 'тұрғын үй саны шектен аспайды',
		'tsa.assets.land_test': 'жер учаскелері шектен аспайды',
		'tsa.assets.deposit_test': 'салымдар шектен аспайды',
		'tsa.spending.card_spending_test': 'бір адамға шаққандағы карта шығыстары шектен аспайды',
		'tsa.assets.pass': 'мүлік пен шығыс тексерулерінен өтті',
		'tsa.eligible': 'АӘК алуға құқығы бар',
		'tsa.amount': 'АӘК-тің айлық мөлшері',
		'tsa.child_supplement.children': 'қосымша төлем алатын жастағы балалар',
		'tsa.child_supplement': 'балаларға айлық қосымша төлем',
		'tsa.unconditional': 'шартсыз ақшалай көмек',
		'tsa.conditional.factor': 'әлеуметтік келісімшарт бойынша төленетін күтілетін үлес'
	},
	clauses: {
		[C.art120]:
			'Әлеуметтік кодекс, 20.04.2023 № 224-VII, 120-бап (өңірлер бойынша кедейлік шегі; жан басына шаққандағы орташа табысты тексеру)',
		[C.art121]:
			'Әлеуметтік кодекс № 224-VII, 121-бап (шартсыз ақшалай көмек: еңбекке қабілетті мүше жоқ не жалғыз еңбекке қабілетті мүше күтім жасайды; жалғыз тұратын (жалғызілікті) зейнеткерлер, I/II топтағы мүгедектік)',
		[C.art122]: 'Әлеуметтік кодекс № 224-VII, 122-бап (шартты көмек; әлеуметтік келісімшарт міндетті)',
		[C.contractBreak]:
			'Әлеуметтік кодекс № 224-VII, 122-бап, іс жүзінде: әлеуметтік келісімшарт орындалмаса, отбасына көмек тоқтатылады және 6 ай бойы АӘК тағайындаудан бас тартылады (вице-министр, 07.01.2025)',
		[C.o160]: '19.05.2023 № 160 бұйрық, 20.12.2024 № 473 бұйрықпен өзгертілген: max(медианалық табыстың 35 %-ы, өңірлік ЕТКД-ның 70 %-ы)',
		[C.o181]: '26.05.2023 № 181 бұйрық (жиынтық табысты есептеу қағидалары; есепке алынбайтын төлемдер қосымша түсіндірме бойынша)',
		[C.o227]: '21.06.2023 № 227 бұйрық (тағайындау қағидалары; формула министрліктің түсіндірмесі бойынша, 18.08.2025)',
		[C.o227child]:
			'21.06.2023 № 227 бұйрық: АӘК алатын отбасындағы 1 жастан 6 жасқа дейінгі (қоса алғанда) әр балаға айына 1,5 АЕК (министрліктің түсіндірмесі)',
		[C.o227loans]:
			'2025 жылғы қыркүйектен бастап қолданылатын № 227 бұйрық: ипотекалық емес кредиті бар отбасыларға АӘК тағайындалмайды (тоқсанда отбасының бір мүшесіне 2 ЕТКД-дан асатын кредиттер; жоба, министрдің мысалы)',
		[C.draft]:
			'№ 227 бұйрыққа өзгерістер жобасы (2025): 200 АЕК-тен асатын салымдар, бірден көп көлік (көпбалалы отбасылар мен мүгедектігі бар баласы бар отбасылардан басқа), кедейлік шегінен жоғары шығыстар',
		[C.o320]: '№ 320 бұйрық бойынша 2020 жылғы тәжірибе: бірден көп тұрғын үйі бар отбасыларға АӘК тағайындаудан бас тарту'
	},
	unknown: 'дерек жоқ',
	yes: 'иә',
	no: 'жоқ',
	status: { exact: 'нақты', approximate: 'шамамен', assumption: 'болжам' },
	counted: (income) => `отбасының жиынтық табысы айына ${income}`,
	perCapita: (pci, income, size) => `жан басына шаққандағы орташа табыс ${pci} (${income} ÷ ${size} адам)`,
	line: (line, pmShare, pm, pmTerm, medianShare, median, medianTerm) =>
		`кедейлік шегі ${line}: өңірлік ЕТКД-ның (${pm}) ${pmShare}-ы (${pmTerm}) және жан басына шаққандағы медианалық табыстың (${median}) ${medianShare}-ы (${medianTerm}) шамаларының үлкені`,
	incomeTest: (pci, below, line, pmShare, pm) =>
		`жан басына шаққандағы орташа табыс ${pci} ${below ? `кедейлік шегінен (${line}) төмен` : `кедейлік шегіне (${line}) тең немесе одан жоғары`} (өңірлік ЕТКД-ның (${pm}) ${pmShare}-ы; № 473 бұйрықпен өзгертілген № 160 бұйрық)`,
	test: (label, pass) => `${label}: ${pass ? 'өтті' : 'өтпеді'}`,
	loan: (label, f) => {
		const verdict = f.pass ? 'өтті' : 'өтпеді';
		if (f.basis === 'off') return `${label}: өтті (кредиттер АӘК тағайындаудан бас тарту негізі емес)`;
		if (f.basis === 'amount')
			return `тоқсанда алынған ипотекалық емес кредиттер: ${f.received} ÷ ${f.size} = отбасының бір мүшесіне ${f.perMember}, ${f.pass ? 'шектен аспайды' : 'шектен асады'} (${f.multiple} × өңірлік ЕТКД (${f.pm}) = ${f.limit}): ${verdict}`;
		const why = f.amountUnknown
			? 'сомасы белгісіз, сондықтан кез келген осындай кредит АӘК тағайындаудан бас тартуға негіз'
			: 'сома бойынша шек жоқ: кез келген осындай кредит АӘК тағайындаудан бас тартуға негіз';
		return `ипотекалық емес кредит ${f.hasLoan ? 'бар' : 'жоқ'} (${why}): ${verdict}`;
	},
	eligible: (yes) => (yes ? 'АӘК алуға құқығы бар' : 'АӘК алуға құқығы жоқ'),
	amount: (eligible, line, pci, size, amount) =>
		eligible ? `мөлшері (${line} − ${pci}) × ${size} = айына ${amount}` : 'мөлшері 0 ₸ (құқығы жоқ)',
	supplement: (children, minAge, maxAge, per, mrp, total) =>
		`${minAge}–${maxAge} жастағы балалар: ${children} × ${per} АЕК × ${mrp} = айына ${total}`,
	conditionality: (unconditional, ableBodied) =>
		unconditional
			? 'шартсыз ақшалай көмек: еңбекке қабілетті мүше жоқ, не жалғыз еңбекке қабілетті мүше 3 жасқа дейінгі балаға, мүгедектігі бар балаға, ' +
				'I немесе II топтағы мүгедектігі бар адамға не бөгде күтімге мұқтаж қарт адамға күтім жасайды; не жалғыз тұратын (жалғызілікті) зейнеткер немесе I не II топтағы мүгедектігі бар адам'
			: `шартты ақшалай көмек: еңбекке қабілетті мүшелер саны ${ableBodied}; әлеуметтік келісімшарт қажет`,
	compliance: (share, k) =>
		k === null
			? `төленетін күтілетін үлес: ${share} (шартсыз көмек)`
			: `төленетін күтілетін үлес: ${share} = әлеуметтік келісімшартты орындайтындардың үлесі (${k.keep}) + қалғандары (${k.others}) 12 айдың ${k.months} айында алады (бұзғанға дейін ${k.before} ай, одан кейін ${k.refusal} ай бойы АӘК тағайындаудан бас тартылады)`
};

/** The explainer's phrases in each language. */
export const EXPLAIN_PHRASES: Record<ExplainLanguage, Phrases> = { en, ru, kk };
