import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheFileFor } from '~/lib/data/validation-cache.ts';

/** Changes a file in place; a change that changes nothing fails, since the test would prove nothing. */
export function editFile(file: string, change: (text: string) => string): void {
	const before = readFileSync(file, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`The edit of ${file} changed nothing; the test would prove nothing.`);
	writeFileSync(file, after);
}

/** A throw-away copy of a data directory (a fixture, or the published data), for tests that change a file on purpose. */
export function copyData(source: string): { dir: string; edit(file: string, change: (text: string) => string): void; remove(): void } {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-data-'));
	cpSync(source, dir, { recursive: true });
	return {
		dir,
		edit: (file, change) => editFile(path.join(dir, file), change),
		remove() {
			rmSync(dir, { recursive: true, force: true });
			rmSync(cacheFileFor(dir), { force: true });
		},
	};
}

/** The 1-based line of the first occurrence of `needle` in a text. */
export function lineOf(text: string, needle: string, from = 0): number {
	const index = text.indexOf(needle, from);
	if (index < 0) throw new Error(`"${needle}" not found`);
	return text.slice(0, index).split('\n').length;
}

/**
 * Temporary folders for the tests of one file, removed after each test: `folder()` makes one, `keep(copy)`
 * removes a data copy too. Call it at the top of a test file.
 */
export function temporaryFolders(prefix: string) {
	const made: Array<() => void> = [];
	afterEach(() => {
		for (const remove of made.splice(0)) remove();
	});
	return {
		folder: () => {
			const dir = mkdtempSync(path.join(tmpdir(), prefix));
			made.push(() => rmSync(dir, { recursive: true, force: true }));
			return dir;
		},
		keep: <Copy extends { remove(): void }>(copy: Copy): Copy => {
			made.push(() => copy.remove());
			return copy;
		},
	};
}
