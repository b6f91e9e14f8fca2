import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes several files all or none: every text goes to a temporary file beside its target first, and only when
 * all of them are written are they renamed into place (a rename does not fail half-way). A failure while
 * writing removes the temporary files and leaves every target as it was.
 */
export function writeFilesAtomically(files: ReadonlyArray<{ path: string; text: string }>): void {
	const temporary = files.map((file) => ({ ...file, temporary: `${file.path}.${process.pid}.tmp` }));
	try {
		for (const file of temporary) {
			mkdirSync(path.dirname(file.path), { recursive: true });
			writeFileSync(file.temporary, file.text);
		}
		for (const file of temporary) renameSync(file.temporary, file.path);
	} finally {
		for (const file of temporary) rmSync(file.temporary, { force: true });
	}
}
