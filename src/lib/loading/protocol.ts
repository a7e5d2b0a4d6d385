import type { DatasetReport } from '$lib/data/load';

/** Where one file of a dataset comes from: a URL of the app's own origin, or a file the user picked. */
export type FileSource = { name: string; url: string } | { name: string; file: File };

/** A request to the dataset worker: read and check these files. */
export type LoadRequest = { households: FileSource; persons: FileSource; manifest?: FileSource };

/** What the dataset worker posts back: progress, then either the accepted tables or the refusal report. */
export type LoadMessage =
	| { type: 'progress'; file: string; bytesDone: number; bytesTotal: number }
	| { type: 'accepted'; report: DatasetReport; households: Uint8Array; persons: Uint8Array }
	| { type: 'refused'; report: DatasetReport }
	| { type: 'failed'; message: string };
