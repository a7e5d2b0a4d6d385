// Messages stamped on exported charts and tables (src/lib/charts/export-context.ts): what, from which data, under
// which law and scenario, and when.

/** English messages. */
export const en = {
	'export.dataset': 'Dataset: {name}',
	'export.dataset_synthetic': 'Dataset: {name} — synthetic, not real people',
	'export.unknown': 'not known',
	'export.law': 'Law of {year}',
	'export.scenario': 'scenario “{name}”',
	'export.takeup': 'take-up: {mode}',
	'export.takeup.full': 'full',
	'export.takeup.observed': 'as observed in the data',
	'export.exported': 'Exported {date}',
	'export.column.key': 'Key',
	'export.column.label': 'Name',
	'export.column.region_code': 'Region code'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'export.dataset': 'Набор данных: {name}',
	'export.dataset_synthetic': 'Набор данных: {name} — синтетические данные, не реальные люди',
	'export.unknown': 'не указан',
	'export.law': 'Законодательство {year} года',
	'export.scenario': 'сценарий «{name}»',
	'export.takeup': 'обращаемость: {mode}',
	'export.takeup.full': 'полная',
	'export.takeup.observed': 'по данным наблюдений',
	'export.exported': 'Выгружено {date}',
	'export.column.key': 'Код',
	'export.column.label': 'Название',
	'export.column.region_code': 'Код региона'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'export.dataset': 'Деректер жиыны: {name}',
	'export.dataset_synthetic': 'Деректер жиыны: {name} — синтетикалық деректер, нақты адамдар емес',
	'export.unknown': 'көрсетілмеген',
	'export.law': '{year} жылғы заңнама',
	'export.scenario': '«{name}» сценарийі',
	'export.takeup': 'өтініш беру деңгейі: {mode}',
	'export.takeup.full': 'толық',
	'export.takeup.observed': 'деректерде байқалғандай',
	'export.exported': '{date} жүктеп алынды',
	'export.column.key': 'Кілт',
	'export.column.label': 'Атауы',
	'export.column.region_code': 'Өңір коды'
};
