import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { repositoryPath, type DataLocation } from './data-repository.ts';

/** When a file last changed, and in which commit. */
export interface FileChange {
	/** The day, `YYYY-MM-DD` in UTC. */
	date: string;
	/** The full hash of the last commit that changed the file; absent for a file git does not know. */
	commit?: string;
}

/**
 * When each file last changed: its last commit's date and hash from one `git log` over all of them (fast
 * for thousands of files), or, for a file git does not know (not committed yet, or no repository), its
 * modification time and no commit.
 */
export function lastChanges(files: readonly string[], location?: DataLocation): Map<string, FileChange> {
	const dates = new Map<string, FileChange>();
	// Git runs in the data's own repository (the current folder by default) and names files from its top.
	const cwd = location?.repositoryRoot;
	const inRepository = (file: string) => (location?.repositoryRoot ? repositoryPath(file, location) : file);
	const byRepositoryPath = new Map(files.map((file) => [inRepository(file), file]));
	try {
		const log = execFileSync(
			'git',
			[
				'log',
				'--first-parent',
				'--diff-merges=first-parent',
				'--format=@%cI %H',
				'--name-only',
				'--no-renames',
				'--',
				// A few folders (`data/plans`), not every file: one short command line for thousands of files.
				...new Set([...byRepositoryPath.keys()].map((file) => file.split('/').slice(0, 2).join('/'))),
			],
			{
				...(cwd ? { cwd } : {}),
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
				maxBuffer: 256 * 1024 * 1024,
			},
		);
		let change: FileChange = { date: '' };
		for (const line of log.split('\n')) {
			if (line.startsWith('@')) {
				const [date, commit] = line.slice(1).split(' ');
				change = { date: new Date(date).toISOString().slice(0, 10), commit };
			} else if (line && byRepositoryPath.has(line) && !dates.has(byRepositoryPath.get(line)!)) dates.set(byRepositoryPath.get(line)!, change);
		}
	} catch {
		// No git or no repository: modification times below.
	}
	for (const file of files) {
		if (!dates.has(file)) {
			try {
				dates.set(file, { date: statSync(file).mtime.toISOString().slice(0, 10) });
			} catch {
				dates.set(file, { date: new Date().toISOString().slice(0, 10) });
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
