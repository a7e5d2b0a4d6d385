// Messages of the Digital Family Card's gap, projected under a scenario (src/lib/sim/gap.ts).

/** English messages. */
export const en = {
	'gap.projected_explain':
		'Projected under each set of rules: the card notifies the families the rules make eligible at the rate the data shows for eligible families in their region and settlement, and the others at the rate it shows for them; of the notified, the share that applied. Unclaimed: the entitlement eligible families leave unclaimed at the take-up the data shows, whatever the take-up setting.',
	'gap.not_available': 'not available',
	'gap.not_available_explain': 'The dataset cannot tell these figures: see the notes on this result.',
	'gap.funnel_explain':
		'Eligible families (weighted) at each stage, projected from the rates the data shows: notified at the rate for eligible families of their region and settlement, applied at the share of the notified that applied, paid after the social-contract share.',
	'gap.all_families': 'Digital Family Card, all families (projected)',
	'gap.notified': 'Notified',
	'gap.applied': 'Notified and applied',
	'gap.gap_households': 'Notified, would not apply',
	'gap.unclaimed': 'Entitlement left unclaimed per year (observed take-up)'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'gap.projected_explain':
		'Прогноз по каждому набору правил: «Цифровая карта семьи» уведомляет семьи, имеющие право по правилам, с той долей, которую данные показывают для таких семей в их регионе и типе местности, а остальные семьи — с долей, которую данные показывают для них; из уведомлённых обращается та доля, которая обратилась в данных. Невостребовано: помощь, которую семьи, имеющие право, не получают при наблюдаемой в данных обращаемости, независимо от настройки обращаемости.',
	'gap.not_available': 'нет данных',
	'gap.not_available_explain': 'Набор данных не позволяет рассчитать эти показатели: см. примечания к результату.',
	'gap.funnel_explain':
		'Семьи, имеющие право на помощь (взвешенно), на каждом этапе, по долям из данных: уведомлены — с долей для семей, имеющих право, в их регионе и типе местности; обратились — с долей уведомлённых, которые обратились; получили выплату — с учётом доли соблюдающих социальный контракт.',
	'gap.all_families': '«Цифровая карта семьи», все семьи (прогноз)',
	'gap.notified': 'Уведомлены',
	'gap.applied': 'Уведомлены и обратились',
	'gap.gap_households': 'Уведомлены, не обратились бы',
	'gap.unclaimed': 'Невостребованная помощь за год (наблюдаемая обращаемость)'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'gap.projected_explain':
		'Әр ережелер жинағы бойынша болжам: «Отбасының цифрлық картасы» ережелер бойынша құқығы бар отбасыларды деректер олардың өңірі мен елді мекен түрінде осындай отбасылар үшін көрсететін үлеспен, ал қалған отбасыларды деректер олар үшін көрсететін үлеспен хабардар етеді; хабардар етілгендердің ішінен деректерде өтініш берген үлес өтініш береді. Талап етілмеген: құқығы бар отбасылар деректердегі өтініш беру деңгейінде алмай қалатын көмек, өтініш беру баптауына қарамастан.',
	'gap.not_available': 'деректер жоқ',
	'gap.not_available_explain': 'Деректер жиынтығы бұл көрсеткіштерді есептеуге мүмкіндік бермейді: нәтижеге берілген ескертпелерді қараңыз.',
	'gap.funnel_explain':
		'Көмекке құқығы бар отбасылар (салмақталған) әр кезеңде, деректердегі үлестер бойынша: хабардар етілген — өңірі мен елді мекен түріндегі құқығы бар отбасылар үлесімен; өтініш берген — хабардар етілгендердің өтініш берген үлесімен; төлем алған — әлеуметтік келісімшартты орындайтындар үлесін ескере отырып.',
	'gap.all_families': '«Отбасының цифрлық картасы», барлық отбасылар (болжам)',
	'gap.notified': 'Хабардар етілген',
	'gap.applied': 'Хабардар етілген және өтініш берген',
	'gap.gap_households': 'Хабардар етілген, өтініш бермес еді',
	'gap.unclaimed': 'Жылына талап етілмеген көмек (байқалған өтініш беру деңгейі)'
};
