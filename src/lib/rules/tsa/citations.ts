// Addresses from shared/domain/sources.md (the project brief). Where the body of an act could not be read, the status says so.
import type { Citation } from './rule';

/** Social Code 224-VII art. 120 (TSA, poverty line set per region) as summarised by egov.kz. */
export const CODE_ART_120: Citation = {
	clause: 'Social Code No. 224-VII of 20.04.2023, art. 120 (poverty line per region; per-capita income test)',
	href: 'http://egov.kz/cms/en/articles/family_support/social_help',
	status: 'exact'
};
/** Unconditional help (Social Code art. 121 as described by egov.kz). */
export const CODE_ART_121: Citation = {
	clause:
		'Social Code No. 224-VII, art. 121 (unconditional help: no able-bodied member, or the only one cares for a dependant; lone pensioners, disability I/II)',
	href: 'http://egov.kz/cms/en/articles/family_support/social_help',
	status: 'exact'
};
/** Conditional help and the social contract (Social Code art. 122). */
export const CODE_ART_122: Citation = {
	clause: 'Social Code No. 224-VII, art. 122 (conditional help; the social contract is mandatory)',
	href: 'https://pavlodar.com/zakon/?dok=07000&noraz=122&oraz=08',
	status: 'exact'
};
/** Poverty line: Order No. 160 of 19.05.2023 as amended by Order No. 473 of 20.12.2024. */
export const ORDER_160_473: Citation = {
	clause: 'Order No. 160 of 19.05.2023 as amended by Order No. 473 of 20.12.2024: max(35 % of median income, 70 % of the regional ПМ)',
	href: 'https://cmn.kz/kak-budut-rasschityvat-chertu-bednosti-v-kazahstane-v-2025-godu',
	status: 'exact'
};
/** Counted income: Order No. 181 of 26.05.2023 (body not read; excluded payments from an explainer). */
export const ORDER_181: Citation = {
	clause: 'Order No. 181 of 26.05.2023 (rules for computing aggregate income; excluded payments per secondary explainer)',
	href: 'https://finance.kz/articles/usloviya-naznacheniya-adresnoy-sotsialnoy-pomoschi-asp',
	status: 'approximate'
};
/** Amount = (poverty line − per-capita income) × family size, quoted by the ministry. */
export const AMOUNT_FORMULA: Citation = {
	clause: 'Order No. 227 of 21.06.2023 (assignment rules; formula as quoted by the ministry, 18.08.2025)',
	href: 'https://www.zakon.kz/obshestvo/6487742-chto-takoe-asp-komu-i-v-kakom-sluchae-ona-polozhena-vse-chto-nuzhno-znat-kazakhstantsam.html',
	status: 'approximate'
};
/** Child supplement: 1.5 МРП per child aged 1 to 6 inclusive (since 01.01.2023). */
export const CHILD_SUPPLEMENT: Citation = {
	clause: 'Order No. 227 of 21.06.2023: 1.5 МРП monthly per child aged 1 to 6 inclusive in a TSA family (ministry explanation)',
	href: 'https://alau.kz/kak-oformit-adresnuju-socpomoshh-razjasnenie-ministerstva-truda/',
	status: 'approximate'
};
/** Loan refusal since September 2025, by amount per the draft and the minister's example. */
export const LOAN_REFUSAL: Citation = {
	clause:
		'Order No. 227 as applied from September 2025: loans other than mortgages received in the quarter over 2 × ПМ per family member refuse (draft; minister’s example)',
	href: 'https://alau.kz/vzjal-kredit-lishili-posobija-v-mintruda-razjasnili-novyj-dokument/',
	status: 'approximate'
};
/** Help stops after a broken social contract, and TSA is refused for six months. */
export const CONTRACT_BREAK: Citation = {
	clause:
		'Social Code No. 224-VII, art. 122, as applied: a broken social contract stops help for the family and TSA is refused for 6 months (vice-minister, 07.01.2025)',
	href: 'https://informkz.com/en/ekonomika-1/sotsialnyij-kontrakt-s-dvojnyim-dnom-min-1',
	status: 'approximate'
};
/** Draft asset and spending criteria (deposits, cars, card spending), 2025. */
export const ASSET_DRAFT: Citation = {
	clause:
		'Draft amendment to Order No. 227 (2025): deposits over 200 МРП, more than one car except large families and families with disabled children, spending above the poverty line',
	href: 'https://www.ng.kz/modules/news/article.php?storyid=57096',
	status: 'approximate'
};
/** 2020 practice: more than one home refused. */
export const DWELLING_PRACTICE: Citation = {
	clause: '2020 practice under Order No. 320: families with more than one home refused',
	href: 'https://astanatimes.com/2020/01/city-administration-accepts-applications-for-targeted-social-assistance-in-new-format/',
	status: 'approximate'
};
/** Model rules of local social assistance: Government Decree No. 523 of 30.06.2023. */
export const DECREE_523: Citation = {
	clause:
		'Government Decree No. 523 of 30.06.2023 (model rules of local social assistance; body not read: categories and amounts per maslikhat)',
	href: 'https://adilet.zan.kz/rus/docs/P2300000523',
	status: 'approximate'
};
