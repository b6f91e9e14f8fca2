/**
 * `npm run import -- <export.tsv|workbook.xlsx> --year <YYYY> [--out <dir>] [--force] [--yes] [--data <dir>] [--encoding shift_jis]`
 * Imports the city's plan-table export, or its workbook, into one YAML file per section (see src/lib/import/run-import.ts).
 * A workbook written by `npm run export -- --format xlsx` is read for its reviews only, unless --force
 * (see src/lib/import/run-workbook-import.ts).
 * Initiatives whose title matches last year's take last year's id; near matches are listed with their
 * similarity and taken only with --yes (see src/lib/import/propose-ids.ts). The export must be UTF-8; a Shift_JIS/CP932
 * export is converted only when --encoding shift_jis says so. Writes all files or none; never prints a stack trace.
 */
import { runImport, type ImportReport } from '../src/lib/import/run-import.ts';
import { isWorkbookPath } from '../src/lib/import/workbook-layout.ts';
import { dataDirectory } from '../src/lib/data/load-dataset.ts';
import { errorSummary } from '../src/lib/data/data-problem.ts';
import { printProblems, writeErrorOutput } from '../src/lib/data/print-problems.ts';
import { isConvertibleEncoding } from '../src/lib/files/decode-text.ts';
import { exitWithUsage, fiscalYearArgument, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run import -- <export.tsv|workbook.xlsx> --year <YYYY> [--out <dir>] [--force] [--yes] [--data <dir>] [--encoding shift_jis]';
const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			year: { type: 'string' },
			out: { type: 'string' },
			force: { type: 'boolean', default: false },
			yes: { type: 'boolean', default: false },
			data: { type: 'string' },
			encoding: { type: 'string' },
		},
	},
	usage,
);
if (positionals.length !== 1) exitWithUsage({ en: 'Give exactly one export file.', ja: '取り込むファイルを1つ指定してください。' }, usage);
// The fiscal year is not stated in the export itself.
const year = fiscalYearArgument(values.year, usage);
const encoding = (values.encoding ?? 'utf-8').toLowerCase().replace(/^(?:sjis|cp932|windows-31j)$/u, 'shift_jis');
if (!isConvertibleEncoding(encoding)) {
	exitWithUsage(
		{
			en: `Unknown --encoding "${values.encoding}": use utf-8 (default) or shift_jis.`,
			ja: `--encoding「${values.encoding}」は使えません。utf-8（既定）か shift_jis を指定してください。`,
		},
		usage,
	);
}

const options = {
	input: positionals[0],
	fiscalYear: year,
	dataDir: values.data ?? dataDirectory(),
	outDir: values.out,
	force: values.force,
	acceptNearMatches: values.yes,
	encoding,
};
let report: ImportReport;
try {
	// exceljs takes a while to load: only a workbook import loads it.
	report = isWorkbookPath(options.input) ? await (await import('../src/lib/import/run-workbook-import.ts')).runWorkbookImport(options) : runImport(options);
} catch (error) {
	// An unforeseen failure: said plainly, without a stack trace (set DEBUG=1 to see it).
	writeErrorOutput(
		`The import stopped on an unexpected error; no file was changed: ${(error as Error).message}\n` +
			`予期しないエラーで取り込みを中止しました。ファイルは変更していません：${(error as Error).message}\n`,
	);
	if (process.env.DEBUG) console.error(error);
	process.exit(1);
}
if ('mode' in report && report.mode === 'reviews')
	console.log(
		'Review workbook: only the review columns are read (--force reads the whole plans). / 振り返り用ブック：振り返りの列だけを取り込みます（--force で計画全体）。',
	);
const labels = { created: 'created  / 新規作成', changed: 'changed  / 更新', unchanged: 'unchanged / 変更なし', refused: 'refused  / 上書きせず' };
for (const outcome of report.outcomes) {
	console.log(`${labels[outcome.status]}  ${outcome.file}`);
	for (const difference of outcome.differences.slice(0, 10)) console.log(`    differs at / 相違箇所: ${difference}`);
	if (outcome.differences.length > 10) console.log(`    … and ${outcome.differences.length - 10} more / ほか${outcome.differences.length - 10}件`);
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
if (report.errors.length) {
	printProblems(report.errors, `${errorSummary(report.errors)}. Nothing was written. / ファイルは書き込んでいません。`);
	process.exitCode = 1;
} else {
	const count = (status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
	console.log(
		`✓ ${count('created')} created, ${count('changed')} changed, ${count('unchanged')} unchanged. / 新規作成 ${count('created')}件、更新 ${count('changed')}件、変更なし ${count('unchanged')}件。`,
	);
}
