// Messages of the budget solver.

/** English messages. */
export const en = {
	'solver.title': 'What does a budget buy?',
	'solver.help':
		'Find the highest value of one parameter that spends no more than a budget a year, on the rules of this scenario. Using it also makes that budget the scenario’s.',
	'solver.param': 'Parameter to solve for',
	'solver.budget': 'Budget a year, bn ₸',
	'solver.budget_default': 'Empty: {budget}',
	'solver.region_budget': 'The budget of {region}',
	'solver.solve': 'Solve',
	'solver.solving': 'Solving…',
	'solver.apply': 'Use this value',
	'solver.solved': '{param} = {value} spends {cost} a year ({error} from the budget).',
	'solver.below': 'Even the lowest value ({value}) costs {cost}, more than the budget.',
	'solver.above': 'Even the highest value ({value}) costs only {cost}, less than the budget.',
	'solver.not_reached': 'The cost jumps over the budget: the closest value under it is {value}, costing {cost}.',
	'solver.fast': 'computed on the exact fast index',
	'solver.mark': 'spends the budget: {share}',
	'solver.failed': 'The solver failed'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'solver.title': 'Что можно сделать на этот бюджет?',
	'solver.help':
		'Находит наибольшее значение одного параметра, при котором годовые расходы не превышают бюджет, по правилам этого сценария. При применении этот бюджет становится бюджетом сценария.',
	'solver.param': 'Искомый параметр',
	'solver.budget': 'Бюджет в год, млрд ₸',
	'solver.budget_default': 'Пусто: {budget}',
	'solver.region_budget': 'Бюджет региона: {region}',
	'solver.solve': 'Рассчитать',
	'solver.solving': 'Расчёт…',
	'solver.apply': 'Применить значение',
	'solver.solved': '{param} = {value}: расходы {cost} в год ({error} от бюджета).',
	'solver.below': 'Даже наименьшее значение ({value}) стоит {cost} — больше бюджета.',
	'solver.above': 'Даже наибольшее значение ({value}) стоит лишь {cost} — меньше бюджета.',
	'solver.not_reached': 'Расходы перескакивают через бюджет: ближайшее значение ниже него — {value}, расходы {cost}.',
	'solver.fast': 'рассчитано по точному быстрому индексу',
	'solver.mark': 'расходует бюджет: {share}',
	'solver.failed': 'Расчёт не удался'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'solver.title': 'Бұл бюджетке не жетеді?',
	'solver.help':
		'Осы сценарийдің қағидалары бойынша жылдық шығыс бюджеттен аспайтын бір параметрдің ең жоғары мәнін табады. Қолданғанда бұл бюджет сценарийдің бюджеті болады.',
	'solver.param': 'Ізделетін параметр',
	'solver.budget': 'Жылдық бюджет, млрд ₸',
	'solver.budget_default': 'Бос болса: {budget}',
	'solver.region_budget': 'Өңір бюджеті: {region}',
	'solver.solve': 'Есептеу',
	'solver.solving': 'Есептелуде…',
	'solver.apply': 'Осы мәнді қолдану',
	'solver.solved': '{param} = {value}: жылына {cost} шығыс (бюджеттен {error}).',
	'solver.below': 'Ең кіші мәннің ({value}) өзі {cost} тұрады — бюджеттен көп.',
	'solver.above': 'Ең үлкен мән ({value}) небәрі {cost} тұрады — бюджеттен аз.',
	'solver.not_reached': 'Шығыс бюджеттен секіріп өтеді: одан төмен ең жақын мән — {value}, шығысы {cost}.',
	'solver.fast': 'дәл жылдам индекс бойынша есептелді',
	'solver.mark': 'бюджетті жұмсайды: {share}',
	'solver.failed': 'Есептеу сәтсіз аяқталды'
};
