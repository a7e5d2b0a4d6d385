// Scenarios saved in the browser (localStorage): one key per name, each entry re-validated when read back.
import { isRegionCode, type RegionCode } from '$lib/data/regions';
import { isSupportedYear, parameterAt } from '$lib/rules/baseline';
import { valueProblem, type ParamValue } from '$lib/rules/parameter';

/** What a saved scenario holds. */
export interface SavedScenario {
	name: string;
	year: number;
	overrides: Record<string, ParamValue>;
	region: RegionCode | null;
	budget: number | null;
}

/** The part of the Web Storage API these functions use (localStorage, or a fake in tests). */
export interface StorageLike {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Prefix of every key this module writes, so other keys in the same storage are left alone. */
export const SAVED_PREFIX = 'komek.scenario.v1:';
const MAX_NAME = 200;
const MAX_ENTRY_CHARS = 200_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** The entry if `raw` is a well-formed saved scenario (every override a known path with a valid value), else null. */
export function parseSavedScenario(raw: unknown): SavedScenario | null {
	if (!isPlainObject(raw)) return null;
	const { name, year, overrides, region, budget } = raw;
	if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME) return null;
	if (!isSupportedYear(year)) return null;
	if (region !== null && !(typeof region === 'string' && isRegionCode(region))) return null;
	if (budget !== null && !(typeof budget === 'number' && Number.isFinite(budget) && budget > 0 && budget < 1e15)) return null;
	if (!isPlainObject(overrides)) return null;
	const checked: Record<string, ParamValue> = {};
	for (const path of Object.keys(overrides)) {
		const param = parameterAt(path);
		if (!param || valueProblem(param, overrides[path]) !== null) return null;
		checked[path] = overrides[path] as ParamValue;
	}
	return { name, year, overrides: checked, region: region as RegionCode | null, budget: budget as number | null };
}

function read(storage: StorageLike, key: string): SavedScenario | null {
	let text: string | null;
	try {
		text = storage.getItem(key);
	} catch {
		return null;
	}
	if (text === null || text.length > MAX_ENTRY_CHARS) return null;
	try {
		const entry = parseSavedScenario(JSON.parse(text));
		// An entry filed under another name's key has been tampered with.
		return entry && SAVED_PREFIX + entry.name === key ? entry : null;
	} catch {
		return null;
	}
}

/** Every valid saved scenario, sorted by name; corrupted or hostile entries are skipped. */
export function listSavedScenarios(storage: StorageLike): SavedScenario[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(SAVED_PREFIX)) keys.push(key);
	}
	return keys
		.map((key) => read(storage, key))
		.filter((entry): entry is SavedScenario => entry !== null)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The saved scenario called `name`, or null when there is none or it does not validate. */
export function loadSavedScenario(storage: StorageLike, name: string): SavedScenario | null {
	return read(storage, SAVED_PREFIX + name);
}

/** Saves (or replaces) a scenario under its name; returns why it could not be saved, or null. */
export function saveScenario(storage: StorageLike, scenario: SavedScenario): string | null {
	const entry = parseSavedScenario({ ...scenario, name: scenario.name.trim() });
	if (!entry) return 'the scenario needs a name (up to 200 characters) and valid values';
	try {
		storage.setItem(SAVED_PREFIX + entry.name, JSON.stringify(entry));
		return null;
	} catch (e) {
		return e instanceof Error ? e.message : String(e);
	}
}

/** Removes the saved scenario called `name` (nothing happens when there is none). */
export function deleteSavedScenario(storage: StorageLike, name: string): void {
	storage.removeItem(SAVED_PREFIX + name);
}

/** A scenario as the contract's §2 JSON file text: `{ name, year, params }`. */
export function scenarioFileText(name: string, year: number, overrides: Readonly<Record<string, ParamValue>>): string {
	const params = Object.fromEntries(
		Object.keys(overrides)
			.sort()
			.map((p) => [p, overrides[p]])
	);
	return JSON.stringify({ name, year, params }, null, 2) + '\n';
}
