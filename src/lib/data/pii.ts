// Personal-data detection (contract §1 "Refused input"): the product only accepts anonymised data.
//
// By column name: words for names, IIN, phone, address and e-mail in English, Russian and Kazakh (below).
// By value (pii-columns.ts scans each text and number column), tuned so that money, counts and ids pass:
// - IIN (ИИН/ЖСН): 12 digits = birth date YYMMDD, a century-and-sex digit 0–6, five more. A text cell of 12 digits,
//   whole or in groups split by spaces, dashes or dots ("880101-300123", "880101 300 123"), is refused on its own.
// - IIN that lost its leading zero (Excel reads an IIN as a number, so one born in 2000–2009 keeps 11 digits):
//   "0" + the 11 digits must read as an IIN with century digit 5 or 6 (born 2000–2099).
// - IIN in a number column (Parquet DOUBLE, deposits_kzt…): an integer of 11 or 12 digits read as above, with a
//   century digit 1–6 (round amounts have 0). Money can have 11–12 digits too, and about 1 such amount in 50 starts
//   with a valid date; so numbers, like every heuristic below, refuse a column only when they make up at least
//   20 % of its non-empty values.
// - Phone numbers: "+" and 10–15 digits, or Kazakhstan's 11 digits 8 7xx… / 7 7xx… (mobile 70x–77x, landline
//   71x–72x), or 10 digits 7xx… written with separators; spaces, dashes, dots and brackets allowed. Share ≥ 20 %.
// - Names: two to four capitalised words or initials, at least one with a Russian or Kazakh surname or
//   patronymic ending (-ов, -ева, -ин, -ский, -вич, -вна, -ұлы, -қызы and their Latin spellings) or an initial
//   ("Иванов И.И.", "Aigerim Bekova"); in at least half of the values, at least half of them distinct (region or
//   street names repeat; names do not). A given name alone, or a foreign name with no such ending, is missed.
// - Dates of birth: full calendar dates (1985-03-12, 12.03.1985, 12/03/1985) in at least half of the values,
//   spread over at least five years or mostly 14 or more years old (a column of this year's dates passes).
// Columns are judged on up to 10 000 evenly spaced values; the 12-digit IIN test of text cells runs on every one.

// Column-name words for names, IIN, phone, address and e-mail: English, Russian (Cyrillic and transliterated), Kazakh.
const PII_WORDS = new Set([
	// names
	'name',
	'names',
	'firstname',
	'lastname',
	'middlename',
	'fullname',
	'surname',
	'forename',
	'givenname',
	'familyname',
	'patronymic',
	'fio',
	'imya',
	'imia',
	'familiya',
	'familia',
	'otchestvo',
	'aty',
	'tegi',
	'имя',
	'фамилия',
	'отчество',
	'фио',
	'аты',
	'тегі',
	'тегi',
	'әкесінің',
	// identity numbers
	'iin',
	'инн',
	'иин',
	'жсн',
	'zhsn',
	'passport',
	'pasport',
	'паспорт',
	'ssn',
	// phone
	'phone',
	'phonenumber',
	'telephone',
	'tel',
	'mobile',
	'cellphone',
	'msisdn',
	'telefon',
	'телефон',
	'тел',
	// address
	'address',
	'addr',
	'street',
	'ulitsa',
	'ulica',
	'adres',
	'адрес',
	'улица',
	'мекенжай',
	'көше',
	'kvartira',
	'квартира',
	'postcode',
	'zipcode',
	// e-mail
	'email',
	'mail',
	'почта',
	'emailaddress'
]);

// "region_name" or "district_name" names a place, not a person.
const NAMED_PLACES = new Set([
	'region',
	'district',
	'oblast',
	'raion',
	'settlement',
	'city',
	'village',
	'file',
	'dataset',
	'programme',
	'program',
	'benefit'
]);

/** The personal-data kind a column name suggests ("a name"), or null when it looks anonymous. */
export function personalColumnKind(column: string): string | null {
	const lower = column.toLowerCase();
	const tokens = lower
		.split(/[^\p{L}\p{N}]+/u)
		.map((t) => t.replace(/\d+$/, ''))
		.filter(Boolean);
	const joined = tokens.join('');
	if (tokens.includes('name') && tokens.some((t) => NAMED_PLACES.has(t))) return null;
	for (const word of [joined, ...tokens]) if (PII_WORDS.has(word)) return kindOf(word);
	return null;
}

function kindOf(word: string): string {
	if (/iin|инн|иин|жсн|zhsn|pas|паспорт|ssn/.test(word)) return 'an identity number (IIN or passport)';
	if (/phone|tel|mobile|msisdn|телефон|тел/.test(word)) return 'a phone number';
	if (/mail|почта/.test(word)) return 'an e-mail address';
	if (/addr|street|ulit|ulic|adres|адрес|улица|мекенжай|көше|kvartira|квартира|code/.test(word)) return 'an address';
	return "a person's name";
}

