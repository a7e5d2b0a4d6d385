// Messages of the Digital Family Card's gap, projected under a scenario (src/lib/sim/gap.ts).

/** English messages. */
export const en = {
	'gap.projected_explain':
		'Projected under each set of rules: the card notifies the families the rules make eligible at the rate the data shows for eligible families in their region and settlement, and the others at the rate it shows for them; of the notified, the share that applied. Unclaimed: the entitlement eligible families leave unclaimed at the take-up the data shows, whatever the take-up setting.',
	'gap.not_available': 'not in this dataset',
	'gap.not_available_explain':
		'This dataset does not record who the Digital Family Card notified and who applied (its notified and applied columns are missing or empty): these figures are not in this dataset.',
	'gap.funnel_explain':
		'Eligible families (weighted) at each stage, projected from the rates the data shows: notified at the rate for eligible families of their region and settlement, applied at the share of the notified that applied, paid after the social-contract share.',
	'gap.all_families': 'Digital Family Card, all families (projected)',
	'gap.gap_households': 'Notified, would not apply',
	'gap.unclaimed': 'Entitlement left unclaimed per year (observed take-up)',
	'gap.what.notified':
		'Families the Digital Family Card would notify, eligible or not (weighted), at the share the dataset marks notified in their region and settlement: more than the eligible, because the card also notifies families the rules refuse.',
	'gap.what.applied':
		'Of the notified, the families that would apply for TSA, eligible or not, at the share of the notified that applied in the dataset.',
	'gap.what.gap': 'Notified families that would not apply: notified minus applied.',
	'gap.what.unclaimed': 'TSA a year that eligible families leave unclaimed at the take-up the dataset shows, whatever the take-up setting.',
	'gap.moves':
		'Projected: they move with the scenario (who is eligible under its rules × the notification and response the dataset shows).',
	'gap.observed_fixed': 'Observed in the dataset: no scenario changes these.',
	'gap.observed.notified': 'Families in the dataset marked as notified by the Digital Family Card, eligible or not (weighted).',
	'gap.observed.applied': 'Families in the dataset marked as having applied for TSA, notified or not (weighted).',
	'gap.observed.gap': 'Families in the dataset marked notified that did not apply (weighted).',
	'gap.observed.paid': 'Families the dataset records as paid TSA (weighted).',
	'gap.funnel_eligible_only': 'Only eligibility can be shown: the stages after it need the notified and applied columns.'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'gap.projected_explain':
		'Прогноз по каждому набору правил: «Цифровая карта семьи» уведомляет семьи, имеющие право по правилам, с той долей, которую данные показывают для таких семей в их регионе и типе местности, а остальные семьи — с долей, которую данные показывают для них; из уведомлённых обращается та доля, которая обратилась в данных. Невостребовано: помощь, которую семьи, имеющие право, не получают при наблюдаемой в данных обращаемости, независимо от настройки обращаемости.',
	'gap.not_available': 'нет в этом наборе данных',
	'gap.not_available_explain':
		'В этом наборе данных не указано, кого уведомила «Цифровая карта семьи» и кто обратился (столбцы notified и applied отсутствуют или пусты): этих показателей нет в этом наборе данных.',
	'gap.funnel_explain':
		'Семьи, имеющие право на помощь (взвешенно), на каждом этапе, по долям из данных: уведомлены — с долей для семей, имеющих право, в их регионе и типе местности; обратились — с долей уведомлённых, которые обратились; получили выплату — с учётом доли соблюдающих социальный контракт.',
	'gap.all_families': '«Цифровая карта семьи», все семьи (прогноз)',
	'gap.gap_households': 'Уведомлены, не обратились бы',
	'gap.unclaimed': 'Невостребованная помощь за год (наблюдаемая обращаемость)',
	'gap.what.notified':
		'Семьи, которые уведомила бы «Цифровая карта семьи», имеющие право на помощь или нет (взвешенно), с долей уведомлённых в данных по их региону и типу местности: их больше, чем имеющих право, потому что карта уведомляет и семьи, которым правила отказывают.',
	'gap.what.applied':
		'Из уведомлённых — семьи, которые обратились бы за АСП, имеющие право или нет, с долей уведомлённых, обратившихся в данных.',
	'gap.what.gap': 'Уведомлённые семьи, которые не обратились бы: уведомлённые минус обратившиеся.',
	'gap.what.unclaimed':
		'АСП за год, которую семьи, имеющие право, не получают при обращаемости из данных, независимо от настройки обращаемости.',
	'gap.moves': 'Прогноз: меняется со сценарием (кто имеет право по его правилам × уведомление и обращение, которые показывают данные).',
	'gap.observed_fixed': 'Наблюдается в наборе данных: ни один сценарий их не меняет.',
	'gap.observed.notified': 'Семьи в наборе данных, отмеченные как уведомлённые «Цифровой картой семьи», имеющие право или нет (взвешенно).',
	'gap.observed.applied': 'Семьи в наборе данных, отмеченные как обратившиеся за АСП, уведомлённые или нет (взвешенно).',
	'gap.observed.gap': 'Семьи в наборе данных, отмеченные как уведомлённые, но не обратившиеся (взвешенно).',
	'gap.observed.paid': 'Семьи, которым по данным выплачена АСП (взвешенно).',
	'gap.funnel_eligible_only': 'Можно показать только право на помощь: для следующих этапов нужны столбцы notified и applied.'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'gap.projected_explain':
		'Әр ережелер жинағы бойынша болжам: «Отбасының цифрлық картасы» ережелер бойынша құқығы бар отбасыларды деректер олардың өңірі мен елді мекен түрінде осындай отбасылар үшін көрсететін үлеспен, ал қалған отбасыларды деректер олар үшін көрсететін үлеспен хабардар етеді; хабардар етілгендердің ішінен деректерде өтініш берген үлес өтініш береді. Талап етілмеген: құқығы бар отбасылар деректердегі өтініш беру деңгейінде алмай қалатын көмек, өтініш беру баптауына қарамастан.',
	'gap.not_available': 'бұл деректер жиынтығында жоқ',
	'gap.not_available_explain':
		'Бұл деректер жиынтығында «Отбасының цифрлық картасы» кімді хабардар еткені және кім өтініш бергені көрсетілмеген (notified және applied бағандары жоқ немесе бос): бұл көрсеткіштер бұл деректер жиынтығында жоқ.',
	'gap.funnel_explain':
		'Көмекке құқығы бар отбасылар (салмақталған) әр кезеңде, деректердегі үлестер бойынша: хабардар етілген — өңірі мен елді мекен түріндегі құқығы бар отбасылар үлесімен; өтініш берген — хабардар етілгендердің өтініш берген үлесімен; төлем алған — әлеуметтік келісімшартты орындайтындар үлесін ескере отырып.',
	'gap.all_families': '«Отбасының цифрлық картасы», барлық отбасылар (болжам)',
	'gap.gap_households': 'Хабардар етілген, өтініш бермес еді',
	'gap.unclaimed': 'Жылына талап етілмеген көмек (байқалған өтініш беру деңгейі)',
	'gap.what.notified':
		'«Отбасының цифрлық картасы» хабардар ететін отбасылар, құқығы бар ма, жоқ па (салмақталған), олардың өңірі мен елді мекен түріндегі деректерде хабардар етілгендер үлесімен: құқығы барлардан көп, себебі карта ережелер бас тартатын отбасыларды да хабардар етеді.',
	'gap.what.applied':
		'Хабардар етілгендердің ішінен АӘК-ке өтініш беретін отбасылар, құқығы бар ма, жоқ па, деректердегі хабардар етілгендердің өтініш берген үлесімен.',
	'gap.what.gap': 'Өтініш бермейтін хабардар етілген отбасылар: хабардар етілгендер минус өтініш бергендер.',
	'gap.what.unclaimed':
		'Құқығы бар отбасылар деректердегі өтініш беру деңгейінде жылына алмай қалатын АӘК, өтініш беру баптауына қарамастан.',
	'gap.moves':
		'Болжам: сценариймен бірге өзгереді (оның ережелері бойынша кімнің құқығы бар × деректер көрсететін хабарлау мен өтініш беру).',
	'gap.observed_fixed': 'Деректер жиынтығында байқалғаны: ешбір сценарий оларды өзгертпейді.',
	'gap.observed.notified':
		'Деректер жиынтығында «Отбасының цифрлық картасы» хабардар етті деп белгіленген отбасылар, құқығы бар ма, жоқ па (салмақталған).',
	'gap.observed.applied': 'Деректер жиынтығында АӘК-ке өтініш берді деп белгіленген отбасылар, хабардар етілді ме, жоқ па (салмақталған).',
	'gap.observed.gap': 'Деректер жиынтығында хабардар етілді деп белгіленген, бірақ өтініш бермеген отбасылар (салмақталған).',
	'gap.observed.paid': 'Деректер бойынша АӘК төленген отбасылар (салмақталған).',
	'gap.funnel_eligible_only': 'Тек көмекке құқықты көрсетуге болады: келесі кезеңдерге notified және applied бағандары керек.'
};
