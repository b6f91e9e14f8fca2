/**
 * `npm run import -- <export.tsv> --year <YYYY> [--out <dir>] [--force] [--data <dir>]`
 * Imports the city's plan-table export into one YAML file per section (see src/lib/import/run-import.ts).
 */
import { runImport } from '../src/lib/import/run-import.ts';
import { dataDirectory } from '../src/lib/data/load-dataset.ts';
import { formatProblem } from '../src/lib/data/data-problem.ts';
import { exitWithUsage, fiscalYearArgument, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run import -- <export.tsv> --year <YYYY> [--out <dir>] [--force] [--data <dir>]';
const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		options: { year: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, data: { type: 'string' } },
	},
	usage,
);
if (positionals.length !== 1) exitWithUsage({ en: 'Give exactly one export file.', ja: '取り込むファイルを1つ指定してください。' }, usage);
// The fiscal year is not stated in the export itself.
const year = fiscalYearArgument(values.year, usage);

const report = runImport({ input: positionals[0], fiscalYear: year, dataDir: values.data ?? dataDirectory(), outDir: values.out, force: values.force });
const labels = { created: 'created  / 新規作成', changed: 'changed  / 更新', unchanged: 'unchanged / 変更なし', refused: 'refused  / 上書きせず' };
for (const outcome of report.outcomes) {
	console.log(`${labels[outcome.status]}  ${outcome.file}`);
	for (const difference of outcome.differences.slice(0, 10)) console.log(`    differs at ${difference}`);
	if (outcome.differences.length > 10) console.log(`    … and ${outcome.differences.length - 10} more`);
}
for (const error of report.errors) console.error(formatProblem(error));
if (report.errors.length) {
	console.error('Nothing was written. / ファイルは書き込んでいません。');
	process.exitCode = 1;
} else {
	const count = (status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
	console.log(`✓ ${count('created')} created, ${count('changed')} changed, ${count('unchanged')} unchanged.`);
}
