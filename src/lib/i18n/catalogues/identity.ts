// Messages that say what a figure is: the dataset and whether it is synthetic, the take-up assumption behind
// "expected", national rules against a region's own, and the regions view's local-assistance measures.

/** English messages. */
export const en = {
	'identity.label': 'What these figures are',
	'identity.synthetic': 'synthetic, not real people',
	'identity.not_synthetic': 'not synthetic (its manifest says so)',
	'identity.unstated': 'does not say whether it is synthetic',
	'identity.takeup.full': 'full take-up',
	'identity.takeup.observed': 'take-up seen in the data',
	'identity.expected': '{takeup}, {compliance} keep the social contract',
	'identity.assumption': 'Expected figures: {basis}',
	'headline.expected_cost': 'Annual cost at expected take-up ({basis})',
	'headline.expected_note': 'Expected figures assume {basis}.',
	'headline.national_total': 'All Kazakhstan, for comparison',
	'headline.national_cost': 'National annual cost at expected take-up',
	'headline.national_local_cost': 'Local assistance, all regions: annual cost',
	'headline.budget_national_note':
		'The TSA budget is national: it is compared with the national cost at expected take-up ({amount}), never with {region}’s.',
	'headline.local_region': 'Local assistance: {region}’s own rules (maslikhat)',
	'headline.local_region_note': 'Compared with {region}’s own figures under the law; no regional budget for local assistance is known.',
	'regions.rules.national':
		'National rules, the same in every region: the TSA poverty line (its share of ПМ and of the median income), the income and asset tests, the child supplement and the social contract. The TSA budget is national.',
	'regions.rules.own':
		'{region}’s own: its regional ПМ and median income, on which its poverty line rests, and its maslikhat’s local assistance.',
	'regions.changed.national': 'Changed national rules: {list}.',
	'regions.changed.own': 'Changed for this region: {list}.',
	'regions.changed.none': 'No rule differs from the law.',
	'regions.group.tsa': 'TSA (national rules)',
	'regions.group.local': 'Local assistance (each region’s own rules)',
	'regions.local_cost': 'Local assistance: annual cost',
	'regions.local_households': 'Local assistance: families helped',
	'takeup.cost_learnt': 'Annual cost of those applications, at application rates learnt from the data (social-contract breaks not counted)',
	'takeup.vs_headline':
		'Not the headline’s “annual cost at expected take-up”, which assumes {basis}: {amount}. Here who applies is learnt from the data instead: {learnt} today.'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'identity.label': 'Что означают эти показатели',
	'identity.synthetic': 'синтетические данные, не реальные люди',
	'identity.not_synthetic': 'не синтетические (так указано в его манифесте)',
	'identity.unstated': 'не указано, синтетические ли это данные',
	'identity.takeup.full': 'полная обращаемость',
	'identity.takeup.observed': 'обращаемость по данным наблюдений',
	'identity.expected': '{takeup}, {compliance} выполняют социальный контракт',
	'identity.assumption': 'Ожидаемые показатели: {basis}',
	'headline.expected_cost': 'Годовые расходы при ожидаемом обращении ({basis})',
	'headline.expected_note': 'Ожидаемые показатели предполагают: {basis}.',
	'headline.national_total': 'Весь Казахстан, для сравнения',
	'headline.national_cost': 'Годовые расходы по стране при ожидаемом обращении',
	'headline.national_local_cost': 'Местная помощь, все регионы: годовые расходы',
	'headline.budget_national_note':
		'Бюджет АСП республиканский: с ним сравниваются расходы всей страны при ожидаемом обращении ({amount}), а не расходы выбранного региона ({region}).',
	'headline.local_region': 'Местная помощь: собственные правила региона ({region}, маслихат)',
	'headline.local_region_note':
		'Сравнивается с показателями того же региона ({region}) по действующим правилам; бюджет местной помощи региона неизвестен.',
	'regions.rules.national':
		'Общие для всей страны правила: черта бедности для АСП (доля ПМ и медианного дохода), проверка доходов и имущества, дополнительная выплата на детей и социальный контракт. Бюджет АСП республиканский.',
	'regions.rules.own':
		'Собственное у региона ({region}): региональный ПМ и медианный доход, от которых зависит его черта бедности, и местная помощь по решению маслихата.',
	'regions.changed.national': 'Изменённые общие правила: {list}.',
	'regions.changed.own': 'Изменено для этого региона: {list}.',
	'regions.changed.none': 'Все правила совпадают с действующими.',
	'regions.group.tsa': 'АСП (общие правила)',
	'regions.group.local': 'Местная помощь (правила каждого региона)',
	'regions.local_cost': 'Местная помощь: годовые расходы',
	'regions.local_households': 'Местная помощь: семьи, получившие помощь',
	'takeup.cost_learnt':
		'Годовая стоимость этих обращений при долях обращений, оценённых по данным (без учёта нарушений социального контракта)',
	'takeup.vs_headline':
		'Это не «годовые расходы при ожидаемом обращении» из основных показателей: там предполагается {basis} — {amount}. Здесь то, кто обратится, оценивается по данным: сейчас {learnt}.'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'identity.label': 'Бұл көрсеткіштер не туралы',
	'identity.synthetic': 'синтетикалық деректер, нақты адамдар емес',
	'identity.not_synthetic': 'синтетикалық емес (манифесінде солай көрсетілген)',
	'identity.unstated': 'синтетикалық па, жоқ па — көрсетілмеген',
	'identity.takeup.full': 'толық өтініш беру деңгейі',
	'identity.takeup.observed': 'деректерде байқалған өтініш беру деңгейі',
	'identity.expected': '{takeup}, {compliance} әлеуметтік келісімшартты орындайды',
	'identity.assumption': 'Күтілетін көрсеткіштер: {basis}',
	'headline.expected_cost': 'Күтілетін өтініш беру деңгейіндегі жылдық шығыс ({basis})',
	'headline.expected_note': 'Күтілетін көрсеткіштердің болжамы: {basis}.',
	'headline.national_total': 'Бүкіл Қазақстан, салыстыру үшін',
	'headline.national_cost': 'Бүкіл елдің күтілетін өтініш беру деңгейіндегі жылдық шығысы',
	'headline.national_local_cost': 'Жергілікті көмек, барлық өңірлер: жылдық шығыс',
	'headline.budget_national_note':
		'АӘК бюджеті республикалық: онымен бүкіл елдің күтілетін өтініш беру деңгейіндегі шығысы ({amount}) салыстырылады, таңдалған өңірдікі ({region}) емес.',
	'headline.local_region': 'Жергілікті көмек: өңірдің өз ережелері ({region}, мәслихат)',
	'headline.local_region_note':
		'Осы өңірдің ({region}) қолданыстағы ережелер бойынша көрсеткіштерімен салыстырылады; өңірдің жергілікті көмек бюджеті белгісіз.',
	'regions.rules.national':
		'Бүкіл елге ортақ ережелер: АӘК кедейлік шегі (ЕТКД мен медианалық табыстың үлесі), табыс пен мүлікті тексеру, балаларға қосымша төлем және әлеуметтік келісімшарт. АӘК бюджеті республикалық.',
	'regions.rules.own':
		'Өңірдің өзіне тән ({region}): өңірлік ЕТКД мен медианалық табыс (кедейлік шегі соларға байланысты) және мәслихат шешімімен берілетін жергілікті көмек.',
	'regions.changed.national': 'Өзгерген жалпы ережелер: {list}.',
	'regions.changed.own': 'Осы өңір үшін өзгертілген: {list}.',
	'regions.changed.none': 'Барлық ережелер қолданыстағы заңнамамен бірдей.',
	'regions.group.tsa': 'АӘК (жалпы ережелер)',
	'regions.group.local': 'Жергілікті көмек (әр өңірдің өз ережелері)',
	'regions.local_cost': 'Жергілікті көмек: жылдық шығыс',
	'regions.local_households': 'Жергілікті көмек: көмек алған отбасылар',
	'takeup.cost_learnt':
		'Осы өтініштердің жылдық құны, деректер бойынша бағаланған өтініш беру үлестерімен (әлеуметтік келісімшартты бұзу ескерілмейді)',
	'takeup.vs_headline':
		'Бұл негізгі көрсеткіштердегі «күтілетін өтініш беру деңгейіндегі жылдық шығыс» емес: онда {basis} болжанады — {amount}. Мұнда кімнің өтініш беретіні деректер бойынша бағаланады: қазір {learnt}.'
};
