// A bundle file read into one buffer, straight from a byte stream or chunk by chunk, with progress to the end.
import { describe, expect, it } from 'vitest';
import { readAll } from './read-bundle';

function pattern(n: number): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(n);
	for (let i = 0; i < n; i++) bytes[i] = (i * 7 + (i >>> 11)) & 0xff;
	return bytes;
}

describe('reading a bundle file', () => {
	it('reads every byte of a file larger than one read, progress rising to 1', async () => {
		const bytes = pattern(40 * 2 ** 20 + 13);
		const progress: number[] = [];
		const back = await readAll(new Blob([bytes]), (f) => progress.push(f));
		expect(back.length).toBe(bytes.length);
		expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0);
		expect(progress.at(-1)).toBe(1);
		expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
	});

	it('reads a stream that is not a byte stream chunk by chunk', async () => {
		const bytes = pattern(100_003);
		const file = {
			size: bytes.length,
			stream: () =>
				new ReadableStream<Uint8Array>({
					start(c) {
						for (let at = 0; at < bytes.length; at += 30_000) c.enqueue(bytes.slice(at, at + 30_000));
						c.close();
					}
				})
		} as unknown as Blob;
		const progress: number[] = [];
		const back = await readAll(file, (f) => progress.push(f));
		expect(Array.from(back)).toEqual(Array.from(bytes));
		expect(progress).toHaveLength(4);
		expect(progress.at(-1)).toBe(1);
	});
});

describe('a bundle read that is cancelled', () => {
	it("stops at the next read and rejects with the signal's reason", async () => {
		const bytes = pattern(40 * 2 ** 20);
		const controller = new AbortController();
		const progress: number[] = [];
		const reading = readAll(
			new Blob([bytes]),
			(f) => {
				progress.push(f);
				controller.abort(new Error('cancelled by the user'));
			},
			controller.signal
		);
		await expect(reading).rejects.toThrow('cancelled by the user');
		expect(progress).toHaveLength(1);
		expect(progress[0]).toBeLessThan(1);
	});
});
