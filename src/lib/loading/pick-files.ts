import type { LoadRequest } from './protocol';

/** Matches picked or dropped files to a dataset's tables by name; returns the request or what is missing. */
export function requestFromFiles(files: File[]): { request: LoadRequest } | { missing: string } {
	const find = (table: string) => files.find((f) => new RegExp(`(^|/)${table}\\.(csv|parquet)$`, 'i').test(f.webkitRelativePath || f.name));
	const households = find('households');
	const persons = find('persons');
	if (!households || !persons) {
		const need = [!households && 'households.csv (or .parquet)', !persons && 'persons.csv (or .parquet)'].filter(Boolean);
		return { missing: need.join(' and ') };
	}
	const manifest = files.find((f) => /(^|\/)manifest\.json$/i.test(f.webkitRelativePath || f.name));
	const folder = households.webkitRelativePath?.includes('/') ? households.webkitRelativePath.split('/')[0] : '';
	return {
		request: {
			...(folder ? { folder } : {}),
			households: { name: households.name, file: households },
			persons: { name: persons.name, file: persons },
			...(manifest ? { manifest: { name: manifest.name, file: manifest } } : {})
		}
	};
}
