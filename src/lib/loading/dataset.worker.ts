// Reads and checks a dataset off the main thread, so a large file never freezes the tab.
import { tableToIPC } from 'apache-arrow';
import { checkDataset, type DatasetSource } from '$lib/data/load';
import type { FileSource, LoadMessage, LoadRequest } from './protocol';

const post = (msg: LoadMessage, transfer: Transferable[] = []) => postMessage(msg, { transfer });

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
	try {
		const req = event.data;
		const sizes = new Map<string, number>();
		const households = await open(req.households, sizes);
		const persons = await open(req.persons, sizes);
		const manifest = req.manifest ? { file: req.manifest.name, text: await req.manifest.file.text() } : undefined;
		// At most one progress message each 50 ms (a 300 MB file comes in thousands of chunks), and always the last.
		let last = 0;
		const { report, tables } = await checkDataset({ households, persons, manifest }, (file, bytesDone) => {
			const bytesTotal = sizes.get(file) ?? 0;
			const now = performance.now();
			if (now - last < 50 && bytesDone < bytesTotal) return;
			last = now;
			post({ type: 'progress', file, bytesDone, bytesTotal });
		});
		if (!tables) return post({ type: 'refused', report });
		const h = tableToIPC(tables.households, 'stream');
		const p = tableToIPC(tables.persons, 'stream');
		post({ type: 'accepted', report, households: h, persons: p }, [h.buffer, p.buffer]);
	} catch (e) {
		post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};

async function open(src: FileSource, sizes: Map<string, number>): Promise<DatasetSource> {
	const b = src.file;
	sizes.set(src.name, b.size);
	if (src.name.toLowerCase().endsWith('.parquet')) return { file: src.name, parquet: await b.arrayBuffer() };
	return { file: src.name, csv: chunks(b.stream()) };
}

async function* chunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		yield value;
	}
}
