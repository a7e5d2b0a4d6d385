// Messages of the impact view: poverty and inequality before and after assistance, winners and losers by decile.

/** English messages. */
export const en = {
	'im.title': 'Impact on poverty and inequality',
	'im.help':
		'Income per capita: the family’s income from every income column, brought to the scenario’s year, divided by its members. Before assistance: that income. After assistance: plus TSA and the child supplement at expected take-up (take-up × the share keeping the social contract) and local assistance, a month. A person is poor when the family’s income per capita is below the regional subsistence minimum (ПМ). The scenario’s “after” is set against the law’s “after”, and both against “before”.',
	'im.shown_region': 'Shown: {region}, with all Kazakhstan beside it.',
	'im.shown_nation': 'Shown: all Kazakhstan. Focus a region to see its own figures beside the national ones.',
	'im.each_figure': 'Each figure is the scenario’s; under it, the law’s and the change.',
	'im.poor_before': 'Poor persons before assistance',
	'im.poor_after': 'Poor persons after assistance',
	'im.gap_before': 'Poverty gap before assistance, ₸ a month',
	'im.gap_after': 'Poverty gap after assistance, ₸ a month',
	'im.gini_before': 'Gini coefficient before assistance',
	'im.gini_after': 'Gini coefficient after assistance',
	'im.by_age': 'Poor persons by age group: {scope}',
	'im.by_age_chart': 'Poor persons before and after assistance, by age group',
	'im.all_persons': 'All persons',
	'im.children': 'Children under 18',
	'im.working_age': 'Working age',
	'im.pension_age': 'Pension age',
	'im.before': 'Before assistance',
	'im.after_law': 'After assistance, law',
	'im.after_scenario': 'After assistance, scenario',
	'im.wl.title': 'Winners and losers by income decile',
	'im.wl.help':
		'Persons ranked by income per capita before assistance under the law, each decile a tenth of all persons in the dataset (decile 1 is the poorest). A person gains when the family’s monthly income after assistance is more than {threshold} higher under the scenario than under the law, and loses when it is more than {threshold} lower. The average change is the change in the decile’s total income after assistance, as a share of its total under the law.',
	'im.wl.region': 'Only the persons of {region} are counted, in the national deciles.',
	'im.wl.none': 'The scenario changes no family’s income after assistance by more than {threshold}: nobody gains or loses.',
	'im.wl.shares_chart': 'Share of persons who gain and who lose, by income decile',
	'im.wl.shares_unit': '% of persons in the decile',
	'im.wl.change_chart': 'Average change in family income after assistance, by income decile',
	'im.wl.change_unit': '% of income under the law',
	'im.wl.change': 'Average change'
} as const;

type Messages = Record<keyof typeof en, string>;

/** Russian messages. */
export const ru: Messages = {
	'im.title': 'Влияние на бедность и неравенство',
	'im.help':
		'Доход на душу: доход семьи по всем видам доходов, приведённый к году сценария и делённый на число её членов. До помощи — этот доход. После помощи — он же плюс АСП и дополнительная выплата на детей при ожидаемом обращении (доля обратившихся × доля выполняющих социальный контракт) и местная помощь, в месяц. Человек считается бедным, если доход его семьи на душу ниже регионального прожиточного минимума (ПМ). «После» по сценарию сравнивается с «после» по закону, и оба — с «до».',
	'im.shown_region': 'Показано: {region}, рядом — весь Казахстан.',
	'im.shown_nation': 'Показано: весь Казахстан. Выберите регион, чтобы увидеть его показатели рядом с общими по стране.',
	'im.each_figure': 'Каждый показатель — по сценарию; под ним — по закону и изменение.',
	'im.poor_before': 'Бедные до помощи, человек',
	'im.poor_after': 'Бедные после помощи, человек',
	'im.gap_before': 'Дефицит дохода бедных до помощи, ₸ в месяц',
	'im.gap_after': 'Дефицит дохода бедных после помощи, ₸ в месяц',
	'im.gini_before': 'Коэффициент Джини до помощи',
	'im.gini_after': 'Коэффициент Джини после помощи',
	'im.by_age': 'Бедные по возрастным группам: {scope}',
	'im.by_age_chart': 'Бедные до и после помощи по возрастным группам',
	'im.all_persons': 'Все люди',
	'im.children': 'Дети до 18 лет',
	'im.working_age': 'Трудоспособный возраст',
	'im.pension_age': 'Пенсионный возраст',
	'im.before': 'До помощи',
	'im.after_law': 'После помощи, по закону',
	'im.after_scenario': 'После помощи, по сценарию',
	'im.wl.title': 'Выигрывающие и проигрывающие по децилям дохода',
	'im.wl.help':
		'Люди упорядочены по доходу на душу до помощи по закону, каждый дециль — десятая часть всех людей набора данных (1-й дециль — беднейший). Человек выигрывает, если месячный доход его семьи после помощи по сценарию выше, чем по закону, более чем на {threshold}, и проигрывает, если ниже более чем на {threshold}. Среднее изменение — изменение суммарного дохода дециля после помощи в доле от его суммы по закону.',
	'im.wl.region': 'Учитываются только жители региона {region}, в общенациональных децилях.',
	'im.wl.none': 'Сценарий не меняет доход после помощи ни одной семьи более чем на {threshold}: никто не выигрывает и не проигрывает.',
	'im.wl.shares_chart': 'Доля выигрывающих и проигрывающих по децилям дохода',
	'im.wl.shares_unit': '% людей дециля',
	'im.wl.change_chart': 'Среднее изменение дохода семей после помощи по децилям дохода',
	'im.wl.change_unit': '% дохода по закону',
	'im.wl.change': 'Среднее изменение'
};

