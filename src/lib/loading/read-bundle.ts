// Reads a prepared bundle file picked by the user, reporting progress, and decodes it (prepared-bundle.ts).
import { decodeBundle, type PreparedBundle } from '$lib/fast/prepared-bundle';

/** The bundle in `file`; `onProgress` gets the fraction read; throws a message for the user on a bad file. */
export async function readBundleFile(file: Blob, onProgress: (fraction: number) => void): Promise<PreparedBundle> {
	const bytes = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let at = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		if (at + value.length > bytes.length) throw new Error('the file grew while it was read');
		bytes.set(value, at);
		at += value.length;
		onProgress(at / bytes.length);
	}
	return decodeBundle(bytes.subarray(0, at));
}
