/**
 * `npm run export -- --year <YYYY> [--out <file>] [--data <dir>]`: writes a fiscal year's plans in the
 * city's table-export format (tab-separated, UTF-8), to open in a spreadsheet and import again.
 */
import { writeFileSync } from 'node:fs';
import { dataDirectory, loadDataset } from '../src/lib/data/load-dataset.ts';
import { errorSummary } from '../src/lib/data/data-problem.ts';
import { printProblems } from '../src/lib/data/print-problems.ts';
import { writePlanTables } from '../src/lib/import/write-plan-tables.ts';
import { sectionKey, sectionPositions } from '../src/lib/site/section-order.ts';
import { fiscalYearArgument, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run export -- --year <YYYY> [--out <file>] [--data <dir>]';
const { values } = parseCommandLine({ options: { year: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' } } }, usage);
const year = fiscalYearArgument(values.year, usage);
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
const out = values.out ?? `${year}-plan-tables.tsv`;
writeFileSync(out, writePlanTables(plans, dataset));
console.log(`✓ ${plans.length} section table(s) written to ${out}`);
