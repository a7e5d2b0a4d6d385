// Messages of the analysis part of the product: targeting accuracy and take-up with uncertainty.

/** English messages. */
export const en = {
	'figures.waiting_first': 'Waiting for the first evaluation…',
	'figures.failed': 'Could not compute',
	'figures.na': 'n/a',
	'figures.law': 'Law',
	'status.exact': 'exact',
	'status.approximate': 'approximate',
	'status.assumption': 'assumption',
	'targeting.title': 'Targeting accuracy',
	'targeting.help':
		'A person is poor when the family’s consumption per capita is below the regional subsistence minimum (ПМ). Inclusion error: share of persons in eligible families who are not poor. Exclusion error: share of poor persons whose family is not eligible. Coverage of the poorest fifth by consumption per capita, and the Coady–Grosh–Hoddinott indicator: share of benefits reaching the poorest 20 % ÷ 0.20 (above 1 is progressive). All in weighted persons, the law beside the scenario.',
	'targeting.no_consumption':
		'This dataset has no consumption_monthly column (family consumption spending from a survey), so targeting accuracy cannot be measured. With it this panel shows inclusion and exclusion errors, coverage of the poorest quintile, the Coady–Grosh–Hoddinott indicator, benefit incidence by decile, the cost–exclusion frontier and the effect of each asset test on the errors.',
	'targeting.inclusion_error': 'Inclusion error',
	'targeting.exclusion_error': 'Exclusion error',
	'targeting.poorest_quintile_coverage': 'Coverage of the poorest quintile',
	'targeting.cgh': 'Coady–Grosh–Hoddinott indicator',
	'targeting.incidence': 'Benefit incidence by decile',
	'targeting.incidence_help':
		'Share of the monthly TSA entitlement (amount plus child supplement, before take-up) reaching each tenth of persons ranked by consumption per capita, nationwide deciles. Families without consumption are left out.',
	'targeting.incidence_chart': 'Share of the TSA entitlement by consumption decile',
	'targeting.share_of_budget': 'share of the entitlement',
	'targeting.decile': 'Decile {d}',
	'targeting.decile_poorest': 'Decile {d} (poorest)',
	'targeting.decile_richest': 'Decile {d} (richest)',
	'frontier.title': 'Cost against exclusion error',
	'frontier.help':
		'The scenario re-evaluated with the poverty line at {points} shares of the ПМ, from {from} to {to}: each point is one share, with its expected annual cost and its exclusion error. Everything else stays as in the scenario.',
	'frontier.chart': 'Cost–exclusion frontier across poverty-line shares',
	'frontier.x': 'Exclusion error, % of poor persons',
	'frontier.y': 'Expected annual cost, ₸',
	'frontier.share': 'Poverty line, share of ПМ',
	'frontier.law': 'Law ({share})',
	'frontier.scenario': 'Scenario ({share})',
	'frontier.empty': 'No poor persons here: the frontier has no points.',
	'test_effects.title': 'Effect of each asset and spending test on the errors',
	'test_effects.help':
		'The scenario with every asset and spending test off, then with one test switched on alone: at the scenario’s setting, or at the setting its source proposes. Changes are against all tests off. It runs seven evaluations, so it is computed on request.',
	'test_effects.compute': 'Compute the effect of each test',
	'test_effects.stale': 'These figures are for an earlier scenario: compute again.',
	'test_effects.caption': 'Each test alone against none (all tests off: inclusion error {inclusion}, exclusion error {exclusion})',
	'test_effects.setting': 'Switched on at',
	'test_effects.on': 'refuse',
	'test_effects.off': 'allow',
	'test_effects.of_line': '{share} of the poverty line',
	'test_effects.none': 'No figures for this area.',
	'takeup.title': 'Take-up with uncertainty',
	'takeup.nation': 'Whole country.',
	'takeup.national_only':
		'{region}: its eligible families, with take-up rates learnt from every region (by region, settlement and benefit size where a cell has enough families).',
	'takeup.help':
		'How many eligible families apply, and what that costs a year, with 95 % ranges: rates of applying with and without a Digital Family Card notification are learnt from the dataset by region × settlement × benefit band. “Today” keeps each family’s notification; “notify all” gives every eligible family the notified rate.',
	'takeup.no_columns':
		'This dataset lacks values in {columns}, so take-up cannot be learnt. With notified (proactive notification) and applied (application for TSA) this panel shows expected applications and their cost as ranges, today and if every eligible family were notified.',
	'takeup.applications': 'Expected applications from eligible families',
	'takeup.today': 'today',
	'takeup.notify_all': 'notify every eligible family',
	'takeup.expected': 'Expected',
	'takeup.low': 'Low (95 %)',
	'takeup.high': 'High (95 %)',
	'takeup.rates': 'Application rates by benefit size',
	'takeup.rates_help':
		'Among families the scenario makes eligible: the weighted share that applied, by monthly benefit band and notification, with 95 % ranges.',
	'takeup.rates_chart': 'Share of eligible families that applied',
	'takeup.rate_unit': '% of eligible families',
	'takeup.band': '{from}–{to} ₸',
	'takeup.band_from': '{from} ₸ and more',
	'takeup.notified': 'notified',
	'takeup.not_notified': 'not notified'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'figures.waiting_first': 'Ждём первого расчёта…',
	'figures.failed': 'Не удалось посчитать',
	'figures.na': 'н/д',
	'figures.law': 'Закон',
	'status.exact': 'точно',
	'status.approximate': 'приблизительно',
	'status.assumption': 'допущение',
	'targeting.title': 'Точность адресности',
	'targeting.help':
		'Человек считается бедным, если потребление его семьи на душу ниже регионального прожиточного минимума (ПМ). Ошибка включения — доля людей в семьях, имеющих право на АСП, которые не бедны. Ошибка исключения — доля бедных, чья семья права не имеет. Охват беднейшего квинтиля по потреблению на душу и индикатор Коуди–Гроша–Ходдинотта: доля помощи, доходящая до беднейших 20 %, делённая на 0,20 (больше 1 — прогрессивно). Всё во взвешенных людях, закон рядом со сценарием.',
	'targeting.no_consumption':
		'В наборе данных нет столбца consumption_monthly (потребительские расходы семьи по обследованию), поэтому точность адресности измерить нельзя. С ним панель показывает ошибки включения и исключения, охват беднейшего квинтиля, индикатор Коуди–Гроша–Ходдинотта, распределение помощи по децилям, кривую «стоимость — ошибка исключения» и влияние каждой проверки имущества на ошибки.',
	'targeting.inclusion_error': 'Ошибка включения',
	'targeting.exclusion_error': 'Ошибка исключения',
	'targeting.poorest_quintile_coverage': 'Охват беднейшего квинтиля',
	'targeting.cgh': 'Индикатор Коуди–Гроша–Ходдинотта',
	'targeting.incidence': 'Распределение помощи по децилям',
	'targeting.incidence_help':
		'Доля ежемесячной суммы АСП по праву (размер плюс дополнительная выплата на детей, без учёта обращаемости), приходящаяся на каждую десятую часть людей, упорядоченных по потреблению на душу; децили общенациональные. Семьи без данных о потреблении не учитываются.',
	'targeting.incidence_chart': 'Доля АСП по праву по децилям потребления',
	'targeting.share_of_budget': 'доля суммы по праву',
	'targeting.decile': '{d}-й дециль',
	'targeting.decile_poorest': '{d}-й (беднейшие)',
	'targeting.decile_richest': '{d}-й (богатейшие)',
	'frontier.title': 'Стоимость и ошибка исключения',
	'frontier.help':
		'Сценарий, пересчитанный с чертой бедности в {points} долях ПМ, от {from} до {to}: каждая точка — одна доля, с ожидаемой годовой стоимостью и ошибкой исключения. Остальное — как в сценарии.',
	'frontier.chart': 'Кривая «стоимость — ошибка исключения» по долям черты бедности',
	'frontier.x': 'Ошибка исключения, % бедных',
	'frontier.y': 'Ожидаемая стоимость в год, ₸',
	'frontier.share': 'Черта бедности, доля ПМ',
	'frontier.law': 'Закон ({share})',
	'frontier.scenario': 'Сценарий ({share})',
	'frontier.empty': 'Здесь нет бедных: у кривой нет точек.',
	'test_effects.title': 'Влияние каждой проверки имущества и расходов на ошибки',
	'test_effects.help':
		'Сценарий со всеми проверками имущества и расходов выключенными, затем с одной проверкой, включённой отдельно: со значением сценария или со значением, которое предлагает источник. Изменения — относительно варианта без проверок. Это семь расчётов, поэтому они выполняются по кнопке.',
	'test_effects.compute': 'Посчитать влияние каждой проверки',
	'test_effects.stale': 'Эти цифры относятся к прежнему сценарию: посчитайте заново.',
	'test_effects.caption':
		'Каждая проверка отдельно против варианта без проверок (ошибка включения {inclusion}, ошибка исключения {exclusion})',
	'test_effects.setting': 'Включена со значением',
	'test_effects.on': 'отказывать',
	'test_effects.off': 'не отказывать',
	'test_effects.of_line': '{share} черты бедности',
	'test_effects.none': 'Для этой территории цифр нет.',
	'takeup.title': 'Обращаемость с учётом неопределённости',
	'takeup.nation': 'Вся страна.',
	'takeup.national_only':
		'{region}: имеющие право семьи региона; доли обращений оцениваются по всем регионам (по региону, типу местности и размеру выплаты, где в ячейке достаточно семей).',
	'takeup.help':
		'Сколько семей, имеющих право, обратятся за АСП и сколько это стоит в год, с 95-процентными интервалами: доли обращений с уведомлением через Цифровую карту семьи и без него оцениваются по данным в разрезе регион × тип местности × размер помощи. «Сейчас» — у каждой семьи её фактическое уведомление; «уведомить всех» — всем имеющим право доля обращений уведомлённых.',
	'takeup.no_columns':
		'В наборе данных нет значений в столбцах {columns}, поэтому обращаемость оценить нельзя. Со столбцами notified (проактивное уведомление) и applied (обращение за АСП) панель показывает ожидаемые обращения и их стоимость в виде интервалов — сейчас и при уведомлении всех имеющих право.',
	'takeup.applications': 'Ожидаемые обращения семей, имеющих право',
	'takeup.today': 'сейчас',
	'takeup.notify_all': 'уведомить всех',
	'takeup.expected': 'Ожидаемое',
	'takeup.low': 'Нижняя граница (95 %)',
	'takeup.high': 'Верхняя граница (95 %)',
	'takeup.rates': 'Доли обращений по размеру помощи',
	'takeup.rates_help':
		'Среди семей, имеющих право по сценарию: взвешенная доля обратившихся по интервалам ежемесячной помощи и наличию уведомления, с 95-процентными интервалами.',
	'takeup.rates_chart': 'Доля обратившихся среди имеющих право',
	'takeup.rate_unit': '% семей, имеющих право',
	'takeup.band': '{from}–{to} ₸',
	'takeup.band_from': '{from} ₸ и больше',
	'takeup.notified': 'уведомлены',
	'takeup.not_notified': 'не уведомлены'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'figures.waiting_first': 'Алғашқы есептеуді күтудеміз…',
	'figures.failed': 'Есептеу мүмкін болмады',
	'figures.na': 'д/ж',
	'figures.law': 'Заң',
	'status.exact': 'нақты',
	'status.approximate': 'шамамен',
	'status.assumption': 'болжам',
	'targeting.title': 'Атаулылықтың дәлдігі',
	'targeting.help':
		'Отбасының жан басына шаққандағы тұтынуы өңірлік ең төмен күнкөріс деңгейінен (ЕТКД) төмен болса, адам кедей деп саналады. Қосу қатесі — АӘК алуға құқығы бар отбасылардағы кедей емес адамдардың үлесі. Шығару қатесі — отбасының құқығы жоқ кедей адамдардың үлесі. Жан басына тұтыну бойынша ең кедей квинтильді қамту және Коуди–Грош–Ходдинотт көрсеткіші: ең кедей 20 %-ға жететін көмек үлесі ÷ 0,20 (1-ден жоғары — прогрессивті). Барлығы салмақталған адамдармен, заң сценариймен қатар.',
	'targeting.no_consumption':
		'Деректер жинағында consumption_monthly бағаны (зерттеу бойынша отбасының тұтыну шығыстары) жоқ, сондықтан атаулылықтың дәлдігін өлшеу мүмкін емес. Ол болса, панель қосу және шығару қателерін, ең кедей квинтильді қамтуды, Коуди–Грош–Ходдинотт көрсеткішін, көмектің децильдер бойынша бөлінуін, «құн — шығару қатесі» қисығын және әр мүлік тексерісінің қателерге әсерін көрсетеді.',
	'targeting.inclusion_error': 'Қосу қатесі',
	'targeting.exclusion_error': 'Шығару қатесі',
	'targeting.poorest_quintile_coverage': 'Ең кедей квинтильді қамту',
	'targeting.cgh': 'Коуди–Грош–Ходдинотт көрсеткіші',
	'targeting.incidence': 'Көмектің децильдер бойынша бөлінуі',
	'targeting.incidence_help':
		'Құқық бойынша айлық АӘК сомасының (мөлшері мен балаларға қосымша төлем, өтініш берушілікті ескермей) жан басына тұтыну бойынша реттелген адамдардың әр ондық бөлігіне тиесілі үлесі; децильдер бүкіл ел бойынша. Тұтыну деректері жоқ отбасылар есепке алынбайды.',
	'targeting.incidence_chart': 'Тұтыну децильдері бойынша құқық бойынша АӘК үлесі',
	'targeting.share_of_budget': 'құқық бойынша соманың үлесі',
	'targeting.decile': '{d}-дециль',
	'targeting.decile_poorest': '{d}-дециль (ең кедей)',
	'targeting.decile_richest': '{d}-дециль (ең бай)',
	'frontier.title': 'Құн және шығару қатесі',
	'frontier.help':
		'Кедейлік шегі ЕТКД-ның {points} үлесінде, {from}-дан {to}-ға дейін қайта есептелген сценарий: әр нүкте — бір үлес, оның күтілетін жылдық құны мен шығару қатесі. Қалғаны сценарийдегідей.',
	'frontier.chart': 'Кедейлік шегінің үлестері бойынша «құн — шығару қатесі» қисығы',
	'frontier.x': 'Шығару қатесі, кедейлердің %',
	'frontier.y': 'Күтілетін жылдық құн, ₸',
	'frontier.share': 'Кедейлік шегі, ЕТКД үлесі',
	'frontier.law': 'Заң ({share})',
	'frontier.scenario': 'Сценарий ({share})',
	'frontier.empty': 'Мұнда кедейлер жоқ: қисықтың нүктелері жоқ.',
	'test_effects.title': 'Әр мүлік және шығыс тексерісінің қателерге әсері',
	'test_effects.help':
		'Барлық мүлік және шығыс тексерістері өшірілген сценарий, содан кейін бір тексеріс жеке қосылған: сценарийдегі мәнмен немесе дереккөз ұсынған мәнмен. Өзгерістер тексерістерсіз нұсқамен салыстырылады. Бұл жеті есептеу, сондықтан батырма бойынша орындалады.',
	'test_effects.compute': 'Әр тексерістің әсерін есептеу',
	'test_effects.stale': 'Бұл сандар бұрынғы сценарийге қатысты: қайта есептеңіз.',
	'test_effects.caption': 'Әр тексеріс жеке, тексерістерсіз нұсқамен салыстырғанда (қосу қатесі {inclusion}, шығару қатесі {exclusion})',
	'test_effects.setting': 'Қосылған мәні',
	'test_effects.on': 'бас тарту',
	'test_effects.off': 'бас тартпау',
	'test_effects.of_line': 'кедейлік шегінің {share}',
	'test_effects.none': 'Бұл аумақ үшін сандар жоқ.',
	'takeup.title': 'Белгісіздікті ескерген өтініш берушілік',
	'takeup.nation': 'Бүкіл ел.',
	'takeup.national_only':
		'{region}: өңірдің құқығы бар отбасылары; өтініш беру үлестері барлық өңірлер бойынша бағаланады (ұяшықта отбасылар жеткілікті болса — өңір, елді мекен түрі және төлем мөлшері бойынша).',
	'takeup.help':
		'Құқығы бар қанша отбасы АӘК-ке өтініш береді және бұл жылына қанша тұрады, 95 %-дық аралықтармен: Отбасының цифрлық картасы арқылы хабарламамен және онсыз өтініш беру үлестері деректер бойынша өңір × елді мекен түрі × көмек мөлшері бөлінісінде бағаланады. «Қазір» — әр отбасының нақты хабарламасы; «барлығын хабардар ету» — құқығы барлардың бәріне хабардар етілгендердің үлесі.',
	'takeup.no_columns':
		'Деректер жинағында {columns} бағандарында мәндер жоқ, сондықтан өтініш берушілікті бағалау мүмкін емес. notified (проактивті хабарлама) және applied (АӘК-ке өтініш) бағандары болса, панель күтілетін өтініштер мен олардың құнын аралықтар түрінде көрсетеді — қазір және құқығы барлардың бәрі хабардар етілсе.',
	'takeup.applications': 'Құқығы бар отбасылардың күтілетін өтініштері',
	'takeup.today': 'қазір',
	'takeup.notify_all': 'құқығы барлардың бәрін хабардар ету',
	'takeup.expected': 'Күтілетін',
	'takeup.low': 'Төменгі шек (95 %)',
	'takeup.high': 'Жоғарғы шек (95 %)',
	'takeup.rates': 'Көмек мөлшері бойынша өтініш беру үлестері',
	'takeup.rates_help':
		'Сценарий бойынша құқығы бар отбасылар арасында: айлық көмек аралықтары мен хабарламаның болуы бойынша өтініш бергендердің салмақталған үлесі, 95 %-дық аралықтармен.',
	'takeup.rates_chart': 'Құқығы барлар арасында өтініш бергендердің үлесі',
	'takeup.rate_unit': 'құқығы бар отбасылардың %',
	'takeup.band': '{from}–{to} ₸',
	'takeup.band_from': '{from} ₸ және одан көп',
	'takeup.notified': 'хабардар етілген',
	'takeup.not_notified': 'хабардар етілмеген'
};
