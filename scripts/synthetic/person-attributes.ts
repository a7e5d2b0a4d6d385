// Person attributes: disability, full-time study, care duties, diseases and fixed incomes (assumed rates).
import type { Member } from './demography';
import type { Amount, Indices } from './indices';
import type { Rng } from './prng';

/** A generated person before market incomes are assigned. */
export interface PersonBase extends Member {
	disability: 0 | 1 | 2 | 3;
	student: boolean;
	carer: boolean;
	ssd: 'none' | 'tb' | 'cancer' | 'hiv';
	pension: number;
	benefits: number;
	benefitsExcluded: number;
	canEarn: boolean;
}

/** Assumed prevalence rates (per person) used below; recorded in the manifest. */
export const RATES = {
	disabledChild: 0.013,
	disabilityWorkingAge: [0.0035, 0.014, 0.013],
	disabilityPensionAge: [0.01, 0.035, 0.02],
	studentByAge: { 18: 0.45, 19: 0.45, 20: 0.45, 21: 0.4, 22: 0.3, 23: 0.15 } as Record<number, number>,
	tb: 0.0006,
	cancerOver40: 0.012,
	cancerUnder40: 0.0015,
	hiv18to60: 0.0015,
	carerTakeUp: 0.7
} as const;

function isPensionAge(m: Member, ix: Indices): boolean {
	return m.age >= (m.sex === 'm' ? ix.pensionAgeMen : ix.pensionAgeWomen);
}

function disability(rng: Rng, m: Member, ix: Indices): 0 | 1 | 2 | 3 {
	if (m.age < 18) return rng.chance(RATES.disabledChild) ? (rng.int(1, 3) as 1 | 2 | 3) : 0;
	const rates = isPensionAge(m, ix) ? RATES.disabilityPensionAge : RATES.disabilityWorkingAge;
	const u = rng.next();
	if (u < rates[0]) return 1;
	if (u < rates[0] + rates[1]) return 2;
	return u < rates[0] + rates[1] + rates[2] ? 3 : 0;
}

function ssd(rng: Rng, m: Member): PersonBase['ssd'] {
	const u = rng.next();
	const tb = RATES.tb;
	const cancer = m.age >= 40 ? RATES.cancerOver40 : RATES.cancerUnder40;
	const hiv = m.age >= 18 && m.age <= 60 ? RATES.hiv18to60 : 0;
	if (u < tb) return 'tb';
	if (u < tb + cancer) return 'cancer';
	return u < tb + cancer + hiv ? 'hiv' : 'none';
}

/** Adds attributes and fixed incomes (pensions, benefits) to the members of one household. */
export function drawAttributes(rng: Rng, members: Member[], ix: Indices, amounts: Record<string, Amount>): PersonBase[] {
	const persons: PersonBase[] = members.map((m) => {
		const d = disability(rng, m, ix);
		const pensioner = isPensionAge(m, ix);
		const student = !pensioner && rng.chance(RATES.studentByAge[m.age] ?? 0);
		const pension = pensioner ? Math.round(amounts.minPension.kzt * Math.exp(Math.max(0, 0.35 + 0.25 * rng.normal()))) : 0;
		let benefits = 0;
		let benefitsExcluded = 0;
		if (m.age < 18 && d > 0) benefitsExcluded = amounts.disabledChild.kzt;
		else if (!pensioner && d > 0) benefits = amounts[`disability${d}`].kzt;
		const canEarn = m.age >= 18 && !pensioner && !student && d !== 1;
		const disease = ssd(rng, m);
		return { age: m.age, sex: m.sex, disability: d, student, carer: false, ssd: disease, pension, benefits, benefitsExcluded, canEarn };
	});
	assignCarer(rng, persons, amounts);
	assignFamilyBenefits(persons, ix, amounts);
	return persons;
}

function assignCarer(rng: Rng, persons: PersonBase[], amounts: Record<string, Amount>): void {
	const needsCare = persons.some(
		(p) => p.age < 3 || (p.age < 18 && p.disability > 0) || (p.age >= 18 && p.disability > 0 && p.disability < 3) || p.age >= 80
	);
	if (!needsCare || !rng.chance(RATES.carerTakeUp)) return;
	const candidates = persons.filter((p) => p.canEarn && p.disability === 0);
	if (candidates.length === 0) return;
	const carer = candidates.find((p) => p.sex === 'f') ?? candidates[0];
	carer.carer = true;
	carer.canEarn = false;
	if (persons.some((p) => p.age === 0)) carer.benefits += amounts.childcare.kzt;
}

function assignFamilyBenefits(persons: PersonBase[], ix: Indices, amounts: Record<string, Amount>): void {
	const minors = persons.filter((p) => p.age < 18).length;
	if (minors < 4) return;
	const recipient = persons.find((p) => p.age >= 18 && p.sex === 'f') ?? persons.find((p) => p.age >= 18);
	if (recipient) recipient.benefits += amounts.largeFamily4.kzt + Math.round(4 * ix.mrp * (minors - 4));
}
