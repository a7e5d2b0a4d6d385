import { describe, expect, it } from 'vitest';
import { requestFromFiles } from './pick-files';

const file = (name: string) => new File(['x'], name);

describe('requestFromFiles', () => {
	it('matches CSV or Parquet tables and the manifest by name, whatever the case', () => {
		const r = requestFromFiles([file('Persons.parquet'), file('households.csv'), file('manifest.json'), file('notes.txt')]);
		expect('request' in r && r.request.households.name).toBe('households.csv');
		expect('request' in r && r.request.persons.name).toBe('Persons.parquet');
		expect('request' in r && r.request.manifest?.name).toBe('manifest.json');
	});

	it('names the folder the files came from, when they came from one', () => {
		const inFolder = (path: string) => {
			const f = file(path.split('/').pop()!);
			Object.defineProperty(f, 'webkitRelativePath', { value: path });
			return f;
		};
		const r = requestFromFiles([inFolder('akmola-2024/households.csv'), inFolder('akmola-2024/persons.csv')]);
		expect('request' in r && r.request.folder).toBe('akmola-2024');
		const loose = requestFromFiles([file('households.csv'), file('persons.csv')]);
		expect('request' in loose && loose.request.folder).toBeUndefined();
	});

	it('says which table is missing', () => {
		expect(requestFromFiles([file('households.csv')])).toEqual({ missing: 'persons.csv (or .parquet)' });
	});
});
