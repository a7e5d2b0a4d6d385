// Messages of the deputy's view: the focused region's own levers first, and local assistance's sweep and grounds.

/** English messages. */
export const en = {
	'controls.group.regional': '{region}: subsistence minimum and median income',
	'deputy.controls.own': '{region}’s own levers',
	'deputy.controls.own_note': 'Local assistance is set by the region’s maslikhat; the regional subsistence minimum (ПМ) and median income are the region’s statistics, which the national poverty line uses.',
	'deputy.controls.national': 'National rules (TSA, the same in every region)'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'controls.group.regional': '{region}: прожиточный минимум и медианный доход',
	'deputy.controls.own': 'Рычаги региона: {region}',
	'deputy.controls.own_note': 'Местную помощь устанавливает маслихат региона; региональный прожиточный минимум (ПМ) и медианный доход — статистика региона, по которой считается общенациональная черта бедности.',
	'deputy.controls.national': 'Общенациональные правила (АСП, одинаковы во всех регионах)'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'controls.group.regional': '{region}: ең төмен күнкөріс деңгейі және медианалық табыс',
	'deputy.controls.own': 'Өңірдің өз тетіктері: {region}',
	'deputy.controls.own_note': 'Жергілікті көмекті өңір мәслихаты белгілейді; өңірлік ең төмен күнкөріс деңгейі (ЕТКД) мен медианалық табыс — жалпыұлттық кедейлік шегі есептелетін өңір статистикасы.',
	'deputy.controls.national': 'Жалпыұлттық ережелер (АӘК, барлық өңірде бірдей)'
};
