import { describe, expect, it } from 'vitest';
import { scenarioFromJsonText } from '$lib/rules/scenario';
import {
	deleteSavedScenario,
	listSavedScenarios,
	loadSavedScenario,
	parseSavedScenario,
	SAVED_PREFIX,
	saveScenario,
	scenarioFileText,
	type SavedScenario,
	type StorageLike
} from './saved-scenarios';

/** An in-memory Storage with the same key order semantics tests need. */
class FakeStorage implements StorageLike {
	readonly items = new Map<string, string>();
	failWrites = false;
	get length() {
		return this.items.size;
	}
	key(i: number) {
		return [...this.items.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.items.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.failWrites) throw new Error('QuotaExceededError');
		this.items.set(k, v);
	}
	removeItem(k: string) {
		this.items.delete(k);
	}
}

const LINE_80: SavedScenario = {
	name: 'Line at 80 %',
	year: 2025,
	overrides: { 'tsa.poverty_line.pm_share': 0.8, 'tsa.assets.max_vehicles': null, 'takeup.mode': 'observed' },
	region: 'turkestan',
	budget: 62.7e9
};

describe('saved scenarios', () => {
	it('saves, lists, loads and deletes by name', () => {
		const s = new FakeStorage();
		expect(saveScenario(s, LINE_80)).toBeNull();
		expect(saveScenario(s, { ...LINE_80, name: 'A first', region: null, budget: null, overrides: {} })).toBeNull();
		expect(listSavedScenarios(s).map((e) => e.name)).toEqual(['A first', 'Line at 80 %']);
		expect(loadSavedScenario(s, 'Line at 80 %')).toEqual(LINE_80);
		deleteSavedScenario(s, 'Line at 80 %');
		expect(loadSavedScenario(s, 'Line at 80 %')).toBeNull();
		expect(listSavedScenarios(s).map((e) => e.name)).toEqual(['A first']);
	});

	it('replaces an entry saved again under the same name, trimming the name', () => {
		const s = new FakeStorage();
		saveScenario(s, LINE_80);
		saveScenario(s, { ...LINE_80, name: '  Line at 80 %  ', year: 2026 });
		expect(listSavedScenarios(s)).toEqual([{ ...LINE_80, year: 2026 }]);
	});

	it('refuses to save without a name or with invalid values, and reports a full storage', () => {
		const s = new FakeStorage();
		expect(saveScenario(s, { ...LINE_80, name: '   ' })).toMatch(/name/);
		expect(saveScenario(s, { ...LINE_80, overrides: { 'tsa.poverty_line.pm_share': -1 } })).not.toBeNull();
		expect(saveScenario(s, { ...LINE_80, year: 1999 })).not.toBeNull();
		expect(s.items.size).toBe(0);
		s.failWrites = true;
		expect(saveScenario(s, LINE_80)).toMatch(/Quota/);
	});

	it('skips corrupted and hostile entries without throwing, and leaves other keys alone', () => {
		const s = new FakeStorage();
		saveScenario(s, LINE_80);
		const bad: Record<string, string> = {
			'not json': '{oops',
			null: 'null',
			array: '[1,2]',
			'unknown path': JSON.stringify({ ...LINE_80, name: 'unknown path', overrides: { 'tsa.nope': 1 } }),
			proto: `{"name":"proto","year":2025,"region":null,"budget":null,"overrides":{"__proto__":{"polluted":true}}}`,
			'wrong type': JSON.stringify({ ...LINE_80, name: 'wrong type', overrides: { 'tsa.assets.non_mortgage_loan_excludes': 'yes' } }),
			'bad region': JSON.stringify({ ...LINE_80, name: 'bad region', region: 'mars' }),
			'bad budget': JSON.stringify({ ...LINE_80, name: 'bad budget', budget: -5 }),
			'bad year': JSON.stringify({ ...LINE_80, name: 'bad year', year: '2025' }),
			renamed: JSON.stringify({ ...LINE_80, name: 'Someone else' })
		};
		for (const [name, text] of Object.entries(bad)) s.items.set(SAVED_PREFIX + name, text);
		s.items.set('other-app', 'keep me');
		expect(listSavedScenarios(s)).toEqual([LINE_80]);
		for (const name of Object.keys(bad)) expect(loadSavedScenario(s, name), name).toBeNull();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(s.items.get('other-app')).toBe('keep me');
	});

	it('validates what it is given, not only what it reads', () => {
		expect(parseSavedScenario(LINE_80)).toEqual(LINE_80);
		expect(parseSavedScenario({ ...LINE_80, overrides: [] })).toBeNull();
		expect(parseSavedScenario({ ...LINE_80, name: 'x'.repeat(201) })).toBeNull();
		expect(parseSavedScenario({ ...LINE_80, budget: Infinity })).toBeNull();
	});
});

describe('scenario file text (contract §2)', () => {
	it('writes { name, year, params } that the scenario reader accepts unchanged', () => {
		const text = scenarioFileText(LINE_80.name, LINE_80.year, LINE_80.overrides);
		expect(JSON.parse(text)).toEqual({ name: LINE_80.name, year: 2025, params: LINE_80.overrides });
		const back = scenarioFromJsonText(text);
		expect(back.overrides).toEqual(LINE_80.overrides);
		expect(back.params['tsa.poverty_line.pm_share']).toBe(0.8);
	});
});
