import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** What an entry of a folder is, without following symbolic links. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

/** One entry found under a folder: its path joined onto the folder, and its kind. */
export interface FolderEntry {
	path: string;
	kind: EntryKind;
}

const kindOf = (entry: Pick<Dirent, 'isFile' | 'isDirectory' | 'isSymbolicLink'>): EntryKind =>
	entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';

/**
 * Every entry under `directory`, recursively, sorted by path. Symbolic links are listed as such and never
 * followed (a link to `/` must not make a walk of the whole disk); a missing directory has no entries, and a
 * `directory` that is itself a link is one `symlink` entry.
 */
export function listEntries(directory: string): FolderEntry[] {
	let own;
	try {
		own = lstatSync(directory);
	} catch {
		return [];
	}
	if (!own.isDirectory()) return [{ path: directory, kind: kindOf(own) }];
	const entries: FolderEntry[] = [];
	const folders = [directory];
	while (folders.length) {
		const folder = folders.pop()!;
		let children: Dirent[];
		try {
			children = readdirSync(folder, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const child of children) {
			const entry = { path: path.join(folder, child.name), kind: kindOf(child) };
			entries.push(entry);
			if (entry.kind === 'directory') folders.push(entry.path);
		}
	}
	return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Every regular file under `directory` (recursively, never through a symbolic link) whose name matches
 * `name`, as paths joined onto `directory`, sorted. A missing directory has no files.
 */
export function listFiles(directory: string, name: RegExp = /./u): string[] {
	return listEntries(directory)
		.filter((entry) => entry.kind === 'file' && name.test(path.basename(entry.path)))
		.map((entry) => entry.path);
}
