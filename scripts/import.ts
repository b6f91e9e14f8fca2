/**
 * `npm run import -- <export.tsv|workbook.xlsx> --year <YYYY> [--out <dir>] [--force] [--yes] [--data <dir>]`
 * Imports the city's plan-table export, or its workbook, into one YAML file per section (see src/lib/import/run-import.ts).
 * A workbook written by `npm run export -- --format xlsx` is read for its reviews only, unless --force
 * (see src/lib/import/run-workbook-import.ts).
 * Initiatives whose title matches last year's take last year's id; near matches are listed with their
 * similarity and taken only with --yes (see src/lib/import/propose-ids.ts).
 */
import { runImport } from '../src/lib/import/run-import.ts';
import { isWorkbookPath } from '../src/lib/import/workbook-layout.ts';
import { dataDirectory } from '../src/lib/data/load-dataset.ts';
import { formatProblem } from '../src/lib/data/data-problem.ts';
import { exitWithUsage, fiscalYearArgument, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run import -- <export.tsv|workbook.xlsx> --year <YYYY> [--out <dir>] [--force] [--yes] [--data <dir>]';
const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			year: { type: 'string' },
			out: { type: 'string' },
			force: { type: 'boolean', default: false },
			yes: { type: 'boolean', default: false },
			data: { type: 'string' },
		},
	},
	usage,
);
if (positionals.length !== 1) exitWithUsage({ en: 'Give exactly one export file.', ja: '取り込むファイルを1つ指定してください。' }, usage);
// The fiscal year is not stated in the export itself.
const year = fiscalYearArgument(values.year, usage);

const options = {
	input: positionals[0],
	fiscalYear: year,
	dataDir: values.data ?? dataDirectory(),
	outDir: values.out,
	force: values.force,
	acceptNearMatches: values.yes,
};
// exceljs takes a while to load: only a workbook import loads it.
const report = isWorkbookPath(options.input) ? await (await import('../src/lib/import/run-workbook-import.ts')).runWorkbookImport(options) : runImport(options);
if ('mode' in report && report.mode === 'reviews')
	console.log(
		'Review workbook: only the review columns are read (--force reads the whole plans). / 振り返り用ブック：振り返りの列だけを取り込みます（--force で計画全体）。',
	);
const labels = { created: 'created  / 新規作成', changed: 'changed  / 更新', unchanged: 'unchanged / 変更なし', refused: 'refused  / 上書きせず' };
for (const outcome of report.outcomes) {
	console.log(`${labels[outcome.status]}  ${outcome.file}`);
	for (const difference of outcome.differences.slice(0, 10)) console.log(`    differs at ${difference}`);
	if (outcome.differences.length > 10) console.log(`    … and ${outcome.differences.length - 10} more`);
	for (const proposal of outcome.proposals) {
		const pair = `#${proposal.rank} 「${proposal.title}」 ≈ ${year - 1}「${proposal.previousTitle}」 ${proposal.similarity}% → ${proposal.id}`;
		if (proposal.similarity === 100 && proposal.taken)
			console.log(`    same title as ${year - 1}, id kept / 前年度と同じ名称、IDを引き継ぎ: #${proposal.rank} → ${proposal.id}`);
		else if (proposal.taken) console.log(`    near match taken (--yes) / 類似の取組のIDを採用: ${pair}`);
		else console.log(`    match NOT taken / 一致候補（IDは未採用）: ${pair}`);
	}
}
const notTaken = report.outcomes.flatMap((outcome) => outcome.proposals).filter((proposal) => !proposal.taken).length;
if (notTaken > 0) {
	console.log(
		`${notTaken} near match(es) above got a new id. If they are the same initiatives as last year, run again with --yes (and --force once the files exist) to keep last year's ids.`,
	);
	console.log(
		`上の類似の取組${notTaken}件には新しいIDを付けました。前年度と同じ取組なら、--yes（ファイル作成後は --force も）を付けて再実行すると前年度のIDを引き継ぎます。`,
	);
}
for (const error of report.errors) console.error(formatProblem(error));
if (report.errors.length) {
	console.error('Nothing was written. / ファイルは書き込んでいません。');
	process.exitCode = 1;
} else {
	const count = (status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
	console.log(`✓ ${count('created')} created, ${count('changed')} changed, ${count('unchanged')} unchanged.`);
}
