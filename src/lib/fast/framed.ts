// The byte framing the extract and the prepared bundle share: a 4-letter magic, a uint32 header length, the JSON
// header, then the body from the next 8-byte boundary (so typed arrays can be laid over it), little-endian.

/** `n` rounded up to a multiple of 8 (the alignment of every typed array here). */
export const align8 = (n: number): number => (n + 7) & ~7;

/** Why framed bytes could not be read: another magic, or cut short within the header. */
export type FrameProblem = 'magic' | 'header';

/** Bytes framing `header` with room for a body of `bodyLength` bytes, to be written from `bodyStart`. */
export function writeFramed(magic: string, header: unknown, bodyLength: number): { bytes: Uint8Array; bodyStart: number } {
	const json = new TextEncoder().encode(JSON.stringify(header));
	const bodyStart = align8(8 + json.length);
	const bytes = new Uint8Array(bodyStart + bodyLength);
	bytes.set(new TextEncoder().encode(magic), 0);
	new DataView(bytes.buffer).setUint32(4, json.length, true);
	bytes.set(json, 8);
	return { bytes, bodyStart };
}

/** The header's JSON text and the body of framed bytes, or the problem that stops reading them. */
export function readFramed(bytes: Uint8Array, magic: string): { headerText: string; body: Uint8Array } | { problem: FrameProblem } {
	if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== magic) return { problem: 'magic' };
	const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
	if (8 + length > bytes.length) return { problem: 'header' };
	return { headerText: new TextDecoder().decode(bytes.subarray(8, 8 + length)), body: bytes.subarray(align8(8 + length)) };
}
