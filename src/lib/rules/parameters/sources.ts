// Every address below is copied from shared/domain/sources.md (the project brief), or from its review notes
// (shared/domain/README.md §5) and read there; the title says what was read.
import type { Reference } from '../parameter';

const ref = (title: string, href: string): Reference => ({ title, href });

/** Named sources shared by several parameters. */
export const SRC = {
	socialCode: ref(
		'Social Code of RK No. 224-VII of 20.04.2023 (in force 01.07.2023)',
		'https://www.ecolex.org/details/legislation/social-code-law-no-224-vii-zrk-lex-faoc220804/'
	),
	socialCodeArt122: ref(
		'Social Code art. 122 «Обусловленная денежная помощь»: the social contract is mandatory',
		'https://pavlodar.com/zakon/?dok=07000&noraz=122&oraz=08'
	),
	egovTsa: ref(
		'egov.kz, State targeted social assistance: art. 120 p.4 regional poverty line; unconditional and conditional help',
		'http://egov.kz/cms/en/articles/family_support/social_help'
	),
	egovMrp: ref('egov.kz, МРП, ПМ and minimum wage by year (2020–2023)', 'http://egov.kz/cms/en/articles/article_mci_2012'),
	knews2023: ref('knews.kz, МРП 2023 = 3 450 ₸', 'https://knews.kz/economy/153-mrp-2023'),
	mgorod2024: ref(
		'mgorod.kz, pensions and indices from 1 January 2024',
		'https://mgorod.kz/news/pensii-povysilis-v-kazahstane-s-1-yanvarya'
	),
	kursiv2024: ref('Kursiv, МРП, МЗП and ПМ for 2024', 'https://kz.kursiv.media/2023-12-27/lsbs-mzpmtkz'),
	alau2025: ref(
		'alau.kz, republican budget 2025: МРП, pensions and ПМ',
		'https://alau.kz/povyshajutsja-mrp-pensii-i-prozhitochnyj-minimum-tokaev-utverdil-bjudzhet/'
	),
	zakon2026: ref(
		'zakon.kz, Law on the republican budget 2026–2028 (signed 08.12.2025): МРП, МЗП, ПМ',
		'https://www.zakon.kz/pravo/6500457-kakimi-budut-mrp-minimalnaya-zarplata-i-pensiya-v-2026-godu.html'
	),
	bnsPm2023: ref(
		'kazakhstan-news.info citing BNS: regional actual ПМ, July 2023',
		'https://kazakhstan-news.info/ekonomika/item/105121-kak-vyros-prozhitochnyy-minimum-v-kazahstane'
	),
	bnsPm2024: ref(
		'finance.digitalbusiness.kz citing BNS: regional actual ПМ, August 2024',
		'https://finance.digitalbusiness.kz/2024-08-30/prozhitochniy-minimum-vkazahstane-viros'
	),
	bnsPm2025: ref(
		'Lada.kz citing BNS: regional actual ПМ, August 2025',
		'https://www.lada.kz/kazakhstan-news/142785-prozhitochnyi-minimum-rezko-vyros-v-kazakhstane-tsena-vyzhivaniia-62-tysiachi-tenge.html'
	),
	order160: ref(
		'Order No. 160 of 19.05.2023 «Об определении размера черты бедности»: 70 % of the ПМ of the previous quarter',
		'http://base.spinform.ru/show_doc.fwx?rgn=149992'
	),
	order473: ref(
		'Order No. 473 of 20.12.2024 (in force 06.01.2025): 35 % of median income, not below 70 % of the regional ПМ',
		'https://cmn.kz/kak-budut-rasschityvat-chertu-bednosti-v-kazahstane-v-2025-godu'
	),
	order473Text: ref('Order No. 473 of 20.12.2024, text in the zakon.kz database', 'https://online.zakon.kz/Document/?doc_id=35752498'),
	medianRegional: ref(
		'El.kz via samal-akparat: «35 % от регионального медианного дохода»',
		'https://samal-akparat.com/razdely/ekonomika/item/186067-adresnuyu-socialnuyu-pomosch-v-kazahstane-poluchili-bolee-232-tysyach-chelovek-vyplacheno-10-4-mlrd-tenge'
	),
	medianDfc: ref(
		'200.news: 35 % of average income per the Digital Family Card (national reading)',
		'https://www.200.news/2025/04/11/qazaqstan-respwblikasynyng-aelewmettik-kodeksine-saejkes-atawly-aelewmettik-koemek-budan-aeri-aaek-taghajyndaw-ueshin-kedejlik-shegi-halyqtyng-cifrlyq-otbasy-kartasy-bojynsha-ortasha-tabys.html?amp=1'
	),
	history2018: ref('Ministry of Labour: 50 % of ПМ from 1 January 2018 (Law No. 369-V)', 'https://kontrast.enbek.gov.kz/en/node/344059'),
	history2019: ref(
		'mgorod.kz: 70 % of ПМ from 2019; children to 23 if studying; excluded benefits',
		'https://mgorod.kz/news/s-iyulya-2019-goda-asp-budut-nachislyat-po-novomu'
	),
	childSupplement2023: ref(
		'bugin.kz citing the ministry: 1.5 МРП per child aged 1–6 since 1 January 2023',
		'https://bugin.kz/30228-elimizde-kunkoris-denhgeyi-tomen-4943-mynh-adamgha-aqshalay-komek-korsetiledi'
	),
	childSupplementAges: ref(
		'alau.kz citing the ministry: «от одного до шести лет включительно», 1.5 МРП per child',
		'https://alau.kz/kak-oformit-adresnuju-socpomoshh-razjasnenie-ministerstva-truda/'
	),
	order181: ref(
		'Order No. 181 of 26.05.2023, rules for computing family income (amended by Order No. 95 of 31.03.2025)',
		'https://adilet.zan.kz/rus/docs/V2500035901/compare'
	),
	excludedIncome: ref(
		'finance.kz explainer (updated 11.11.2024): incomes not counted (TSA, housing aid, funeral grants, disabled-child benefits …)',
		'https://finance.kz/articles/usloviya-naznacheniya-adresnoy-sotsialnoy-pomoschi-asp'
	),
	loanRefusal: ref(
		'alau.kz citing the ministry: since September 2025 no TSA for families with non-mortgage loans',
		'https://alau.kz/est-kredit-ostaneshsja-bez-asp-chislo-poluchatelej-rk-sokratilos/'
	),
	assetDraft2025: ref(
		'ng.kz on the 2025 draft: loans > 2 × ПМ, spending above the poverty line, deposits > 200 МРП, more than one car',
		'https://www.ng.kz/modules/news/article.php?storyid=57096'
	),
	assetPractice2020: ref(
		'Astana Times (Jan 2020): no TSA with more than one home or a car, except families with disabled children; refusing employment ends TSA for all family members («within six months»)',
		'https://astanatimes.com/2020/01/city-administration-accepts-applications-for-targeted-social-assistance-in-new-format/'
	),
	loanExample2025: ref(
		'alau.kz (10.09.2025), the minister explains the draft: a family of three with a 3 M ₸ loan is refused, one with 300 000 ₸ may still qualify; mortgages do not count',
		'https://alau.kz/vzjal-kredit-lishili-posobija-v-mintruda-razjasnili-novyj-dokument/'
	),
	pensionAgeWomen2022: ref(
		'Astana Times (27.10.2022): the Mazhilis approves fixing the women’s retirement age at 61 until 2028',
		'https://astanatimes.com/2022/10/kazakh-mazhilis-approves-draft-amendments-to-fix-womens-retirement-age-at-61-until-2028/'
	),
	pensionAgeReform: ref(
		'Ministry of Labour (kontrast.enbek.gov.kz): men retire at 63; women’s age raised by six months a year from 2018',
		'https://kontrast.enbek.gov.kz/en/node/358514'
	),
	sanction2024: ref(
		'informkz (2024): if social-contract obligations are not met, help stops for the whole family',
		'https://informkz.com/en/ekonomika-1/sotsialnyij-kontrakt-s-dvojnyim-dnom-min-1'
	),
	largeFamily: ref(
		'Kazinform: families with four children are large families',
		'https://en.inform.kz/amp/families-with-four-children-are-large-families-minister_a3502607/'
	),
	decree523: ref(
		'Government Decree No. 523 of 30.06.2023, model rules of local social assistance (body not read)',
		'https://adilet.zan.kz/rus/docs/P2300000523'
	),
	localRules2014: ref(
		'Maslikhat rules 2014 (adilet V14ME002368): disaster/fire ≤ 50 МРП, cancer/HIV/TB ≤ 26 МРП once a year',
		'https://adilet.zan.kz/rus/docs/V14ME002368'
	),
	kaztalov2023: ref(
		'Kaztalov district maslikhat 2023: TB outpatients 10 МРП monthly, no income test',
		'https://adilet.zan.kz/rus/docs/V23ZH731007'
	),
	almaty2015: ref(
		'Almaty city rules 2015: 7 МРП semi-annually for per-capita income ≤ 3 × ПМ',
		'https://vecher.kz/ru/article/o-predostavlenii-sosialnoi-pomoshi-otdelnym-kategoriiam-nujdaiushihsia-grajdan.html'
	),
	dfcTakeup2025: ref(
		'baq.kz: 2025, 529.6k proactive offers sent, 276.2k used (all benefits)',
		'https://baq.kz/2025-zhyly-276-mynnan-astam-qazaqstandyq-zhardemaqyny-otinishsiz-aldy-200029231/'
	),
	budget2023: ref(
		'bugin.kz citing the ministry: 2023 TSA budget 73.9 bn ₸ (May 2023)',
		'https://bugin.kz/30228-elimizde-kunkoris-denhgeyi-tomen-4943-mynh-adamgha-aqshalay-komek-korsetiledi'
	),
	budget2024: ref(
		'enbekshiqazaq.kz: 2024 TSA allocation 54.7 bn ₸ (1 Nov 2024)',
		'https://www.enbekshiqazaq.kz/en/news/1884-403-thousand-people-received-targeted-social-assistance.html'
	),
	budget2025: ref(
		'baq.kz: 2025 TSA budget 98.4 bn ₸ (Oct 2025; 132.9 bn in May)',
		'https://baq.kz/qazaqstanda-274-mynnan-astam-adam-atauly-aleumettik-komek-aldy-200023860/'
	),
	budget2026: ref(
		'zakon.kz: 2026 republican budget for TSA 62.7 bn ₸',
		'https://kaz.zakon.kz/okiga/6077993-azastandytara-atauly-leumettk-kmek-ashan-taayyndalady.html'
	)
} as const;
