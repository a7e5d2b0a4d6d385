// Messages of the deputy's view: the focused region's own levers first, local assistance's sweep and grounds, and
// gainers and losers by programme.

/** English messages. */
export const en = {
	'controls.group.regional': '{region}: subsistence minimum and median income',
	'deputy.controls.own': '{region}’s own levers',
	'deputy.controls.own_note':
		'Local assistance is set by the region’s maslikhat; the regional subsistence minimum (ПМ) and median income are the region’s statistics, which the national poverty line uses.',
	'deputy.controls.national': 'National rules (TSA, the same in every region)',
	'deputy.local.title': 'Local assistance in {region}: the income threshold',
	'deputy.local.title_none': 'Local assistance: the income threshold',
	'deputy.local.no_region':
		'Each region’s maslikhat sets its own local assistance: focus a region to sweep its income threshold and see the families it helps on each ground.',
	'deputy.local.help':
		'Each point re-evaluates the region’s local assistance with only its income threshold changed ({points} points, {from} to {to}; ПМ here is the statutory subsistence minimum of the budget law); the other rules are the scenario’s.',
	'deputy.local.off':
		'The income test is off in the scenario: switch it on among the region’s own levers (it starts at 1 × ПМ) to see where it stands on the curve.',
	'deputy.local.at_scenario':
		'At the scenario’s threshold {multiple}: the income-tested payment helps {income} families; local assistance on any ground helps {total} families, up to {cost} a year.',
	'deputy.local.zoom_note': 'Thresholds from {from} to {to} shown; the sweep runs from {min} to {max}.',
	'deputy.local.cost_title': 'Annual local assistance cost in {region} by income threshold',
	'deputy.local.helped_title': 'Families helped in {region} by income threshold',
	'deputy.local.x': 'Income threshold, × ПМ',
	'deputy.local.all': 'Local assistance on any ground',
	'deputy.local.ground': 'Ground',
	'deputy.local.ground.income': 'Low income (income-tested payment)',
	'deputy.local.ground.damage': 'Natural disaster or fire damage',
	'deputy.local.ground.disease': 'Socially significant disease (tuberculosis, cancer, HIV)',
	'deputy.local.ground.housing': 'Housing assistance',
	'deputy.local.any': 'Any ground (each family once)',
	'deputy.local.grounds_title': 'Families helped in {region} by ground: law and scenario',
	'deputy.local.households_law': 'Families, law',
	'deputy.local.households_scenario': 'Families, scenario',
	'deputy.local.cost_law': 'Annual cost, law',
	'deputy.local.cost_scenario': 'Annual cost, scenario',
	'deputy.local.note':
		'Figures for {region} only, weighted families of the loaded dataset. Amounts are ceilings («не более») paid in full, so costs are an upper estimate; a family helped on two grounds counts once in “any ground”.',
	'deputy.gl.programme': 'Compare',
	'deputy.gl.programme.tsa': 'TSA',
	'deputy.gl.programme.local': 'Local assistance',
	'deputy.gl.programme.both': 'TSA and local assistance',
	'deputy.gl.help.local':
		'Families whose local assistance changes between the law and the scenario, weighted. Local payments are mostly once a year: each is shown as a monthly equivalent (a twelfth of its annual amount), at its ceiling.',
	'deputy.gl.help.both':
		'Families whose TSA (amount and child supplement) and local assistance together change between the law and the scenario, weighted; local assistance as a monthly equivalent (a twelfth of its annual amount), at its ceiling. Eligible: gets either.',
	'deputy.gl.chart_decile.local': 'Monthly equivalent of local assistance gained and lost by income decile',
	'deputy.gl.chart_decile.both': 'Monthly TSA and local assistance gained and lost by income decile',
	'deputy.gl.chart_family.local': 'Monthly equivalent of local assistance gained and lost by family type',
	'deputy.gl.chart_family.both': 'Monthly TSA and local assistance gained and lost by family type'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'controls.group.regional': '{region}: прожиточный минимум и медианный доход',
	'deputy.controls.own': 'Рычаги региона: {region}',
	'deputy.controls.own_note':
		'Местную помощь устанавливает маслихат региона; региональный прожиточный минимум (ПМ) и медианный доход — статистика региона, по которой считается общенациональная черта бедности.',
	'deputy.controls.national': 'Общенациональные правила (АСП, одинаковы во всех регионах)',
	'deputy.local.title': 'Местная помощь: {region} — порог дохода',
	'deputy.local.title_none': 'Местная помощь: порог дохода',
	'deputy.local.no_region':
		'Местную помощь устанавливает маслихат каждого региона: выберите регион, чтобы перебрать его порог дохода и увидеть семьи, получающие помощь по каждому основанию.',
	'deputy.local.help':
		'В каждой точке местная помощь региона пересчитывается, меняется только порог дохода ({points} точек, от {from} до {to}; ПМ здесь — прожиточный минимум по закону о бюджете); остальные правила — сценария.',
	'deputy.local.off':
		'В сценарии проверка дохода выключена: включите её среди рычагов региона (она начинается с 1 × ПМ), чтобы увидеть её место на кривой.',
	'deputy.local.at_scenario':
		'При пороге сценария {multiple}: выплату по доходу получают {income} семей; местную помощь по любому основанию — {total} семей, до {cost} в год.',
	'deputy.local.zoom_note': 'Показаны пороги от {from} до {to}; перебор идёт от {min} до {max}.',
	'deputy.local.cost_title': 'Годовые расходы на местную помощь: {region}, в зависимости от порога дохода',
	'deputy.local.helped_title': 'Семьи, получающие помощь: {region}, в зависимости от порога дохода',
	'deputy.local.x': 'Порог дохода, × ПМ',
	'deputy.local.all': 'Местная помощь по любому основанию',
	'deputy.local.ground': 'Основание',
	'deputy.local.ground.income': 'Низкий доход (выплата по доходу)',
	'deputy.local.ground.damage': 'Ущерб от стихийного бедствия или пожара',
	'deputy.local.ground.disease': 'Социально значимое заболевание (туберкулёз, онкология, ВИЧ)',
	'deputy.local.ground.housing': 'Жилищная помощь',
	'deputy.local.any': 'Любое основание (каждая семья один раз)',
	'deputy.local.grounds_title': 'Семьи, получающие помощь: {region}, по основаниям — закон и сценарий',
	'deputy.local.households_law': 'Семьи, закон',
	'deputy.local.households_scenario': 'Семьи, сценарий',
	'deputy.local.cost_law': 'Расходы за год, закон',
	'deputy.local.cost_scenario': 'Расходы за год, сценарий',
	'deputy.local.note':
		'Показатели только по региону {region}, семьи загруженных данных с весами. Суммы — предельные («не более») и учтены полностью, поэтому расходы — оценка сверху; семья, получающая помощь по двум основаниям, в строке «любое основание» считается один раз.',
	'deputy.gl.programme': 'Сравнить',
	'deputy.gl.programme.tsa': 'АСП',
	'deputy.gl.programme.local': 'Местная помощь',
	'deputy.gl.programme.both': 'АСП и местная помощь',
	'deputy.gl.help.local':
		'Семьи, у которых меняется местная помощь при переходе от закона к сценарию, с весами. Местные выплаты в основном разовые в год: каждая показана в пересчёте на месяц (двенадцатая часть годовой суммы), по предельному размеру.',
	'deputy.gl.help.both':
		'Семьи, у которых меняются АСП (сумма и дополнительная выплата на детей) и местная помощь вместе при переходе от закона к сценарию, с весами; местная помощь в пересчёте на месяц (двенадцатая часть годовой суммы), по предельному размеру. Имеет право: получает любую из них.',
	'deputy.gl.chart_decile.local': 'Прирост и потеря местной помощи в пересчёте на месяц по децилям дохода',
	'deputy.gl.chart_decile.both': 'Прирост и потеря АСП и местной помощи в месяц по децилям дохода',
	'deputy.gl.chart_family.local': 'Прирост и потеря местной помощи в пересчёте на месяц по типу семьи',
	'deputy.gl.chart_family.both': 'Прирост и потеря АСП и местной помощи в месяц по типу семьи'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'controls.group.regional': '{region}: ең төмен күнкөріс деңгейі және медианалық табыс',
	'deputy.controls.own': 'Өңірдің өз тетіктері: {region}',
	'deputy.controls.own_note':
		'Жергілікті көмекті өңір мәслихаты белгілейді; өңірлік ең төмен күнкөріс деңгейі (ЕТКД) мен медианалық табыс — жалпыұлттық кедейлік шегі есептелетін өңір статистикасы.',
	'deputy.controls.national': 'Жалпыұлттық ережелер (АӘК, барлық өңірде бірдей)',
	'deputy.local.title': 'Жергілікті көмек: {region} — табыс шегі',
	'deputy.local.title_none': 'Жергілікті көмек: табыс шегі',
	'deputy.local.no_region':
		'Жергілікті көмекті әр өңірдің мәслихаты белгілейді: өңірдің табыс шегін өзгертіп көру және әр негіз бойынша көмек алатын отбасыларды көру үшін өңірді таңдаңыз.',
	'deputy.local.help':
		'Әр нүктеде өңірдің жергілікті көмегі қайта есептеледі, тек табыс шегі өзгереді ({points} нүкте, {from} бастап {to} дейін; мұнда ЕТКД — бюджет туралы заң бойынша ең төмен күнкөріс деңгейі); қалған ережелер — сценарийдікі.',
	'deputy.local.off':
		'Сценарийде табысты тексеру өшірулі: оның қисықтағы орнын көру үшін оны өңірдің өз тетіктері арасында қосыңыз (ол 1 × ЕТКД-дан басталады).',
	'deputy.local.at_scenario':
		'Сценарийдің {multiple} шегінде: табысқа қарай төлемді {income} отбасы алады; кез келген негіз бойынша жергілікті көмекті {total} отбасы алады, жылына {cost} дейін.',
	'deputy.local.zoom_note': '{from} бастап {to} дейінгі шектер көрсетілген; іріктеу {min} бастап {max} дейін.',
	'deputy.local.cost_title': 'Жергілікті көмекке жылдық шығыс: {region}, табыс шегіне қарай',
	'deputy.local.helped_title': 'Көмек алатын отбасылар: {region}, табыс шегіне қарай',
	'deputy.local.x': 'Табыс шегі, × ЕТКД',
	'deputy.local.all': 'Кез келген негіз бойынша жергілікті көмек',
	'deputy.local.ground': 'Негіз',
	'deputy.local.ground.income': 'Табысы төмен (табысқа қарай төлем)',
	'deputy.local.ground.damage': 'Табиғи зілзала немесе өрт салдарынан келтірілген зиян',
	'deputy.local.ground.disease': 'Әлеуметтік мәні бар ауру (туберкулез, қатерлі ісік, АИТВ)',
	'deputy.local.ground.housing': 'Тұрғын үй көмегі',
	'deputy.local.any': 'Кез келген негіз (әр отбасы бір рет)',
	'deputy.local.grounds_title': 'Көмек алатын отбасылар: {region}, негіздер бойынша — заң және сценарий',
	'deputy.local.households_law': 'Отбасылар, заң',
	'deputy.local.households_scenario': 'Отбасылар, сценарий',
	'deputy.local.cost_law': 'Жылдық шығыс, заң',
	'deputy.local.cost_scenario': 'Жылдық шығыс, сценарий',
	'deputy.local.note':
		'Көрсеткіштер тек {region} бойынша, жүктелген деректердің салмақталған отбасылары. Сомалар шекті («не более») және толық есептелген, сондықтан шығыс жоғарыдан бағаланған; екі негіз бойынша көмек алатын отбасы «кез келген негіз» жолында бір рет саналады.',
	'deputy.gl.programme': 'Салыстыру',
	'deputy.gl.programme.tsa': 'АӘК',
	'deputy.gl.programme.local': 'Жергілікті көмек',
	'deputy.gl.programme.both': 'АӘК және жергілікті көмек',
	'deputy.gl.help.local':
		'Заңнан сценарийге өткенде жергілікті көмегі өзгеретін отбасылар, салмақпен. Жергілікті төлемдер негізінен жылына бір рет: әрқайсысы айлық баламамен (жылдық соманың он екіден бірі), шекті мөлшерімен көрсетілген.',
	'deputy.gl.help.both':
		'Заңнан сценарийге өткенде АӘК (сомасы және балаларға қосымша төлем) мен жергілікті көмегі бірге өзгеретін отбасылар, салмақпен; жергілікті көмек айлық баламамен (жылдық соманың он екіден бірі), шекті мөлшерімен. Құқығы бар: кез келгенін алады.',
	'deputy.gl.chart_decile.local': 'Табыс децильдері бойынша жергілікті көмектің айлық баламасының өсуі мен азаюы',
	'deputy.gl.chart_decile.both': 'Табыс децильдері бойынша АӘК пен жергілікті көмектің айлық өсуі мен азаюы',
	'deputy.gl.chart_family.local': 'Отбасы түрі бойынша жергілікті көмектің айлық баламасының өсуі мен азаюы',
	'deputy.gl.chart_family.both': 'Отбасы түрі бойынша АӘК пен жергілікті көмектің айлық өсуі мен азаюы'
};
