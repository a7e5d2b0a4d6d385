// The 20 regions of the contract (§1 "Region codes"): 17 oblasts and the cities of Astana, Almaty and Shymkent.

/** Region codes exactly as the data contract spells them, in the contract's order. */
export const REGION_CODES = [
	'abai',
	'akmola',
	'aktobe',
	'almaty_region',
	'atyrau',
	'east_kazakhstan',
	'zhambyl',
	'zhetisu',
	'west_kazakhstan',
	'karaganda',
	'kostanay',
	'kyzylorda',
	'mangystau',
	'pavlodar',
	'north_kazakhstan',
	'turkestan',
	'ulytau',
	'astana',
	'almaty',
	'shymkent'
] as const;

/** One of the 20 region codes. */
export type RegionCode = (typeof REGION_CODES)[number];

/** True when `value` is one of the 20 region codes. */
export function isRegionCode(value: string): value is RegionCode {
	return (REGION_CODES as readonly string[]).includes(value);
}

/** Display names of each region in English, Russian and Kazakh; an oblast's Russian name is its full name («Туркестанская область»). */
export const REGION_NAMES: Record<RegionCode, { en: string; ru: string; kk: string }> = {
	abai: { en: 'Abai', ru: 'Абайская область', kk: 'Абай' },
	akmola: { en: 'Akmola', ru: 'Акмолинская область', kk: 'Ақмола' },
	aktobe: { en: 'Aktobe', ru: 'Актюбинская область', kk: 'Ақтөбе' },
	almaty_region: { en: 'Almaty region', ru: 'Алматинская область', kk: 'Алматы облысы' },
	atyrau: { en: 'Atyrau', ru: 'Атырауская область', kk: 'Атырау' },
	east_kazakhstan: { en: 'East Kazakhstan', ru: 'Восточно-Казахстанская область', kk: 'Шығыс Қазақстан' },
	zhambyl: { en: 'Zhambyl', ru: 'Жамбылская область', kk: 'Жамбыл' },
	zhetisu: { en: 'Zhetisu', ru: 'Жетысуская область', kk: 'Жетісу' },
	west_kazakhstan: { en: 'West Kazakhstan', ru: 'Западно-Казахстанская область', kk: 'Батыс Қазақстан' },
	karaganda: { en: 'Karaganda', ru: 'Карагандинская область', kk: 'Қарағанды' },
	kostanay: { en: 'Kostanay', ru: 'Костанайская область', kk: 'Қостанай' },
	kyzylorda: { en: 'Kyzylorda', ru: 'Кызылординская область', kk: 'Қызылорда' },
	mangystau: { en: 'Mangystau', ru: 'Мангистауская область', kk: 'Маңғыстау' },
	pavlodar: { en: 'Pavlodar', ru: 'Павлодарская область', kk: 'Павлодар' },
	north_kazakhstan: { en: 'North Kazakhstan', ru: 'Северо-Казахстанская область', kk: 'Солтүстік Қазақстан' },
	turkestan: { en: 'Turkestan', ru: 'Туркестанская область', kk: 'Түркістан' },
	ulytau: { en: 'Ulytau', ru: 'Улытауская область', kk: 'Ұлытау' },
	astana: { en: 'Astana', ru: 'Астана', kk: 'Астана' },
	almaty: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы' },
	shymkent: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент' }
};

/** Map-like tile grid position (column west→east, row north→south) of each region, for the tile map. */
export const REGION_TILES: Record<RegionCode, { col: number; row: number }> = {
	kostanay: { col: 2, row: 0 },
	north_kazakhstan: { col: 3, row: 0 },
	pavlodar: { col: 4, row: 0 },
	west_kazakhstan: { col: 0, row: 1 },
	aktobe: { col: 1, row: 1 },
	akmola: { col: 3, row: 1 },
	astana: { col: 4, row: 1 },
	east_kazakhstan: { col: 6, row: 1 },
	atyrau: { col: 0, row: 2 },
	ulytau: { col: 2, row: 2 },
	karaganda: { col: 3, row: 2 },
	abai: { col: 5, row: 2 },
	mangystau: { col: 0, row: 3 },
	kyzylorda: { col: 1, row: 3 },
	turkestan: { col: 2, row: 3 },
	zhambyl: { col: 3, row: 3 },
	almaty_region: { col: 4, row: 3 },
	zhetisu: { col: 5, row: 3 },
	shymkent: { col: 2, row: 4 },
	almaty: { col: 4, row: 4 }
};
