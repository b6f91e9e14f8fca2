import { runGit } from '../history/git.ts';
import type { LocalizedText } from '../../schemas/localized-text.ts';

/** The files a branch changed, relative to the top of its repository, or why git could not say. */
export type ChangedFiles = { repositoryRoot: string; files: string[] } | { problem: LocalizedText };

const lines = (output: Buffer) => output.toString('utf8').split('\0').filter(Boolean);

/**
 * What changed since `ref` in the repository that holds `dataDir`, as a pull request shows it: every file
 * that differs between the work tree and the point where the branch left `ref` (their merge base), committed
 * or not, plus new files git does not ignore. Renames count as a deletion and an addition.
 */
export function changedFilesSince(ref: string, dataDir: string): ChangedFiles {
	const top = runGit(dataDir, ['rev-parse', '--show-toplevel']);
	if (top.status !== 0) {
		return {
			problem: { en: `the data directory ${dataDir} is not in a git repository`, ja: `データのフォルダ ${dataDir} が git のリポジトリの中にありません` },
		};
	}
	const repositoryRoot = top.stdout.toString('utf8').trim();
	const base = runGit(repositoryRoot, ['merge-base', ref, 'HEAD']);
	if (base.status !== 0) {
		return {
			problem: {
				en: `git does not know ${ref} or its common commit with HEAD (in CI, fetch the base branch with enough history)`,
				ja: `git が ${ref} または HEAD との共通のコミットを見つけられません（CI では比較先のブランチを十分な履歴とともに取得してください）`,
			},
		};
	}
	const diff = runGit(repositoryRoot, ['diff', '--name-only', '--no-renames', '-z', base.stdout.toString('utf8').trim(), '--']);
	const untracked = runGit(repositoryRoot, ['ls-files', '--others', '--exclude-standard', '-z']);
	if (diff.status !== 0 || untracked.status !== 0) {
		return {
			problem: {
				en: `git could not list the changes since ${ref}: ${diff.stderr || untracked.stderr}`,
				ja: `${ref} 以降の変更を git で一覧にできません: ${diff.stderr || untracked.stderr}`,
			},
		};
	}
	return { repositoryRoot, files: [...new Set([...lines(diff.stdout), ...lines(untracked.stdout)])].sort() };
}
