/**
 * `npm run changes -- --since <ref> [--data <dir>] [--repo <dir>] [--format text|markdown]`
 * Prints the plan changes HEAD makes since <ref> (as a pull request shows them), by plan file, in Japanese
 * and English; translation updates apart. `--format markdown` is for a CI job summary. Exits 2 on bad
 * arguments, 1 when the history cannot be read or <ref> is unknown, 0 otherwise (with or without changes).
 */
import path from 'node:path';
import { dataDirectory, loadSharedFiles } from '../src/lib/data/load-dataset.ts';
import { reviewWords } from '../src/lib/history/plan-changes.ts';
import { formatChangesMarkdown, formatChangesText } from '../src/lib/history/format-changes.ts';
import { readRevisionChanges } from '../src/lib/history/revision-changes.ts';
import { exitWithUsage, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run changes -- --since <ref> [--data <dir>] [--repo <dir>] [--format text|markdown]';
const { values } = parseCommandLine(
	{ options: { since: { type: 'string' }, data: { type: 'string' }, repo: { type: 'string' }, format: { type: 'string', default: 'text' } } },
	usage,
);
if (!values.since) {
	exitWithUsage(
		{
			en: 'Name the branch or commit to compare with, e.g. --since origin/main.',
			ja: '比べるブランチかコミットを --since で指定してください（例：--since origin/main）。',
		},
		usage,
	);
}
if (!['text', 'markdown'].includes(values.format)) {
	exitWithUsage(
		{ en: `Unknown format "${values.format}": use text or markdown.`, ja: `形式「${values.format}」は使えません。text か markdown を指定してください。` },
		usage,
	);
}

const unavailable = {
	'unknown-ref': {
		ja: `「${values.since}」というブランチやコミットは見つかりません（git fetch が必要かもしれません）。`,
		en: `No branch or commit named "${values.since}" (it may need a git fetch).`,
	},
	'no-git': { ja: 'git が見つかりません。', en: 'git is not installed or not on the PATH.' },
	'not-a-repository': { ja: 'git リポジトリの中ではありません。', en: 'Not inside a git repository.' },
	'outside-repository': { ja: 'データのフォルダが git リポジトリの外にあります。', en: 'The data directory is outside the git repository.' },
	shallow: { ja: '履歴が浅いクローンです（git fetch --unshallow）。', en: 'The clone is shallow (git fetch --unshallow).' },
	'no-commits': { ja: 'まだコミットがありません。', en: 'There are no commits yet.' },
};
const dataDir = values.data ?? dataDirectory();
const repo = values.repo ?? process.cwd();
// Review values read as the data set's scales name them; ids when the scales cannot be read.
const { scales } = loadSharedFiles(path.resolve(repo, dataDir));
const result = readRevisionChanges(values.since, dataDir, repo, scales ? reviewWords(scales) : undefined);
if (!result.available) {
	const message = unavailable[result.reason];
	console.error(`error: ${message.en}\nエラー: ${message.ja}`);
	process.exit(1);
}
process.stdout.write(values.format === 'markdown' ? formatChangesMarkdown(result.files) : formatChangesText(result.files));