/** Kazakh messages. */
export const kk: Messages = {
	'im.title': 'Кедейлік пен теңсіздікке әсері',
	'im.help':
		'Жан басына шаққандағы орташа табыс: отбасының барлық табыс түрлері бойынша табысы, сценарий жылына келтіріліп, оның мүшелерінің санына бөлінген. Көмекке дейін — осы табыс. Көмектен кейін — оған қоса күтілетін өтініш берушілік кезіндегі АӘК пен балаларға қосымша төлем (өтініш бергендердің үлесі × әлеуметтік келісімшартты орындайтындардың үлесі) және жергілікті көмек, айына. Отбасының жан басына шаққандағы орташа табысы өңірлік ең төмен күнкөріс деңгейінен (ЕТКД) төмен болса, адам кедей деп саналады. Сценарий бойынша «кейін» заң бойынша «кейінмен», ал екеуі де «дейінмен» салыстырылады.',
	'im.shown_region': 'Көрсетілген: {region}, қатарында — бүкіл Қазақстан.',
	'im.shown_nation': 'Көрсетілген: бүкіл Қазақстан. Өңірдің өз көрсеткіштерін ел бойынша көрсеткіштермен қатар көру үшін өңірді таңдаңыз.',
	'im.each_figure': 'Әр көрсеткіш — сценарий бойынша; астында — заң бойынша және өзгеріс.',
	'im.poor_before': 'Көмекке дейінгі кедей адамдар',
	'im.poor_after': 'Көмектен кейінгі кедей адамдар',
	'im.gap_before': 'Көмекке дейінгі кедейлердің табыс тапшылығы, айына ₸',
	'im.gap_after': 'Көмектен кейінгі кедейлердің табыс тапшылығы, айына ₸',
	'im.gini_before': 'Көмекке дейінгі Джини коэффициенті',
	'im.gini_after': 'Көмектен кейінгі Джини коэффициенті',
	'im.by_age': 'Кедей адамдардың жас топтары бойынша бөлінісі: {scope}',
	'im.by_age_chart': 'Жас топтары бойынша көмекке дейінгі және кейінгі кедей адамдар',
	'im.all_persons': 'Барлық адамдар',
	'im.children': '18 жасқа толмаған балалар',
	'im.working_age': 'Еңбекке қабілетті жас',
	'im.pension_age': 'Зейнет жасы',
	'im.before': 'Көмекке дейін',
	'im.after_law': 'Көмектен кейін, заң бойынша',
	'im.after_scenario': 'Көмектен кейін, сценарий бойынша',
	'im.wl.title': 'Табыс децильдері бойынша ұтатындар мен ұтылатындар',
	'im.wl.help':
		'Адамдар заң бойынша көмекке дейінгі жан басына шаққандағы орташа табысы бойынша реттелген, әр дециль — деректер жинағындағы барлық адамдардың оннан бірі (1-дециль — ең кедей). Отбасының көмектен кейінгі айлық табысы сценарий бойынша заң бойыншадан {threshold} артық жоғары болса, адам ұтады, {threshold} артық төмен болса, ұтылады. Орташа өзгеріс — децильдің көмектен кейінгі жиынтық табысының өзгерісі, оның заң бойынша сомасына үлесі ретінде.',
	'im.wl.region': 'Тек {region} тұрғындары ғана, ел бойынша децильдерде есептеледі.',
	'im.wl.none': 'Сценарий ешбір отбасының көмектен кейінгі табысын {threshold} артық өзгертпейді: ешкім ұтпайды да, ұтылмайды да.',
	'im.wl.shares_chart': 'Табыс децильдері бойынша ұтатын және ұтылатын адамдардың үлесі',
	'im.wl.shares_unit': 'децильдегі адамдардың %',
	'im.wl.change_chart': 'Табыс децильдері бойынша отбасылардың көмектен кейінгі табысының орташа өзгерісі',
	'im.wl.change_unit': 'заң бойынша табыстың %',
	'im.wl.change': 'Орташа өзгеріс'
};
