// Sources of the local (maslikhat) parameters beyond the shared list; each title says what was read there.
import type { Reference } from '../parameter';

const ref = (title: string, href: string): Reference => ({ title, href });

/** Named sources of housing assistance, of the TB treatment length and of the low-income measure. */
export const LOCAL_SRC = {
	housingAlmaty2024: ref(
		'Almaty city maslikhat decision No. 100 of 29.03.2024 «Размер и порядок оказания жилищной помощи» under the Law on Housing Relations and Order No. 117 of 08.12.2023 (rules of housing assistance): paid from the local budget to low-income families (body read in part)',
		'https://adilet.zan.kz/rus/docs/V24R0176502/compare'
	),
	housingRules2025: ref(
		'baq.kz (04.12.2025) on the updated rules of housing assistance: families whose housing and utility costs exceed the maximum share of aggregate income, 5 % to 10 % as the maslikhat sets; costs within consumption norms',
		'https://rus.baq.kz/v-kazahstane-obnovili-pravila-zhilischnoy-pomoschi-chto-nuzhno-znat_300028407/'
	),
	housingBozumbaev2025: ref(
		'alau.kz (07.08.2025), Deputy Prime Minister Bozumbaev: utility costs above 7–10 % of family income, by region, are compensated; the threshold is higher in Astana and Almaty',
		'https://alau.kz/komu-v-kazahstane-kompensirujut-rashody-na-kommuslugi/'
	),
	housingKyzylorda: ref(
		'Kazinform, Bozumbaev: the threshold is 7 % in Kyzylorda region, up to 10 % elsewhere',
		'https://www.inform.kz/ru/lyubaya-sotspomosh-dolzhna-dohodit-do-teh-kto-v-ney-nuzhdaetsyabozumbaev-972297'
	),
	housingEkibastuz: ref(
		'Ekibastuz employment department (gov.kz): housing assistance = costs within norms minus 5 % of aggregate income; 333 families, 15.2 M ₸ in the year',
		'https://www.gov.kz/memleket/entities/ekibastuz-enbek/press/news/details/1118959'
	),
	housingAlmatyTv: ref(
		'almaty.tv (archive): housing assistance for costs above 10 % of family income in Almaty',
		'https://almaty.tv/ru/news/arkhiv/171703-kak-poluchit-dgilischnuyu-pomosch-v-almaty'
	),
	housingNorms2025: ref(
		'alau.kz (04.11.2025), Kostanay: costs counted within norms (18 m² per person, gas, water and heat limits); 421 families, 13.5 M ₸ in 2025',
		'https://alau.kz/komu-snizjat-kommunalku-novye-pravila-zhilishhnoj-pomoshhi-v-kostanae/'
	),
	housingNormRules2025: ref(
		'Kazinform (24.11.2025) on the Minister of Industry and Construction’s order of 19.11.2025 amending the rules of housing assistance: the amount is computed within norms: gas up to 15 m³ a person in a flat, heat up to 0.025 Gcal per m² a month with meters, electricity by regional norms',
		'https://www.inform.kz/ru/chto-izmenitsya-v-pravilah-predostavleniya-zhilishnoy-pomoshi-v-kazahstane-so-2-dekabrya-f41789'
	),
	utilityBasket2024: ref(
		'mgorod.kz (20.02.2024): a family of three in a 60 m² flat in winter, 3 m³ of cold and 2 m³ of hot water and 100 kWh a person, pays 22 007 ₸ a month for utilities on average (Almaty 27 364 ₸)',
		'https://mgorod.kz/news/uralsk-voshel-v-top-5-gorodov-s-samoj-dorogoj-kommunalkoj'
	),
	bnsPoverty2025: ref(
		'news.mail.ru citing the Bureau of National Statistics (Q3 2025): the official poverty measure counts people whose income is below the subsistence minimum (5.3 %, 190 484 families, 1 078 660 persons)',
		'https://news.mail.ru/society/69187241/'
	),
	whoTbRegimen: ref(
		'WHO consolidated guidelines, Module 4 (2022): drug-susceptible TB is treated for 6 months (2HRZE/4HR)',
		'https://tbksp.org/en/node/1933'
	)
} as const;
