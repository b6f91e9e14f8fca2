import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One file to write. */
export interface FileToWrite {
	path: string;
	text: string;
}

/** What a write of several files did: all of them, or none (the ones already replaced are put back). */
export interface WriteOutcome {
	/** True when every file was written. */
	ok: boolean;
	/** Files now holding their new text (every file when `ok`, none otherwise unless a restore failed). */
	written: string[];
	/** Files that had been replaced, then were put back as they were (or removed again, if new). */
	restored: string[];
	/** Files left as they were before. */
	unchanged: string[];
	/** Files that were replaced and could not be put back: they hold the new text. */
	notRestored: string[];
	/** What stopped the write: the file and the system's error code (`ENOSPC`, `EACCES`…). */
	failure?: { file: string; code: string };
}

/** The file-system calls used, replaceable in tests to make a write fail half-way. */
export const fileSystem = { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync };
export type FileSystem = typeof fileSystem;

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'ERROR';

/**
 * Writes several files so that either all of them change or none does: every text is first written to a
 * temporary file beside its target (a full disk or a read-only folder fails here, before anything changed),
 * then each temporary file is renamed over its target. When a rename fails, the files already replaced are put
 * back from the copies kept in memory and new ones removed. Never throws: the outcome lists what happened.
 */
export function writeFilesAtomically(files: readonly FileToWrite[], fs: FileSystem = fileSystem): WriteOutcome {
	const temporary = (file: string) => `${file}.${process.pid}.tmp`;
	const targets = files.map((file) => file.path);
	const originals = new Map<string, Buffer | undefined>();
	const removeTemporaries = () => {
		for (const file of targets) {
			try {
				fs.rmSync(temporary(file), { force: true });
			} catch {
				// A temporary file that cannot be removed changes nothing the reader sees.
			}
		}
	};
	for (const file of files) {
		try {
			originals.set(file.path, fs.existsSync(file.path) ? fs.readFileSync(file.path) : undefined);
			fs.mkdirSync(path.dirname(file.path), { recursive: true });
			fs.writeFileSync(temporary(file.path), file.text);
		} catch (error) {
			removeTemporaries();
			return { ok: false, written: [], restored: [], unchanged: targets, notRestored: [], failure: { file: file.path, code: errorCode(error) } };
		}
	}
	const replaced: string[] = [];
	for (const file of targets) {
		try {
			fs.renameSync(temporary(file), file);
			replaced.push(file);
		} catch (error) {
			const restored: string[] = [];
			const notRestored: string[] = [];
			for (const done of replaced) {
				try {
					const original = originals.get(done);
					if (original === undefined) fs.rmSync(done, { force: true });
					else {
						fs.writeFileSync(temporary(done), original);
						fs.renameSync(temporary(done), done);
					}
					restored.push(done);
				} catch {
					notRestored.push(done);
				}
			}
			removeTemporaries();
			return {
				ok: false,
				written: notRestored,
				restored,
				unchanged: targets.filter((target) => !notRestored.includes(target) && !restored.includes(target)),
				notRestored,
				failure: { file, code: errorCode(error) },
			};
		}
	}
	return { ok: true, written: targets, restored: [], unchanged: [], notRestored: [] };
}
