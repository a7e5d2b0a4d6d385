// Bytes to text for the CSV reader: strict UTF-8 by default, never a silent U+FFFD.
import { looksLikeWindows1251, sniffEncoding, UnreadableFileError, type TextEncodingName } from './sniff';

/** Decoded text and the bytes read so far to produce it. */
export interface TextPiece {
	text: string;
	bytesDone: number;
}

/** Bytes gathered before choosing the encoding (fewer only for a smaller file). */
const HEAD_BYTES = 4096;

const SAVE_AS_UTF8 = 'Save the file again as "CSV UTF-8 (comma delimited)" so that the whole file is in one encoding.';

/**
 * Decodes chunks to text in the encoding the first 4 KB reveal (`sniffEncoding`). A UTF-8 file whose bytes were all
 * ASCII until a Windows-1251 letter switches to Windows-1251 from there (Russian Excel writes ASCII-only rows the
 * same in both); any other invalid byte throws UnreadableFileError. `onEncoding` hears every encoding other than
 * UTF-8 with the byte it starts at. String chunks are already text and pass through.
 */
export async function* decodeChunks(
	chunks: AsyncIterable<Uint8Array | string>,
	onEncoding: (encoding: TextEncodingName, fromByte: number) => void
): AsyncGenerator<TextPiece> {
	let decoder: ChunkDecoder | null = null;
	let head: Uint8Array[] = [];
	let headBytes = 0;
	let bytesDone = 0;
	for await (const chunk of chunks) {
		if (typeof chunk === 'string') {
			bytesDone += chunk.length;
			yield { text: chunk, bytesDone };
			continue;
		}
		bytesDone += chunk.byteLength;
		if (decoder) {
			yield* decoder.pieces(chunk, bytesDone);
			continue;
		}
		head.push(chunk);
		headBytes += chunk.byteLength;
		if (headBytes < HEAD_BYTES) {
			yield { text: '', bytesDone };
			continue;
		}
		const bytes = concat(head);
		head = [];
		decoder = new ChunkDecoder(sniffEncoding(bytes, false), onEncoding);
		yield* decoder.pieces(bytes, bytesDone);
	}
	if (!decoder && headBytes > 0) {
		const bytes = concat(head);
		decoder = new ChunkDecoder(sniffEncoding(bytes, true), onEncoding);
		yield* decoder.pieces(bytes, bytesDone);
	}
	if (decoder) yield* decoder.pieces(new Uint8Array(0), bytesDone, true);
}

class ChunkDecoder {
	private decoder: TextDecoder;
	private bytesIn = 0;
	/** Every byte decoded so far was ASCII and none is pending (UTF-8 only). */
	private ascii = true;
	private previous: { bytes: Uint8Array; asciiBefore: boolean; chars: number } | null = null;

	constructor(
		private encoding: TextEncodingName,
		private readonly onEncoding: (encoding: TextEncodingName, fromByte: number) => void
	) {
		this.decoder = new TextDecoder(encoding, { fatal: true });
		if (encoding !== 'utf-8') onEncoding(encoding, 0);
	}

	/** The text of `bytes`; on a switch to Windows-1251, the ASCII text before it, then (after `onEncoding`) the rest. */
	*pieces(bytes: Uint8Array, bytesDone: number, final = false): Generator<TextPiece> {
		const start = this.bytesIn;
		this.bytesIn += bytes.byteLength;
		let text: string;
		try {
			text = this.decoder.decode(bytes, { stream: !final });
		} catch {
			if (this.encoding !== 'utf-8')
				throw new UnreadableFileError(`the file is not valid ${this.encoding.toUpperCase()} text (after byte ${start}).`, SAVE_AS_UTF8);
			const { ascii, rest, fromByte } = this.switchTo1251(bytes, start, final);
			if (ascii) yield { text: ascii, bytesDone };
			this.onEncoding('windows-1251', fromByte);
			if (rest) yield { text: rest, bytesDone };
			return;
		}
		if (this.encoding === 'utf-8') this.track(bytes, text, start);
		if (text || !final) yield { text, bytesDone };
	}

	private track(bytes: Uint8Array, text: string, start: number): void {
		const bom = start === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
		this.previous = { bytes, asciiBefore: this.ascii, chars: text.length };
		this.ascii &&= text.length === bytes.byteLength - bom;
	}

	/** Decodes `bytes` (and any bytes held from the previous chunk) as Windows-1251, split at its first non-ASCII byte. */
	private switchTo1251(bytes: Uint8Array, start: number, final: boolean): { ascii: string; rest: string; fromByte: number } {
		const carry = this.asciiCarry();
		const all = carry ? concat([carry, bytes]) : null;
		if (!all || !looksLikeWindows1251(all)) {
			throw new UnreadableFileError(
				`the file is not valid UTF-8 text: after byte ${start} it holds bytes in another encoding${all ? ' (perhaps Windows-1251)' : ', while earlier text is UTF-8'}.`,
				SAVE_AS_UTF8
			);
		}
		this.encoding = 'windows-1251';
		this.decoder = new TextDecoder('windows-1251');
		const text = this.decoder.decode(all, { stream: !final });
		// The bytes before the first non-ASCII one are ASCII, one character each in either encoding.
		const at = all.findIndex((b) => b >= 0x80);
		return { ascii: text.slice(0, at), rest: text.slice(at), fromByte: start - carry!.byteLength + at };
	}

	/** The bytes the UTF-8 decoder still holds when every byte before them was ASCII; null when some was not. */
	private asciiCarry(): Uint8Array | null {
		if (this.ascii) return new Uint8Array(0);
		const p = this.previous;
		if (!p || !p.asciiBefore) return null;
		const held = p.bytes.byteLength - p.chars;
		if (held < 1 || held > 3) return null;
		for (let i = 0; i < p.bytes.byteLength; i++) if (p.bytes[i] >= 0x80 !== i >= p.bytes.byteLength - held) return null;
		return p.bytes.subarray(p.bytes.byteLength - held);
	}
}

function concat(parts: Uint8Array[]): Uint8Array {
	if (parts.length === 1) return parts[0];
	const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.byteLength;
	}
	return out;
}
