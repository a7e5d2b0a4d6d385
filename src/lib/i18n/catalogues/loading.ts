// Messages of loading a dataset and of the engine watchdog: the stages after reading, Cancel, the notices a
// dataset was read with, and the engine stopping with its Retry.

/** English messages. */
export const en = {
	'load.checking': 'Checking the dataset…',
	'load.checking_file': 'Checking every part of {file}…',
	'load.installing': 'Installing the dataset in the engine…',
	'load.cancel': 'Cancel',
	'load.cancelled': 'Loading was cancelled. The dataset already loaded stays in use.',
	'load.notices': 'Read with notices ({count})',
	'engine.failed': 'The database engine stopped',
	'engine.kept':
		'The dataset stays shown: the headline and regional figures still come from its index, and the views that read family rows keep their last figures until the engine is back.',
	'engine.retry': 'Restart the engine',
	'engine.needs_rows':
		'This change needs the family rows, and the database engine has stopped: the figures shown are for the last position the index answers. Restart the engine to model it.'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'load.checking': 'Проверка набора данных…',
	'load.checking_file': 'Проверка всех частей {file}…',
	'load.installing': 'Загрузка набора данных в движок…',
	'load.cancel': 'Отменить',
	'load.cancelled': 'Загрузка отменена. Ранее загруженный набор остаётся в работе.',
	'load.notices': 'Прочитано с замечаниями ({count})',
	'engine.failed': 'Движок базы данных остановился',
	'engine.kept':
		'Набор данных остаётся на экране: основные и региональные показатели по-прежнему берутся из его индекса, а виды, читающие строки семей, сохраняют последние цифры, пока движок не вернётся.',
	'engine.retry': 'Перезапустить движок',
	'engine.needs_rows':
		'Для этого изменения нужны строки семей, а движок базы данных остановился: показаны цифры для последнего положения, на которое отвечает индекс. Перезапустите движок, чтобы смоделировать его.'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'load.checking': 'Деректер жиынтығы тексерілуде…',
	'load.checking_file': '{file} файлының барлық бөлігі тексерілуде…',
	'load.installing': 'Деректер жиынтығы қозғалтқышқа жүктелуде…',
	'load.cancel': 'Болдырмау',
	'load.cancelled': 'Жүктеу тоқтатылды. Бұрын жүктелген жиынтық қолданыста қалады.',
	'load.notices': 'Ескертулермен оқылды ({count})',
	'engine.failed': 'Дерекқор қозғалтқышы тоқтап қалды',
	'engine.kept':
		'Деректер жиынтығы экранда қалады: негізгі және өңірлік көрсеткіштер бұрынғыдай оның индексінен алынады, ал отбасылардың жолдарын оқитын көріністер қозғалтқыш қайта іске қосылғанша соңғы көрсеткіштерін сақтайды.',
	'engine.retry': 'Қозғалтқышты қайта іске қосу',
	'engine.needs_rows':
		'Бұл өзгеріске отбасылардың жолдары керек, ал дерекқор қозғалтқышы тоқтап қалды: индекс жауап беретін соңғы күйдің көрсеткіштері көрсетілген. Оны модельдеу үшін қозғалтқышты қайта іске қосыңыз.'
};
