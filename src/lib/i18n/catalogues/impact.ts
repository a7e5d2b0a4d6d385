// Messages of the impact view: poverty and inequality before and after assistance, winners and losers by decile.

/** English messages. */
export const en = {
	'impact.title': 'Impact on poverty and inequality',
	'impact.help':
		'Income per capita: the family’s income from every income column, brought to the scenario’s year, divided by its members. Before assistance: that income. After assistance: plus TSA and the child supplement at expected take-up (take-up × the share keeping the social contract) and local assistance, a month. A person is poor when the family’s income per capita is below the regional subsistence minimum (ПМ). The scenario’s “after” is set against the law’s “after”, and both against “before”.',
	'impact.shown_region': 'Shown: {region}, with all Kazakhstan beside it.',
	'impact.shown_nation': 'Shown: all Kazakhstan. Focus a region to see its own figures beside the national ones.',
	'impact.each_figure': 'Each figure is the scenario’s; under it, the law’s and the change.',
	'impact.poor_before': 'Poor persons before assistance',
	'impact.poor_after': 'Poor persons after assistance',
	'impact.gap_before': 'Poverty gap before assistance, ₸ a month',
	'impact.gap_after': 'Poverty gap after assistance, ₸ a month',
	'impact.gini_before': 'Gini coefficient before assistance',
	'impact.gini_after': 'Gini coefficient after assistance',
	'impact.by_age': 'Poor persons by age group: {scope}',
	'impact.by_age_chart': 'Poor persons before and after assistance, by age group',
	'impact.all_persons': 'All persons',
	'impact.children': 'Children under 18',
	'impact.working_age': 'Working age',
	'impact.pension_age': 'Pension age',
	'impact.before': 'Before assistance',
	'impact.after_law': 'After assistance, law',
	'impact.after_scenario': 'After assistance, scenario',
	'impact.wl.title': 'Winners and losers by income decile',
	'impact.wl.help':
		'Persons ranked by income per capita before assistance under the law, each decile a tenth of all persons in the dataset (decile 1 is the poorest). A person gains when the family’s monthly income after assistance is more than {threshold} higher under the scenario than under the law, and loses when it is more than {threshold} lower. The average change is the change in the decile’s total income after assistance, as a share of its total under the law.',
	'impact.wl.region': 'Only the persons of {region} are counted, in the national deciles.',
	'impact.wl.none': 'The scenario changes no family’s income after assistance by more than {threshold}: nobody gains or loses.',
	'impact.wl.shares_chart': 'Share of persons who gain and who lose, by income decile',
	'impact.wl.shares_unit': '% of persons in the decile',
	'impact.wl.change_chart': 'Average change in family income after assistance, by income decile',
	'impact.wl.change_unit': '% of income under the law',
	'impact.wl.change': 'Average change'
} as const;

type Messages = Record<keyof typeof en, string>;

/** Russian messages. */
export const ru: Messages = {
	'impact.title': 'Влияние на бедность и неравенство',
	'impact.help':
		'Доход на душу: доход семьи по всем видам доходов, приведённый к году сценария и делённый на число её членов. До помощи — этот доход. После помощи — он же плюс АСП и дополнительная выплата на детей при ожидаемом обращении (доля обратившихся × доля выполняющих социальный контракт) и местная помощь, в месяц. Человек считается бедным, если доход его семьи на душу ниже регионального прожиточного минимума (ПМ). «После» по сценарию сравнивается с «после» по закону, и оба — с «до».',
	'impact.shown_region': 'Показано: {region}, рядом — весь Казахстан.',
	'impact.shown_nation': 'Показано: весь Казахстан. Выберите регион, чтобы увидеть его показатели рядом с общими по стране.',
	'impact.each_figure': 'Каждый показатель — по сценарию; под ним — по закону и изменение.',
	'impact.poor_before': 'Бедные до помощи, человек',
	'impact.poor_after': 'Бедные после помощи, человек',
	'impact.gap_before': 'Дефицит дохода бедных до помощи, ₸ в месяц',
	'impact.gap_after': 'Дефицит дохода бедных после помощи, ₸ в месяц',
	'impact.gini_before': 'Коэффициент Джини до помощи',
	'impact.gini_after': 'Коэффициент Джини после помощи',
	'impact.by_age': 'Бедные по возрастным группам: {scope}',
	'impact.by_age_chart': 'Бедные до и после помощи по возрастным группам',
	'impact.all_persons': 'Все люди',
	'impact.children': 'Дети до 18 лет',
	'impact.working_age': 'Трудоспособный возраст',
	'impact.pension_age': 'Пенсионный возраст',
	'impact.before': 'До помощи',
	'impact.after_law': 'После помощи, по закону',
	'impact.after_scenario': 'После помощи, по сценарию',
	'impact.wl.title': 'Выигрывающие и проигрывающие по децилям дохода',
	'impact.wl.help':
		'Люди упорядочены по доходу на душу до помощи по закону, каждый дециль — десятая часть всех людей набора данных (1-й дециль — беднейший). Человек выигрывает, если месячный доход его семьи после помощи по сценарию выше, чем по закону, более чем на {threshold}, и проигрывает, если ниже более чем на {threshold}. Среднее изменение — изменение суммарного дохода дециля после помощи в доле от его суммы по закону.',
	'impact.wl.region': 'Учитываются только жители региона {region}, в общенациональных децилях.',
	'impact.wl.none': 'Сценарий не меняет доход после помощи ни одной семьи более чем на {threshold}: никто не выигрывает и не проигрывает.',
	'impact.wl.shares_chart': 'Доля выигрывающих и проигрывающих по децилям дохода',
	'impact.wl.shares_unit': '% людей дециля',
	'impact.wl.change_chart': 'Среднее изменение дохода семей после помощи по децилям дохода',
	'impact.wl.change_unit': '% дохода по закону',
	'impact.wl.change': 'Среднее изменение'
};

