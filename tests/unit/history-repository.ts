import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What the FICTIONAL records plan says at one step of its life. */
interface RecordsPlanState {
	target: string;
	targetEn: string;
	titleEn: string;
	midYear?: boolean;
	yearEnd?: boolean;
	/** The same plan written differently: a comment, other key order, quotes, flow style. */
	rewritten?: boolean;
	/** Not a valid plan (the title's Japanese is missing). */
	broken?: boolean;
}

/** A FICTIONAL plan (adapted from tests/fixtures/fictional-city): not any city's data. */
function recordsPlan(state: RecordsPlanState): string {
	const head = state.rewritten
		? `# FICTIONAL test data: not a real plan.\n# Reformatted on purpose: nothing a reader sees changes.\nsection: "records"\ndepartment: 'civic-services'\nfiscalYear: 2025\n`
		: '# FICTIONAL test data: not a real plan.\nfiscalYear: 2025\ndepartment: civic-services\nsection: records\n';
	const initiativeHead = state.rewritten ? '  - rank: 1\n    id: "digitize-records"\n' : '  - id: digitize-records\n    rank: 1\n';
	const title = state.broken ? `    title:\n      en: ${state.titleEn}\n` : `    title:\n      ja: 記録の電子化（架空）\n      en: ${state.titleEn}\n`;
	const result = state.yearEnd ? '        result:\n          text: { ja: 82%, en: 82% }\n' : '';
	const review = [
		state.midYear || state.yearEnd ? '    review:\n' : '',
		state.midYear
			? '      midYear:\n        status: on-track\n        firstHalfAssessment:\n          ja: 半分を電子化しました（架空）。\n          en: Half is digitized (fictional).\n        secondHalfPlan:\n          ja: 残りを電子化します（架空）。\n          en: The rest follows (fictional).\n'
			: '',
		state.yearEnd
			? '      yearEnd:\n        summary:\n          ja: 目標を達成しました（架空）。\n          en: The target was met (fictional).\n        rating: achieved\n        ratingBasis:\n          ja: 指標①を達成（架空）。\n          en: Indicator ① met (fictional).\n        issuesAndResponse:\n          ja: 特になし（架空）。\n          en: None (fictional).\n'
			: '',
	].join('');
	return `${head}mission:
  - text:
      ja: 架空の記録担当の使命です。
      en: The fictional records unit's mission.
initiatives:
${initiativeHead}    planTypes: [individual-plan]
${title}    activities:
      - marker: ①
        text:
          ja: 紙の記録を電子化します（架空）。
          en: We will digitize paper records (fictional).
    indicators:
      - number: ①
        name:
          ja: 電子化した記録の割合
          en: Share of records digitized
        target:
          text:
            ja: ${state.target}
            en: ${state.rewritten ? `"${state.targetEn}"` : state.targetEn}
${result}${review}`;
}

/** A second FICTIONAL plan, published once and never changed. */
const otherPlan = recordsPlan({ target: '4回', targetEn: '4 sessions', titleEn: 'Other (fictional)' })
	.replace('section: records', 'section: resident-support')
	.replace('digitize-records', 'faster-answers');

/** A throw-away git repository with the history of a FICTIONAL plan, commit by commit. */
export interface PlanRepository {
	dir: string;
	/** The commit of each step, by name. */
	commits: Record<string, string>;
	git(...args: string[]): string;
	/** Runs `use` on a second work tree of the repository at `commit` (detached), removed afterwards. */
	checkout(commit: string, use: (dir: string) => void): void;
	remove(): void;
}

/** Runs `use` on a new empty folder outside any repository, removed afterwards. */
export function withTemporaryFolder(use: (dir: string) => void): void {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-elsewhere-'));
	try {
		use(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A new git repository on `main` in a temporary folder, committing as a fictional staff member; `git` runs a command in it. */
export function createEmptyRepository(prefix: string) {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
	git('init', '-q', '-b', 'main');
	git('config', 'user.name', 'Fictional Staff');
	git('config', 'user.email', 'staff@example.org');
	git('config', 'commit.gpgsign', 'false');
	return { dir, git };
}

const initial: RecordsPlanState = { target: '70%以上', targetEn: '70% or more', titleEn: 'Digitizing records (fictional)' };

/**
 * Builds the repository: `data/plans/2025/civic-services/records.yaml` is published, its target raised,
 * briefly broken and repaired, given a mid-year review, translated anew, reformatted, given a year-end review,
 * renamed to `records-office.yaml`, and changed again by a merged pull request. An uncommitted edit is left
 * in the working tree. Committer dates are 09:00 in Japan (00:00 UTC) on the dates named in `commits`.
 */
export function createPlanRepository(): PlanRepository {
	const { dir, git } = createEmptyRepository('plans-history-');
	const plans = path.join(dir, 'data', 'plans', '2025', 'civic-services');
	mkdirSync(plans, { recursive: true });
	let file = path.join(plans, 'records.yaml');
	const commits: Record<string, string> = {};
	let state = initial;
	const commit = (name: string, date: string, message: string, change: Partial<RecordsPlanState>) => {
		state = { ...state, ...change };
		writeFileSync(file, recordsPlan(state));
		git('add', '-A');
		const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T09:00:00+09:00`, GIT_COMMITTER_DATE: `${date}T09:00:00+09:00` };
		execFileSync('git', ['commit', '-q', '-m', message], { cwd: dir, env });
		commits[name] = git('rev-parse', 'HEAD');
	};
	writeFileSync(path.join(plans, 'resident-support.yaml'), otherPlan);
	commit('first', '2025-04-01', 'Publish the FY2025 plans', {});
	commit('target', '2025-05-10', 'Raise the digitization target after the budget revision', { target: '80%以上', targetEn: '80% or more' });
	commit('broken', '2025-06-01', 'Half-finished edit', { broken: true });
	commit('repaired', '2025-06-02', 'Repair the title', { broken: false });
	commit('midYear', '2025-10-15', 'Add the mid-year review', { midYear: true });
	commit('english', '2025-11-01', 'Improve the English title', { titleEn: 'Digitization of records (fictional)' });
	commit('reformat', '2025-12-01', 'Reformat the YAML', { rewritten: true });
	commit('yearEnd', '2026-05-20', 'Add the year-end review', { yearEnd: true });
	const renamed = path.join(plans, 'records-office.yaml');
	renameSync(file, renamed);
	file = renamed;
	commit('rename', '2026-06-01', 'Move the plan to the records office file', {});
	git('checkout', '-q', '-b', 'fix-target');
	commit('branch', '2026-06-10', 'WIP on the target', { target: '85%以上', targetEn: '85% or more' });
	git('checkout', '-q', 'main');
	const env = { ...process.env, GIT_AUTHOR_DATE: '2026-06-15T09:00:00+09:00', GIT_COMMITTER_DATE: '2026-06-15T09:00:00+09:00' };
	execFileSync(
		'git',
		['merge', '-q', '--no-ff', 'fix-target', '-m', 'Merge pull request #12 from city/fix-target', '-m', 'Correct the target to the council figure'],
		{ cwd: dir, env },
	);
	commits.merge = git('rev-parse', 'HEAD');
	// Not history: an edit nobody committed.
	writeFileSync(file, recordsPlan({ ...state, target: '99%以上' }));
	const checkout = (at: string, use: (folder: string) => void) =>
		withTemporaryFolder((folder) => {
			git('worktree', 'add', '-q', '--detach', folder, at);
			try {
				use(folder);
			} finally {
				git('worktree', 'remove', '--force', folder);
			}
		});
	return { dir, commits, git, checkout, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
