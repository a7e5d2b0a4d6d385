// Buffered, synchronous line writer: streams large CSVs to disk in chunks without holding them in memory.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Writes lines to a file, flushing every ~4 MB. */
export class LineWriter {
	private readonly fd: number;
	private parts: string[] = [];
	private pending = 0;
	bytes = 0;

	/** Opens (truncates) `path` and writes the header line. */
	constructor(path: string, header: readonly string[]) {
		this.fd = openSync(path, 'w');
		this.line(header.join(','));
	}

	/** Appends one line (a newline is added). */
	line(text: string): void {
		this.parts.push(text, '\n');
		this.pending += text.length + 1;
		if (this.pending > 4_000_000) this.flush();
	}

	/** Writes what is buffered. */
	flush(): void {
		if (this.parts.length === 0) return;
		const chunk = Buffer.from(this.parts.join(''), 'utf8');
		writeSync(this.fd, chunk);
		this.bytes += chunk.length;
		this.parts = [];
		this.pending = 0;
	}

	/** Flushes and closes the file. */
	close(): void {
		this.flush();
		closeSync(this.fd);
	}
}
