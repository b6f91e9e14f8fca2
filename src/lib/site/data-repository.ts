import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Where the data directory's files live in git: the work tree that holds them, if any. */
export interface DataLocation {
	/** The data directory, absolute. */
	dataDir: string;
	/** The top folder of the git work tree that holds the data directory; absent outside any repository. */
	repositoryRoot?: string;
}

/** Finds the git work tree of a data directory (its own repository when it has one), with one git call. */
export function locateData(dataDir: string): DataLocation {
	const absolute = path.resolve(dataDir);
	try {
		const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: absolute, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return { dataDir: absolute, repositoryRoot: root };
	} catch {
		return { dataDir: absolute };
	}
}

/**
 * A data file's path as staff and repository links know it: relative to the top of its repository
 * (`data/plans/2025/…`), or, outside any repository, relative to the data directory (`plans/2025/…`). Never
 * a path that climbs out (`../other/…`), whatever folder the build runs in.
 */
export function repositoryPath(file: string, location: DataLocation): string {
	const base = location.repositoryRoot ?? location.dataDir;
	return path.relative(base, path.resolve(file)).split(path.sep).join('/');
}
