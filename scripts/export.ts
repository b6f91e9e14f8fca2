/**
 * `npm run export -- --year <YYYY> [--out <file>] [--data <dir>]`: writes a fiscal year's plans in the
 * city's table-export format (tab-separated, UTF-8), to open in a spreadsheet and import again.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataDirectory, loadDataset } from '../src/lib/data/load-dataset.ts';
import { formatProblem } from '../src/lib/data/data-problem.ts';
import { writePlanTables } from '../src/lib/import/write-plan-tables.ts';

const { values } = parseArgs({ options: { year: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' } } });
const year = Number(values.year);
if (!Number.isInteger(year)) {
	console.error('Usage: npm run export -- --year <YYYY> [--out <file>] [--data <dir>]');
	process.exit(2);
}
const { dataset, problems } = loadDataset(values.data ?? dataDirectory());
if (!dataset) {
	for (const problem of problems.filter((p) => p.severity === 'error')) console.error(formatProblem(problem));
	console.error('The data has errors; nothing was exported. / データにエラーがあるため書き出していません。');
	process.exit(1);
}
const sectionOrder = new Map(dataset.organization.departments.flatMap((d) => d.sections.map((s) => [`${d.id}/${s.id}`, d.order * 1000 + s.order])));
const plans = dataset.plans
	.map(({ plan }) => plan)
	.filter((plan) => plan.fiscalYear === year)
	.sort((a, b) => sectionOrder.get(`${a.department}/${a.section}`)! - sectionOrder.get(`${b.department}/${b.section}`)!);
if (plans.length === 0) {
	console.error(`No plans for fiscal year ${year}. / ${year}年度の計画がありません。`);
	process.exit(1);
}
const out = values.out ?? `${year}-plan-tables.tsv`;
writeFileSync(out, writePlanTables(plans, dataset.organization, dataset.scales));
console.log(`✓ ${plans.length} section table(s) written to ${out}`);
