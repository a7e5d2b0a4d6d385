// The corrections of ../shared/domain/wording.md, held: every phrase the review found ("now") is gone from the
// Russian and Kazakh texts (messages, the explainer's phrase tables, parameter labels, region names), and the
// terms it asks for are there.
import { describe, expect, it } from 'vitest';
import { REGION_CODES, REGION_NAMES } from '$lib/data/regions';
import { EXPLAIN_PHRASES, type Phrases } from '$lib/rules/explain-phrases';
import { LOCAL_PHRASES, type LocalPhrases } from '$lib/rules/local/explain-phrases';
import { PARAMETERS } from '$lib/rules/parameters';
import { kk, ru } from './messages';

type Language = 'ru' | 'kk';

/** Every sentence a phrase table can say, with sample figures written as the explainer writes them. */
function sentences(say: Phrases, local: LocalPhrases): string[] {
	const [t, s, p] = ['26 906,83 ₸', '70 %', '1,5'];
	const loan = { pass: false, amountUnknown: true, hasLoan: true, received: t, size: '3', perMember: t, multiple: '2', pm: t, limit: t };
	const contract = { keep: '90 %', others: '10 %', months: '3', before: '3', refusal: '6' };
	return [
		...Object.values(say.labels),
		...Object.values(say.clauses),
		say.unknown,
		say.yes,
		say.no,
		...Object.values(say.status),
		say.counted(t),
		say.perCapita(t, t, '3'),
		say.line(t, s, t, t, '35 %', t, t),
		...[true, false].flatMap((b) => [
			say.incomeTest(t, b, t, s, t),
			say.test('x', b),
			say.eligible(b),
			say.amount(b, t, t, '3', t),
			say.conditionality(b, '1'),
			local.ceiling('x', t, b),
			local.tb(1, t, 6, t, b),
			local.tb(1, t, null, t, b)
		]),
		...(['off', 'amount', 'any'] as const).map((basis) => say.loan('x', { ...loan, basis })),
		say.supplement('2', '1', '6', p, t, t),
		say.compliance(s, null),
		say.compliance(s, contract),
		...Object.values(local.labels),
		...Object.values(local.clauses),
		local.housingCosts(t, null, 3, t, t),
		local.housingCosts(t, t, 3, t, t),
		local.housingExcess(t, '8 %', t, t, t),
		...(['paid', 'off', 'over_ceiling', 'within_share'] as const).map((state) => local.housing(state, t, t, t)),
		local.total(t)
	];
}

/** All the Russian or Kazakh text the interface can show. */
function texts(language: Language): string[] {
	return [
		...Object.values(language === 'ru' ? ru : kk),
		...sentences(EXPLAIN_PHRASES[language], LOCAL_PHRASES[language]),
		...PARAMETERS.map((param) => param.label[language]),
		...REGION_CODES.map((code) => REGION_NAMES[code][language])
	];
}

/** The "now" column of wording.md, and the word for a household the law does not use. */
const BAD: Record<Language, (string | RegExp)[]> = {
	ru: [
		'незалоговых',
		'кроме осуществляющих уход',
		'в возрасте для доплаты',
		'надбавк',
		'домохозяйств',
		// No double negatives ("нет, … не ниже"): a family at or above a line is said so.
		'не ниже',
		/\d\.\d+ (МРП|ПМ|₸)/,
		/(?<![-\p{L}])(?:true|false|approximate|exact|assumption)(?![-\p{L}])/u
	],
	kk: [
		'кепілсіз',
		'отбасыларға бас тарт',
		/кедейлік шегінен \d/,
		/ЕТКД \d/,
		'медиандық',
		'шегерілетін төлемдер',
		'мүгедек баласы',
		'жалғызбасты зейнеткер',
		'көмекті сақтайтындардың',
		'табиғи апат',
		'келген залал',
		'жан басына шаққандағы табыс',
		'есепке алынатын табыс',
		'қосымша төлем жасындағы',
		'көп балалы',
		'ең төменгі күнкөріс',
		'үстемеақы',
		'үй шаруашылы',
		'төмен емес',
		/\d\.\d+ (АЕК|ЕТКД|₸)/,
		/(?<![-\p{L}])(?:true|false|approximate|exact|assumption)(?![-\p{L}])/u
	]
};

/** The "better" column of wording.md and the official terms it lists, each of which must be said somewhere. */
const REQUIRED: Record<Language, (string | RegExp)[]> = {
	ru: [
		'кредитов, кроме ипотечных займов',
		'безусловная денежная помощь: нет трудоспособных членов семьи либо единственный трудоспособный осуществляет уход',
		'дети 1–6 лет, на которых положена',
		'дополнительная выплата',
		'1,5 МРП',
		'Туркестанская область',
		'адресная социальная помощь',
		'прожиточный минимум',
		'месячный расчётный показатель',
		'черта бедности',
		'обусловленная',
		'безусловная денежная помощь',
		'социальный контракт',
		/цифров\S* карт\S* семьи/i,
		'семьи'
	],
	kk: [
		'ипотекалық емес кредиті бар отбасыларға АӘК тағайындалмайды',
		'отбасыларға АӘК тағайындаудан бас тарту',
		'кедейлік шегінен (',
		'өңірлік ЕТКД-ның (',
		'медианалық табыстың (',
		'есепке алынбайтын төлемдер',
		'мүгедектігі бар баласы бар',
		'жалғыз тұратын (жалғызілікті) зейнеткер',
		'әлеуметтік келісімшартты орындайтындардың',
		'табиғи зілзала салдарынан келтірілген зиян',
		'жан басына шаққандағы орташа табыс',
		'отбасының жиынтық табысы',
		'қосымша төлем алатын жастағы балалар',
		'көпбалалы',
		'ең төмен күнкөріс деңгейі',
		'қосымша төлем',
		'1,5 АЕК',
		'атаулы әлеуметтік көмек',
		'айлық есептік көрсеткіш',
		'кедейлік шегі',
		'шартты ақшалай көмек',
		'шартсыз ақшалай көмек',
		'әлеуметтік келісімшарт',
		'отбасының цифрлық картасы',
		'отбасы'
	]
};

const found = (text: string, phrase: string | RegExp) =>
	typeof phrase === 'string' ? text.toLowerCase().includes(phrase.toLowerCase()) : phrase.test(text);

describe('the wording review (wording.md)', () => {
	for (const language of ['ru', 'kk'] as const) {
		it(`leaves none of the phrases it found in ${language}`, () => {
			const all = texts(language);
			const left = BAD[language].flatMap((phrase) =>
				all.filter((text) => found(text, phrase)).map((text) => `${String(phrase)} in «${text}»`)
			);
			expect(left).toEqual([]);
		});

		it(`says every term it asks for in ${language}`, () => {
			const all = texts(language).join('\n');
			expect(REQUIRED[language].filter((phrase) => !found(all, phrase)).map(String)).toEqual([]);
		});
	}

	it('names an oblast in Russian in full («Туркестанская область»), a city by its name', () => {
		for (const code of REGION_CODES) {
			const name = REGION_NAMES[code].ru;
			if (['astana', 'almaty', 'shymkent'].includes(code)) expect(name, code).not.toMatch(/область/);
			else expect(name, code).toMatch(/^[А-ЯЁ][А-ЯЁа-яё-]+ская область$/);
		}
	});
});