/** Kazakh messages. */
export const kk: Messages = {
	'impact.title': 'Кедейлік пен теңсіздікке әсері',
	'impact.help':
		'Жан басына шаққандағы орташа табыс: отбасының барлық табыс түрлері бойынша табысы, сценарий жылына келтіріліп, оның мүшелерінің санына бөлінген. Көмекке дейін — осы табыс. Көмектен кейін — оған қоса күтілетін өтініш берушілік кезіндегі АӘК пен балаларға қосымша төлем (өтініш бергендердің үлесі × әлеуметтік келісімшартты орындайтындардың үлесі) және жергілікті көмек, айына. Отбасының жан басына шаққандағы орташа табысы өңірлік ең төмен күнкөріс деңгейінен (ЕТКД) төмен болса, адам кедей деп саналады. Сценарий бойынша «кейін» заң бойынша «кейінмен», ал екеуі де «дейінмен» салыстырылады.',
	'impact.shown_region': 'Көрсетілген: {region}, қатарында — бүкіл Қазақстан.',
	'impact.shown_nation':
		'Көрсетілген: бүкіл Қазақстан. Өңірдің өз көрсеткіштерін ел бойынша көрсеткіштермен қатар көру үшін өңірді таңдаңыз.',
	'impact.each_figure': 'Әр көрсеткіш — сценарий бойынша; астында — заң бойынша және өзгеріс.',
	'impact.poor_before': 'Көмекке дейінгі кедей адамдар',
	'impact.poor_after': 'Көмектен кейінгі кедей адамдар',
	'impact.gap_before': 'Көмекке дейінгі кедейлердің табыс тапшылығы, айына ₸',
	'impact.gap_after': 'Көмектен кейінгі кедейлердің табыс тапшылығы, айына ₸',
	'impact.gini_before': 'Көмекке дейінгі Джини коэффициенті',
	'impact.gini_after': 'Көмектен кейінгі Джини коэффициенті',
	'impact.by_age': 'Кедей адамдардың жас топтары бойынша бөлінісі: {scope}',
	'impact.by_age_chart': 'Жас топтары бойынша көмекке дейінгі және кейінгі кедей адамдар',
	'impact.all_persons': 'Барлық адамдар',
	'impact.children': '18 жасқа толмаған балалар',
	'impact.working_age': 'Еңбекке қабілетті жас',
	'impact.pension_age': 'Зейнет жасы',
	'impact.before': 'Көмекке дейін',
	'impact.after_law': 'Көмектен кейін, заң бойынша',
	'impact.after_scenario': 'Көмектен кейін, сценарий бойынша',
	'impact.wl.title': 'Табыс децильдері бойынша ұтатындар мен ұтылатындар',
	'impact.wl.help':
		'Адамдар заң бойынша көмекке дейінгі жан басына шаққандағы орташа табысы бойынша реттелген, әр дециль — деректер жинағындағы барлық адамдардың оннан бірі (1-дециль — ең кедей). Отбасының көмектен кейінгі айлық табысы сценарий бойынша заң бойыншадан {threshold} артық жоғары болса, адам ұтады, {threshold} артық төмен болса, ұтылады. Орташа өзгеріс — децильдің көмектен кейінгі жиынтық табысының өзгерісі, оның заң бойынша сомасына үлесі ретінде.',
	'impact.wl.region': 'Тек {region} тұрғындары ғана, ел бойынша децильдерде есептеледі.',
	'impact.wl.none': 'Сценарий ешбір отбасының көмектен кейінгі табысын {threshold} артық өзгертпейді: ешкім ұтпайды да, ұтылмайды да.',
	'impact.wl.shares_chart': 'Табыс децильдері бойынша ұтатын және ұтылатын адамдардың үлесі',
	'impact.wl.shares_unit': 'децильдегі адамдардың %',
	'impact.wl.change_chart': 'Табыс децильдері бойынша отбасылардың көмектен кейінгі табысының орташа өзгерісі',
	'impact.wl.change_unit': 'заң бойынша табыстың %',
	'impact.wl.change': 'Орташа өзгеріс'
};
