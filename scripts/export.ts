/**
 * `npm run export -- --year <YYYY> [--format tsv|xlsx] [--out <file>] [--data <dir>]`: writes a fiscal year's plans
 * in the city's table-export format (tab-separated, UTF-8), to open in a spreadsheet and import again, or
 * (`--format xlsx`) as a review workbook in the same layout whose review columns staff fill in.
 */
import { writeFileSync } from 'node:fs';
import { dataDirectory, loadDataset } from '../src/lib/data/load-dataset.ts';
import { errorSummary } from '../src/lib/data/data-problem.ts';
import { printProblems } from '../src/lib/data/print-problems.ts';
import { writePlanTables } from '../src/lib/import/write-plan-tables.ts';
import { sectionKey, sectionPositions } from '../src/lib/site/section-order.ts';
import { exitWithUsage, fiscalYearArgument, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run export -- --year <YYYY> [--format tsv|xlsx] [--out <file>] [--data <dir>]';
const { values } = parseCommandLine(
	{ options: { year: { type: 'string' }, format: { type: 'string', default: 'tsv' }, out: { type: 'string' }, data: { type: 'string' } } },
	usage,
);
const year = fiscalYearArgument(values.year, usage);
const format = values.format;
if (format !== 'tsv' && format !== 'xlsx')
	exitWithUsage({ en: `Unknown format "${format}": use tsv or xlsx.`, ja: `形式「${format}」は使えません。tsv か xlsx を指定してください。` }, usage);
const { dataset, problems } = loadDataset(values.data ?? dataDirectory());
if (!dataset) {
	const errors = problems.filter((problem) => problem.severity === 'error');
	printProblems(errors, `${errorSummary(errors)}. Nothing was exported. / データにエラーがあるため書き出していません。`);
	process.exit(1);
}
const positions = sectionPositions(dataset.organization);
const plans = dataset.plans
	.map(({ plan }) => plan)
	.filter((plan) => plan.fiscalYear === year)
	.sort((a, b) => positions.get(sectionKey(a.department, a.section))! - positions.get(sectionKey(b.department, b.section))!);
if (plans.length === 0) {
	console.error(`No plans for fiscal year ${year}. / ${year}年度の計画がありません。`);
	process.exit(1);
}
const out = values.out ?? `${year}-plan-tables.${format}`;
// exceljs takes a while to load: only a workbook export loads it.
writeFileSync(
	out,
	format === 'xlsx' ? await (await import('../src/lib/import/write-workbook.ts')).writeWorkbook(plans, dataset, year) : writePlanTables(plans, dataset),
);
console.log(`✓ ${plans.length} section table(s) written to ${out}`);
