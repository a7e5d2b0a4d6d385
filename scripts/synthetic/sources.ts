// Source addresses for the figures the generator is calibrated to (from shared/domain/sources.md (the project brief)).

/** One provenance record: where a figure comes from and how sure it is. */
export interface Pedigree {
	source: string;
	status: 'exact' | 'approximate' | 'assumption';
	note?: string;
}

/** Source addresses, keyed by what they support. */
export const SRC = {
	population2025: 'https://www.zakon.kz/obshestvo/6503417-nazvana-tochnaya-chislennost-naseleniya-kazakhstana.html',
	populationAbai: 'https://kazlenta.kz/amp/108812-nazvana-chislennost-naseleniya-kazahstana.html',
	households2021: 'https://liter.kz/kazakhstantsy-stali-chashche-vstupat-v-brak-1700455595',
	povertyQ3_2025: 'https://www.lada.kz/aktau_news/society/147393-kakie-pokazateli-bednosti-v-mangistauskoi-oblasti',
	poverty2021: 'https://otyrar.kz/2022/04/samyj-vysokij-uroven-bednosti-zafiksirovan-v-turkestanskoj-oblasti',
	povertyQ3_2024:
		'https://samal-akparat.com/razdely/obshchestvo/item/182404-v-kazahstane-rastet-dolya-naseleniya-zhivuschego-za-chertoy-bednosti',
	povertyQ2_2024: 'https://kokshetau.asia/newskz/ekonomnews/v-astane-rezko-vyros-yroven-bednosti',
	povertyQ3_2022: 'https://cabar.asia/en/kazakhstan-changes-the-social-welfare-system-will-the-poor-live-better',
	tsa2025: 'https://alau.kz/est-kredit-ostaneshsja-bez-asp-chislo-poluchatelej-rk-sokratilos/',
	tsaMay2025:
		'https://samal-akparat.com/razdely/ekonomika/item/186067-adresnuyu-socialnuyu-pomosch-v-kazahstane-poluchili-bolee-232-tysyach-chelovek-vyplacheno-10-4-mlrd-tenge',
	medianTerm2025:
		'https://zakonkz.com (ministry estimate of the families the 35 % median term adds in 2025, as quoted in shared/domain/README.md §5)',
	loanExamples: 'https://alau.kz/vzjal-kredit-lishili-posobija-v-mintruda-razjasnili-novyj-dokument/',
	poverty2025Households: 'https://news.mail.ru/society/69187241/',
	medianIncome2022:
		'https://ulysmedia.kz/dengi/20368-pochti-u-vsekh-zhitelei-kazakhstana-srednedushevoi-dokhod-ne-prevyshaet-151-000-tenge',
	surveyIncome2023: 'https://informburodata.com/novosti/doxod-srednestatisticeskogo-kazaxstanca-sostavil-283-tysyaci-tenge',
	surveyIncome2025: 'https://qazaq24.com/news/o-mesyachnyh-dohodah-kazahstancev-rasskazali-analitiki-6933',
	children2025: 'https://qazaq24.com/story/kolichestvo-detej-uvelichilos-na-15-milliona-v-kazahstane-56772',
	children2024: 'https://kznews.kz/?p=248086',
	ageGroups2023: 'https://sarbaz.kz/v-centre-vnimaniya/1390-deti-molodezh-stariki-kogo-bolshe-v-kazakhstane',
	poorBySize2024:
		'https://prosud.kz/amp/novosti/1003557-turkestanskaya-oblast-lidiruet-pochislu-semey-zhivushchikh-nadokhody-menshe-prozhitochnogo-minimuma.html',
	povertyLargeHouseholds2023: 'https://inbusiness.kz/ru/last/gde-v-kazahstane-prozhivayut-samye-bednye-grazhdane',
	childSupplement2025: 'https://kaz.zakon.kz/kogam-tynysy/6075205-r-balaa-osymsha-tlem-azastanda-ay-sayyn-15-aek-kmderge-tlened.html',
	tsaRegions2023:
		'https://kapital.kz/gosudarstvo/124597/v-kazakhstane-iz-sostoyaniya-bednosti-vyshli-58-tysyach-semey-poluchavshikh-asp.html',
	notifiedApplied2024: 'inbusiness.kz, as quoted in seed document 004 of the product brief (shared/seeds/004); not found elsewhere',
	minPension2025: 'https://alau.kz/povyshajutsja-mrp-pensii-i-prozhitochnyj-minimum-tokaev-utverdil-bjudzhet/',
	disability2026: 'https://www.ng.kz/modules/news/article.php?storyid=58336',
	childcareAllowance: 'https://kontrast.enbek.gov.kz/en/node/340233',
	largeFamilyAllowance: 'http://ertisoniri.kz/rubrikalar/ajmak/2922-kopbalaly-otbasylar-kansha-zhardemaky-alady.html',
	dwellingOwnership: 'https://newsline.kz/article/1031022/',
	regionalPm: 'src/lib/rules/baseline.ts (indices.pm_regional.<region>, 2025)',
	generator: 'scripts/synthetic (this generator; a modelling assumption)'
} as const;
