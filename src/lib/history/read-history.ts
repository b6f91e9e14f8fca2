import path from 'node:path';
import type { Plan } from '../../schemas/plan.ts';
import { planFiles } from '../data/load-dataset.ts';
import { runGit } from './git.ts';
import { inDataDirectory, locateRepository, plansPathspec, type HistoryUnavailableReason } from './locate-repository.ts';
import { logFormatArgs, parseGitLog, type LogCommit } from './parse-git-log.ts';
import { parsePlanText } from './parse-plan-text.ts';
import { readBlobs } from './read-blobs.ts';
import { noBlob } from './raw-changes.ts';

/** One published version of a plan file: the file as a commit on the main line left it. */
export interface PlanVersion {
	commit: string;
	/** Committer date, `YYYY-MM-DD` in UTC. */
	date: string;
	/** Why: the commit subject, or the merged pull request's title. */
	reason: string;
	/** The file's YAML text. */
	text: string;
	/** The plan it holds. */
	plan: Plan;
}

/** The history of every plan file, or why it cannot be read. */
export type PlanHistories =
	| {
			available: true;
			/**
			 * Versions of each plan file in the data directory, oldest first, keyed by its path relative to the
			 * data directory (`plans/2025/<department>/<section>.yaml`). A file never committed has none.
			 */
			files: Map<string, PlanVersion[]>;
	  }
	| { available: false; reason: HistoryUnavailableReason };

/** A version found in the log, before its blob is read. */
interface PendingVersion extends Omit<LogCommit, 'files'> {
	blob: string;
}

/**
 * Walks the log from the newest commit back, following each current file through its renames: a moved
 * file keeps its history. Added files stop being followed (an older file of the same name was another plan).
 */
function versionsByFile(log: readonly LogCommit[], current: readonly string[]): Map<string, PendingVersion[]> {
	const versions = new Map(current.map((file) => [file, [] as PendingVersion[]]));
	const followed = new Map(current.map((file) => [file, file]));
	for (const { files, ...commit } of log) {
		for (const change of files) {
			const file = followed.get(change.path);
			if (file === undefined || change.status === 'D' || noBlob.test(change.newBlob)) continue;
			const found = versions.get(file)!;
			// A pure rename leaves the text as it was: the version dates from the older commit that wrote it.
			if (found.at(-1)?.blob === change.newBlob) found.pop();
			found.push({ ...commit, blob: change.newBlob });
			if (change.status === 'A' || change.status === 'R') followed.delete(change.path);
			if (change.status === 'R' && change.previousPath) followed.set(change.previousPath, file);
		}
	}
	return versions;
}

/**
 * Reads the published history of every plan file currently in `dataDir` with one `git log` over the
 * first-parent line of HEAD (what was published) and one `git cat-file --batch` for every version's text.
 * Uncommitted edits are not history. Versions that are not valid plans are skipped. When history cannot be
 * read (no git, no repository, a shallow clone, data outside the repository) it says so instead of
 * returning an empty history that would read as "never changed".
 *
 * @param repo the folder git runs in (the current folder by default); `dataDir` is relative to it.
 * @param only the plan files to read (relative to `dataDir`, `/`-separated); all of them when absent.
 */
export function readPlanHistories(dataDir: string, repo: string = process.cwd(), only?: ReadonlySet<string>): PlanHistories {
	const located = locateRepository(repo, dataDir);
	if (!located.available) return located;
	const { repository } = located;
	if (repository.shallow) return { available: false, reason: 'shallow' };
	const absoluteData = path.resolve(repo, dataDir);
	const current = planFiles(absoluteData)
		.map((file) => path.relative(absoluteData, file).split(path.sep).join('/'))
		.filter((file) => !only || only.has(file));
	const log = runGit(repository.root, ['log', '--first-parent', '--diff-merges=first-parent', '-M', ...logFormatArgs, 'HEAD', '--', plansPathspec(repository)]);
	const commits = parseGitLog(log.stdout.toString('utf8')).map((commit) => ({ ...commit, files: inDataDirectory(repository, commit.files) }));
	const pending = versionsByFile(commits, current);
	const texts = readBlobs(
		repository.root,
		[...pending.values()].flat().map((version) => version.blob),
	);
	const files = new Map<string, PlanVersion[]>();
	for (const [file, found] of pending) {
		const versions: PlanVersion[] = [];
		for (const { blob, ...commit } of found.reverse()) {
			const text = texts.get(blob);
			const plan = text === undefined ? undefined : parsePlanText(file, text);
			if (text !== undefined && plan) versions.push({ ...commit, text, plan });
		}
		files.set(file, versions);
	}
	return { available: true, files };
}