const DIGIT_GROUPS = /^\d{2,6}(?:[ .-]\d{1,6}){1,5}$/;

/** The 12 digits of `text` when it is 12 digits, whole or in groups split by spaces, dashes or dots; else null. */
export function twelveDigits(text: string): string | null {
	if (text.length < 12 || text.length > 20) return null;
	const s = text.length === 12 ? text : text.trim();
	if (s.length === 12) return /^\d{12}$/.test(s) ? s : null;
	if (!DIGIT_GROUPS.test(s)) return null;
	const digits = s.replace(/[ .-]/g, '');
	return digits.length === 12 ? digits : null;
}

/** True when 12 digits read as an IIN: a birth date YYMMDD, then a century-and-sex digit 0–6. */
export function isIinDigits(d: string): boolean {
	const month = +d.slice(2, 4);
	const day = +d.slice(4, 6);
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 && d.charCodeAt(6) - 48 <= 6;
}

/** True when `text` looks like an IIN: 12 digits, whole or grouped ("880101-300123"), starting with a birth date. */
export function looksLikeIin(text: string): boolean {
	const d = twelveDigits(text);
	return d !== null && isIinDigits(d);
}

/** True when 11 digits are an IIN whose leading zero was lost (born 2000–2009: century digit 5 or 6). */
export function looksLikeIinWithoutZero(text: string): boolean {
	const s = text.trim();
	if (s.length !== 11 || !/^\d{11}$/.test(s)) return false;
	const d = '0' + s;
	return isIinDigits(d) && (d[6] === '5' || d[6] === '6');
}

/** True when a number is an integer of 11 or 12 digits that reads as an IIN (11 digits: without its leading zero). */
export function numberLooksLikeIin(v: number): boolean {
	if (v < 1e10 || v >= 1e12 || !Number.isInteger(v)) return false;
	const s = String(v);
	// Round amounts (…0 000 000) would pass with century digit 0, which no citizen's IIN carries.
	return s.length === 12 ? isIinDigits(s) && s[6] !== '0' : looksLikeIinWithoutZero(s);
}

const PHONE_TEXT = /^\+?[\d\s().-]+$/;

/** True when `text` reads as a phone number: "+" and 10–15 digits, 8/7 7xx xxx xx xx, or 7xx xxx xx xx with separators. */
export function looksLikePhone(text: string): boolean {
	if (text.length < 10 || text.length > 24 || !PHONE_TEXT.test(text)) return false;
	const s = text.trim();
	const d = s.replace(/\D/g, '');
	if (s[0] === '+') return d.length >= 10 && d.length <= 15;
	if (d.length === 11) return (d[0] === '7' || d[0] === '8') && d[1] === '7';
	return d.length === 10 && d[0] === '7' && /[\s().-]/.test(s);
}

/** True when a number is an 11-digit Kazakhstan phone number (7 7xx… or 8 7xx…). */
export function numberLooksLikePhone(v: number): boolean {
	return (v >= 77e9 && v < 78e9) || (v >= 87e9 && v < 88e9);
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
const INITIALS = /^(?:\p{Lu}\.){1,2}$/u;
const NAME_ENDING =
	/(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|вич|вна|ична|енко|ук|юк|улы|ұлы|кызы|қызы|ov|ova|ev|eva|in|ina|yn|yna|sky|skiy|skii|skaya|vich|vna|ichna|enko|uk|yuk|uly|kyzy|qyzy)$/u;

/** True when `text` reads as a person's name: 2–4 capitalised words or initials, one with a surname or patronymic ending or an initial. */
export function looksLikePersonName(text: string): boolean {
	if (text.length < 5 || text.length > 80) return false;
	const words = text.trim().split(/\s+/);
	if (words.length < 2 || words.length > 4) return false;
	let marked = false;
	let named = false;
	for (const w of words) {
		if (INITIALS.test(w)) marked = true;
		else if (!NAME_WORD.test(w)) return false;
		else {
			named = true;
			if (NAME_ENDING.test(w.toLowerCase())) marked = true;
		}
	}
	return named && marked;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;
const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** The year of a full calendar date ("1985-03-12", "1985-03-12T00:00:00.000Z", "12.03.1985", "03/12/1985"), or null. */
export function dateYear(text: string): number | null {
	if (text.length < 8 || text.length > 30) return null;
	const iso = ISO_DATE.exec(text.trim());
	const dotted = iso ? null : DOTTED_DATE.exec(text.trim());
	const [y, a, b] = iso ? [+iso[1], +iso[2], +iso[3]] : dotted ? [+dotted[3], +dotted[1], +dotted[2]] : [0, 0, 0];
	if (y < 1900 || y > 2100 || a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
	return y;
}
