import type { DatasetReport } from '$lib/data/load';

/** One file of a dataset the user picked or dropped. */
export type FileSource = { name: string; file: File };

/** A request to the dataset worker: read and check these files. */
export type LoadRequest = {
	households: FileSource;
	persons: FileSource;
	manifest?: FileSource;
	/** The name of the folder the user picked, when the files came from one: the dataset's name without a manifest. */
	folder?: string;
};

/** What the dataset worker posts back: progress, then either the accepted tables or the refusal report. */
export type LoadMessage =
	| { type: 'progress'; file: string; bytesDone: number; bytesTotal: number }
	| { type: 'accepted'; report: DatasetReport; households: Uint8Array; persons: Uint8Array }
	| { type: 'refused'; report: DatasetReport }
	| { type: 'failed'; message: string };
