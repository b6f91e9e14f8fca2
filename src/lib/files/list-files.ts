import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `directory` (recursively) whose name matches `name`, as paths joined onto `directory`,
 * sorted. A missing directory has no files.
 */
export function listFiles(directory: string, name: RegExp = /./u): string[] {
	let entries;
	try {
		entries = readdirSync(directory, { recursive: true, withFileTypes: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => entry.isFile() && name.test(entry.name))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}
