import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fixture = 'tests/fixtures/fictional-city';
const planFile = 'plans/2025/civic-services/records.yaml';

/** A second FICTIONAL indicator, never changed: the "target changed" filter must hide it. */
const secondIndicator = `      - name:
          ja: 電子化の研修の回数
          en: Digitization training sessions
        target:
          text:
            ja: 4回
            en: 4 sessions
`;
const midYear = `    review:
      midYear:
        status: on-track
        firstHalfAssessment:
          ja: 半分を電子化しました（架空）。
          en: Half is digitized (fictional).
        secondHalfPlan:
          ja: 残りを電子化します（架空）。
          en: The rest follows (fictional).
`;
const yearEnd = `      yearEnd:
        summary:
          ja: 目標を達成しました（架空）。
          en: The target was met (fictional).
        rating: achieved
        ratingBasis:
          ja: 指標を達成（架空）。
          en: The indicator was met (fictional).
        issuesAndResponse:
          ja: 特になし（架空）。
          en: None (fictional).
`;

/** One step of the FICTIONAL plan's life: when, why, and the plan text it leaves. */
export interface HistoryStep {
	name: 'first' | 'target' | 'midYear' | 'english' | 'yearEnd';
	date: string;
	reason: string;
	edit: (text: string) => string;
}

/** The steps committed, in order: first publication, a target changed with a reason, a mid-year review, an English-only edit, a year-end review. */
export const historySteps: HistoryStep[] = [
	{ name: 'first', date: '2025-04-01', reason: 'Publish the FY2025 plan (fictional)', edit: (text) => `${text}${secondIndicator}` },
	{
		name: 'target',
		date: '2025-05-10',
		reason: '目標値を予算の見直しに合わせて変更（架空）',
		edit: (text) => text.replace('累計1,200件(年300件)', '累計1,500件(年300件)').replace('1,200 cumulative', '1,500 cumulative'),
	},
	{ name: 'midYear', date: '2025-10-15', reason: 'Add the mid-year review', edit: (text) => `${text}${midYear}` },
	{
		name: 'english',
		date: '2025-11-01',
		reason: 'Improve the English title',
		edit: (text) => text.replace('Digitizing records (fictional)', 'Digitization of records (fictional)'),
	},
	{ name: 'yearEnd', date: '2026-05-20', reason: 'Add the year-end review', edit: (text) => `${text}${yearEnd}` },
];

/** A throw-away git repository whose `data/` holds the FICTIONAL fixture's organization and one plan committed step by step. */
export interface HistoryRepository {
	dir: string;
	dataDir: string;
	/** The commit of each step, by name. */
	commits: Record<HistoryStep['name'], string>;
	/** The plan's text at each step, by name. */
	texts: Record<HistoryStep['name'], string>;
	remove(): void;
}

/** Creates the repository; committer dates are 09:00 in Japan (00:00 UTC) on each step's date. */
export function createHistoryRepository(): HistoryRepository {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-site-history-'));
	const dataDir = path.join(dir, 'data');
	const git = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
		execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
	git(['init', '-q', '-b', 'main']);
	git(['config', 'user.name', 'Fictional Staff']);
	git(['config', 'user.email', 'staff@example.org']);
	git(['config', 'commit.gpgsign', 'false']);
	mkdirSync(path.join(dataDir, path.dirname(planFile)), { recursive: true });
	for (const file of ['site.yaml', 'plan-types.yaml', 'organization.yaml', 'review-scales.yaml']) cpSync(path.join(fixture, file), path.join(dataDir, file));
	let text = readFileSync(path.join(fixture, planFile), 'utf8');
	const commits = {} as HistoryRepository['commits'];
	const texts = {} as HistoryRepository['texts'];
	for (const step of historySteps) {
		text = step.edit(text);
		writeFileSync(path.join(dataDir, planFile), text);
		git(['add', '-A']);
		const date = `${step.date}T09:00:00+09:00`;
		git(['commit', '-q', '-m', step.reason], { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
		commits[step.name] = git(['rev-parse', 'HEAD']);
		texts[step.name] = text;
	}
	return { dir, dataDir, commits, texts, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
