import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { runGit } from './git.ts';
import type { RawFileChange } from './raw-changes.ts';

/** Why the history of the plans cannot be read; never shown as "no changes". */
export type HistoryUnavailableReason = 'no-git' | 'not-a-repository' | 'outside-repository' | 'shallow' | 'no-commits';

/** A data directory inside a git work tree. */
export interface DataRepository {
	/** The work tree's top folder, absolute. */
	root: string;
	/** The data directory relative to `root`, forward slashes, without a trailing slash ('' at the top). */
	dataPrefix: string;
	/** True when the clone lacks older commits (`git clone --depth 1`). */
	shallow: boolean;
}

const real = (folder: string) => realpathSync.native(folder);

/**
 * Finds the git work tree that holds `dataDir` (relative to `repo`, the current folder by default), or
 * says why there is none. A data directory in another repository, or none, is `outside-repository`.
 */
export function locateRepository(
	repo: string,
	dataDir: string,
): { available: true; repository: DataRepository } | { available: false; reason: HistoryUnavailableReason } {
	if (!existsSync(repo)) return { available: false, reason: 'not-a-repository' };
	const result = runGit(repo, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
	if (result.missing) return { available: false, reason: 'no-git' };
	if (result.status !== 0) return { available: false, reason: 'not-a-repository' };
	const [toplevel, shallow] = result.stdout.toString('utf8').trim().split('\n');
	const root = real(toplevel);
	const data = path.resolve(repo, dataDir);
	if (!existsSync(data)) return { available: false, reason: 'outside-repository' };
	const relative = path.relative(root, real(data));
	if (relative.startsWith('..') || path.isAbsolute(relative)) return { available: false, reason: 'outside-repository' };
	const head = runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
	if (head.status !== 0) return { available: false, reason: 'no-commits' };
	return { available: true, repository: { root, dataPrefix: relative.split(path.sep).join('/'), shallow: shallow === 'true' } };
}

/** A path git printed (relative to the work tree's top) made relative to the data directory. */
function dataRelative(repository: DataRepository, gitPath: string): string | undefined {
	if (!repository.dataPrefix) return gitPath;
	const prefix = `${repository.dataPrefix}/`;
	return gitPath.startsWith(prefix) ? gitPath.slice(prefix.length) : undefined;
}

/** The changes to files of the data directory, with paths relative to it (as the site names plan files). */
export function inDataDirectory(repository: DataRepository, changes: readonly RawFileChange[]): RawFileChange[] {
	return changes.flatMap((change) => {
		const file = dataRelative(repository, change.path);
		if (file === undefined) return [];
		const previous = change.previousPath === undefined ? undefined : dataRelative(repository, change.previousPath);
		return [{ ...change, path: file, ...(previous === undefined ? {} : { previousPath: previous }) }];
	});
}

/** The pathspec of a data directory's plan files, for git commands run at the work tree's top. */
export function plansPathspec(repository: DataRepository): string {
	return `:(top,literal)${repository.dataPrefix ? `${repository.dataPrefix}/` : ''}plans`;
}
