import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/**
 * The day each file last changed: its last commit's date from one `git log` over all of them (fast for
 * thousands of files), or, for a file git does not know (not committed yet, or no repository), its
 * modification time. Dates are `YYYY-MM-DD` in UTC.
 */
export function lastChangedDates(files: readonly string[]): Map<string, string> {
	const dates = new Map<string, string>();
	const wanted = new Set(files);
	try {
		const log = execFileSync(
			'git',
			['log', '--format=@%cI', '--name-only', '--no-renames', '--', ...new Set(files.map((file) => file.split('/').slice(0, 2).join('/')))],
			{
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
				maxBuffer: 256 * 1024 * 1024,
			},
		);
		let date = '';
		for (const line of log.split('\n')) {
			if (line.startsWith('@')) date = new Date(line.slice(1)).toISOString().slice(0, 10);
			else if (line && wanted.has(line) && !dates.has(line)) dates.set(line, date);
		}
	} catch {
		// No git or no repository: modification times below.
	}
	for (const file of files) {
		if (!dates.has(file)) {
			try {
				dates.set(file, statSync(file).mtime.toISOString().slice(0, 10));
			} catch {
				dates.set(file, new Date().toISOString().slice(0, 10));
			}
		}
	}
	return dates;
}

/** The latest of some `YYYY-MM-DD` dates. */
export function latestDate(dates: Iterable<string | undefined>): string | undefined {
	let latest: string | undefined;
	for (const date of dates) if (date && (!latest || date > latest)) latest = date;
	return latest;
}
