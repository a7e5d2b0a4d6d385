// Reads a prepared bundle file picked by the user, reporting progress, and decodes it (prepared-bundle.ts).
import { decodeBundle, type PreparedBundle } from '$lib/fast/prepared-bundle';

/** Bytes asked for per read: progress moves about every 16 MB. */
const CHUNK = 16 * 2 ** 20;

/** The bundle in `file`; `onProgress` gets the fraction read; throws a message for the user on a bad file. */
export async function readBundleFile(file: Blob, onProgress: (fraction: number) => void): Promise<PreparedBundle> {
	return decodeBundle(await readAll(file, onProgress));
}

/**
 * Every byte of `file` in one buffer. The stream is read straight into that buffer where the browser allows it (a
 * BYOB reader): a national bundle then leaves no chunks of hundreds of MB for the garbage collector.
 */
export async function readAll(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
	const size = file.size;
	let buffer = new ArrayBuffer(size);
	let at = 0;
	const stream = file.stream();
	let byob: ReadableStreamBYOBReader | null = null;
	try {
		byob = stream.getReader({ mode: 'byob' });
	} catch {
		byob = null; // not a byte stream here: copy chunk by chunk
	}
	if (byob) {
		while (at < size) {
			const { done, value } = await byob.read(new Uint8Array(buffer, at, Math.min(CHUNK, size - at)));
			if (done || !value) break;
			buffer = value.buffer as ArrayBuffer; // the read hands the (moved) buffer back
			at += value.byteLength;
			onProgress(at / size);
		}
		byob.releaseLock();
	} else {
		const bytes = new Uint8Array(buffer);
		const reader = stream.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (at + value.length > size) throw new Error('the file grew while it was read');
			bytes.set(value, at);
			at += value.length;
			onProgress(at / size);
		}
	}
	return new Uint8Array(buffer, 0, at);
}
