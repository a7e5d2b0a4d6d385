// Messages of the sweep charts' scale: around the scenario, the full range, or the full range on a log axis.

/** English messages. */
export const en = {
	'scale.legend': 'Scale of the chart',
	'scale.zoom': 'Around the scenario',
	'scale.linear': 'Full range',
	'scale.log': 'Full range, log scale',
	'scale.zoom_note': 'Poverty lines from {from} to {to} of ПМ shown; the sweep runs from {min} to {max}.',
	'scale.axis_off_zero': '{label} (the axis does not start at zero)',
	'scale.axis_log': '{label}, log scale',
	'scale.axis_log_floor': '{label}, log scale; zero is drawn at {floor}'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'scale.legend': 'Масштаб графика',
	'scale.zoom': 'Вокруг сценария',
	'scale.linear': 'Весь диапазон',
	'scale.log': 'Весь диапазон, логарифмическая шкала',
	'scale.zoom_note': 'Показана черта бедности от {from} до {to} ПМ; перебор идёт от {min} до {max}.',
	'scale.axis_off_zero': '{label} (шкала начинается не с нуля)',
	'scale.axis_log': '{label}, логарифмическая шкала',
	'scale.axis_log_floor': '{label}, логарифмическая шкала; ноль показан на уровне {floor}'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'scale.legend': 'Графиктің масштабы',
	'scale.zoom': 'Сценарий маңында',
	'scale.linear': 'Толық ауқым',
	'scale.log': 'Толық ауқым, логарифмдік шкала',
	'scale.zoom_note': 'Кедейлік шегі ЕТКД-ның {from} – {to} аралығында көрсетілген; толық ауқым: {min} – {max}.',
	'scale.axis_off_zero': '{label} (шкала нөлден басталмайды)',
	'scale.axis_log': '{label}, логарифмдік шкала',
	'scale.axis_log_floor': '{label}, логарифмдік шкала; нөл {floor} деңгейінде көрсетілген'
};
