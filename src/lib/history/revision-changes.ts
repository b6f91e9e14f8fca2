import type { Plan } from '../../schemas/plan.ts';
import { runGit } from './git.ts';
import { inDataDirectory, locateRepository, plansPathspec, type HistoryUnavailableReason } from './locate-repository.ts';
import { comparePlans, reviewIds, type PlanChange, type ReviewWords } from './plan-changes.ts';
import { parsePlanText } from './parse-plan-text.ts';
import { parseRawChanges, type RawFileChange } from './raw-changes.ts';
import { readBlobs } from './read-blobs.ts';

/** What happened to one plan file between two revisions. */
export interface FileChanges {
	/** Path relative to the data directory, after the change (before it, for a removed plan). */
	file: string;
	/** The path before a rename. */
	previousFile?: string;
	status: 'added' | 'removed' | 'changed';
	/** The plan after the change (before it, when removed); undefined when that version is not a valid plan. */
	plan?: Plan;
	/** Changes of a changed plan; empty for an added or removed one. */
	changes: PlanChange[];
	/** True when one of the two versions is not a valid plan, so nothing could be compared. */
	unreadable: boolean;
}

/** The plan changes a branch makes, or why they cannot be read. */
export type RevisionChanges = { available: true; files: FileChanges[] } | { available: false; reason: HistoryUnavailableReason | 'unknown-ref' };

function fileChanges(change: RawFileChange, texts: Map<string, string>, words: ReviewWords): FileChanges {
	const read = (blob: string, file: string) => {
		const text = texts.get(blob);
		return text === undefined ? undefined : parsePlanText(file, text);
	};
	const base = { file: change.path, ...(change.previousPath ? { previousFile: change.previousPath } : {}) };
	if (change.status === 'A') {
		const plan = read(change.newBlob, change.path);
		return { ...base, status: 'added', plan, changes: [], unreadable: !plan };
	}
	if (change.status === 'D') {
		const plan = read(change.oldBlob, change.path);
		return { ...base, status: 'removed', plan, changes: [], unreadable: !plan };
	}
	const old = read(change.oldBlob, change.previousPath ?? change.path);
	const plan = read(change.newBlob, change.path);
	return { ...base, status: 'changed', plan: plan ?? old, changes: old && plan ? comparePlans(old, plan, words) : [], unreadable: !old || !plan };
}

const planIdentity = (plan: Plan) => `${plan.fiscalYear}/${plan.department}/${plan.section}`;

/**
 * A plan moved and edited in one go can be too different for git to see a rename: a removed and an added
 * file holding the same fiscal year, department and section are the same plan, compared as a change.
 */
function pairMovedPlans(files: FileChanges[], texts: Map<string, string>, raw: readonly RawFileChange[], words: ReviewWords): FileChanges[] {
	const added = new Map(files.flatMap((file, index) => (file.status === 'added' && file.plan ? [[planIdentity(file.plan), index] as const] : [])));
	const paired = new Set<number>();
	const result = files.map((file, index) => {
		const partner = file.status === 'removed' && file.plan ? added.get(planIdentity(file.plan)) : undefined;
		if (partner === undefined) return file;
		paired.add(partner);
		return fileChanges({ ...raw[partner], status: 'R', oldBlob: raw[index].oldBlob, previousPath: file.file }, texts, words);
	});
	return result.filter((_file, index) => !paired.has(index));
}

/**
 * The plan changes between `since` and HEAD, as a pull request shows them: compared from the point where
 * HEAD's line left `since` (their merge base), with one `git diff` and one `git cat-file --batch`.
 * Uncommitted edits are left out. A shallow clone works as long as both commits are in it.
 *
 * @param repo the folder git runs in; `dataDir` is relative to it.
 * @param words how review values read (the data set's scale labels; ids by default)
 */
export function readRevisionChanges(since: string, dataDir: string, repo: string = process.cwd(), words: ReviewWords = reviewIds): RevisionChanges {
	const located = locateRepository(repo, dataDir);
	if (!located.available) return located;
	const { repository } = located;
	const resolved = runGit(repository.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${since}^{commit}`]);
	if (resolved.status !== 0) return { available: false, reason: 'unknown-ref' };
	const diff = runGit(repository.root, [
		'diff',
		'--raw',
		'-z',
		'--no-abbrev',
		'-M',
		`${resolved.stdout.toString('utf8').trim()}...HEAD`,
		'--',
		plansPathspec(repository),
	]);
	if (diff.status !== 0) return { available: false, reason: 'unknown-ref' };
	const changes = inDataDirectory(repository, parseRawChanges(diff.stdout.toString('utf8').split('\0'))).filter((change) => /\.ya?ml$/u.test(change.path));
	const texts = readBlobs(
		repository.root,
		changes.flatMap((change) => [change.oldBlob, change.newBlob]),
	);
	return {
		available: true,
		files: pairMovedPlans(
			changes.map((change) => fileChanges(change, texts, words)),
			texts,
			changes,
			words,
		),
	};
}
