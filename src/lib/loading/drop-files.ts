// Dropped items can be files or whole folders; the File and Directory Entries API walks the folders.

/** Every file in a drop, walking into dropped folders. */
export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
	const entries = [...dt.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
	if (entries.length === 0) return [...dt.files];
	return (await Promise.all(entries.map(walk))).flat();
}

async function walk(entry: FileSystemEntry): Promise<File[]> {
	if (entry.isFile) return [await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail))];
	const reader = (entry as FileSystemDirectoryEntry).createReader();
	const children: FileSystemEntry[] = [];
	// readEntries returns the folder in batches; an empty batch means the end.
	for (;;) {
		const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
		if (batch.length === 0) break;
		children.push(...batch);
	}
	return (await Promise.all(children.map(walk))).flat();
}
