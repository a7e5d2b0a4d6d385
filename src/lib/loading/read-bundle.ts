// Reads a prepared bundle file picked by the user, reporting progress, and checks it whole (check-bundle.ts).
import type { PreparedBundle } from '$lib/fast/prepared-bundle';
import { checkBundle } from './check-bundle';

/** Bytes asked for per read: progress moves about every 16 MB. */
const CHUNK = 16 * 2 ** 20;

/**
 * The bundle in `file`, read and then checked whole (check-bundle.ts) before anything uses it; `onProgress` gets
 * the stage and its share done; throws a message for the user on a bad file, `LoadCancelled` when `signal` fires.
 */
export async function readBundleFile(
	file: Blob,
	onProgress: (stage: 'reading' | 'checking', fraction: number) => void,
	signal?: AbortSignal
): Promise<PreparedBundle> {
	const bytes = await readAll(file, (f) => onProgress('reading', f), signal);
	onProgress('checking', 0);
	return checkBundle(
		bytes,
		(f) => onProgress('checking', f),
		async () => {
			await new Promise((done) => setTimeout(done, 0));
			if (signal?.aborted) throw signal.reason;
		}
	);
}

/**
 * Every byte of `file` in one buffer. The stream is read straight into that buffer where the browser allows it (a
 * BYOB reader): a national bundle then leaves no chunks of hundreds of MB for the garbage collector.
 */
export async function readAll(file: Blob, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Uint8Array> {
	if (signal?.aborted) throw signal.reason;
	const size = file.size;
	let buffer = new ArrayBuffer(size);
	let at = 0;
	const stream = file.stream();
	let byob: ReadableStreamBYOBReader | null;
	try {
		byob = stream.getReader({ mode: 'byob' });
	} catch {
		byob = null; // not a byte stream here: copy chunk by chunk
	}
	if (byob) {
		while (at < size) {
			if (signal?.aborted) return stopped(byob, signal);
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
			if (signal?.aborted) return stopped(reader, signal);
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

/** Lets go of a file being read (a cancelled load) and rejects with the signal's reason. */
async function stopped(reader: ReadableStreamDefaultReader<Uint8Array> | ReadableStreamBYOBReader, signal: AbortSignal): Promise<never> {
	await reader.cancel().catch(() => {});
	throw signal.reason;
}
