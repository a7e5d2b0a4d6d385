// Personal-data detection (contract §1 "Refused input"): the product only accepts anonymised data.

// Column-name words for names, IIN, phone, address and e-mail: English, Russian (Cyrillic and transliterated), Kazakh.
const PII_WORDS = new Set([
	// names
	'name', 'names', 'firstname', 'lastname', 'middlename', 'fullname', 'surname', 'forename', 'givenname',
	'familyname', 'patronymic', 'fio', 'imya', 'imia', 'familiya', 'familia', 'otchestvo', 'aty', 'tegi',
	'имя', 'фамилия', 'отчество', 'фио', 'аты', 'тегі', 'тегi', 'әкесінің',
	// identity numbers
	'iin', 'инн', 'иин', 'жсн', 'zhsn', 'passport', 'pasport', 'паспорт', 'ssn',
	// phone
	'phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'cellphone', 'msisdn', 'telefon', 'телефон', 'тел',
	// address
	'address', 'addr', 'street', 'ulitsa', 'ulica', 'adres', 'адрес', 'улица', 'мекенжай', 'көше', 'kvartira',
	'квартира', 'postcode', 'zipcode',
	// e-mail
	'email', 'mail', 'почта', 'emailaddress'
]);

// "region_name" or "district_name" names a place, not a person.
const NAMED_PLACES = new Set(['region', 'district', 'oblast', 'raion', 'settlement', 'city', 'village', 'file', 'dataset', 'programme', 'program', 'benefit']);

/** The personal-data kind a column name suggests ("a name"), or null when it looks anonymous. */
export function personalColumnKind(column: string): string | null {
	const lower = column.toLowerCase();
	const tokens = lower.split(/[^\p{L}\p{N}]+/u).map((t) => t.replace(/\d+$/, '')).filter(Boolean);
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
	return 'a person\'s name';
}

/**
 * True when `text` looks like an IIN: 12 digits (spaces ignored at the ends) whose first six are a
 * plausible birth date YYMMDD and whose seventh (century and sex) is 0-6.
 */
export function looksLikeIin(text: string): boolean {
	let s = text;
	if (s.length !== 12) {
		if (s.length < 12 || s.length > 16) return false;
		s = s.trim();
		if (s.length !== 12) return false;
	}
	for (let i = 0; i < 12; i++) {
		const c = s.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	const month = +s.slice(2, 4);
	const day = +s.slice(4, 6);
	const century = s.charCodeAt(6) - 48;
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 && century <= 6;
}
