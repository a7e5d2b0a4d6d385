// Test support: installs households and persons given as plain objects, with every contract §1 column typed.
import { Bool, Float64, Int32, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import type { Db } from '../../db/db';

/** A household record; omitted optional fields are NULL. */
export interface TestHousehold {
	hh_id: string;
	region: string;
	settlement: 'urban' | 'rural';
	weight: number;
	dwellings_owned: number;
	vehicles_owned: number;
	consumption_monthly?: number | null;
	land_plots_owned?: number | null;
	deposits_kzt?: number | null;
	non_mortgage_loan?: boolean | null;
	loans_received_quarter_kzt?: number | null;
	housing_costs_monthly?: number | null;
	card_spending_monthly?: number | null;
	disaster_damage?: boolean | null;
	fire_damage?: boolean | null;
	notified?: boolean | null;
	applied?: boolean | null;
	tsa_paid_monthly?: number | null;
}

/** A person record; omitted optional fields are NULL. */
export interface TestPerson {
	person_id: string;
	hh_id: string;
	age: number;
	sex: 'm' | 'f';
	disability_group?: number | null;
	student_fulltime?: boolean | null;
	carer?: boolean | null;
	ssd?: 'none' | 'tb' | 'cancer' | 'hiv' | null;
	income_wages?: number | null;
	income_business?: number | null;
	income_pension?: number | null;
	income_benefits?: number | null;
	income_benefits_excluded?: number | null;
	income_alimony?: number | null;
	income_property?: number | null;
	income_farm?: number | null;
}

const S = new Utf8();
const F = new Float64();
const I = new Int32();
const B = new Bool();
const HOUSEHOLD_TYPES: Record<keyof TestHousehold, DataType> = {
	hh_id: S,
	region: S,
	settlement: S,
	weight: F,
	consumption_monthly: F,
	dwellings_owned: I,
	vehicles_owned: I,
	land_plots_owned: I,
	deposits_kzt: F,
	non_mortgage_loan: B,
	loans_received_quarter_kzt: F,
	housing_costs_monthly: F,
	card_spending_monthly: F,
	disaster_damage: B,
	fire_damage: B,
	notified: B,
	applied: B,
	tsa_paid_monthly: F
};
const PERSON_TYPES: Record<keyof TestPerson, DataType> = {
	person_id: S,
	hh_id: S,
	age: I,
	sex: S,
	disability_group: I,
	student_fulltime: B,
	carer: B,
	ssd: S,
	income_wages: F,
	income_business: F,
	income_pension: F,
	income_benefits: F,
	income_benefits_excluded: F,
	income_alimony: F,
	income_property: F,
	income_farm: F
};

function toTable<T extends object>(rows: readonly T[], types: Record<string, DataType>): Table {
	const columns: Record<string, Vector> = {};
	for (const [name, type] of Object.entries(types)) {
		columns[name] = vectorFromArray(
			rows.map((r) => (r as Record<string, unknown>)[name] ?? null),
			type
		);
	}
	return new Table(columns);
}

/** Creates tables `households` and `persons` from records (absent optional columns as all-NULL). */
export async function installTestDataset(db: Db, households: readonly TestHousehold[], persons: readonly TestPerson[]): Promise<void> {
	await db.insertArrow('households', toTable(households, HOUSEHOLD_TYPES));
	await db.insertArrow('persons', toTable(persons, PERSON_TYPES));
}
