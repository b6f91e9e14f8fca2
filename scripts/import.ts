/**
 * `npm run import -- <export.tsv> --year <YYYY> [--out <dir>] [--force] [--data <dir>]`
 * Imports the city's plan-table export into one YAML file per section (see src/lib/import/run-import.ts).
 */
import { parseArgs } from 'node:util';
import { runImport } from '../src/lib/import/run-import.ts';
import { dataDirectory } from '../src/lib/data/load-dataset.ts';

const usage = 'Usage: npm run import -- <export.tsv> --year <YYYY> [--out <dir>] [--force] [--data <dir>]';
let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { year: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, data: { type: 'string' } },
	});
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const { values, positionals } = parsed;
const year = Number(values.year);
if (positionals.length !== 1 || !Number.isInteger(year) || year < 2000 || year > 2100) {
	console.error(`${usage}\n(the fiscal year is not stated in the export: give it with --year, e.g. --year 2025)`);
	process.exit(2);
}

const report = runImport({ input: positionals[0], fiscalYear: year, dataDir: values.data ?? dataDirectory(), outDir: values.out, force: values.force });
const labels = { created: 'created  / 新規作成', changed: 'changed  / 更新', unchanged: 'unchanged / 変更なし', refused: 'refused  / 上書きせず' };
for (const outcome of report.outcomes) {
	console.log(`${labels[outcome.status]}  ${outcome.file}`);
	for (const difference of outcome.differences.slice(0, 10)) console.log(`    differs at ${difference}`);
	if (outcome.differences.length > 10) console.log(`    … and ${outcome.differences.length - 10} more`);
}
for (const error of report.errors) console.error(`error: ${error}`);
if (report.errors.length) {
	console.error('Nothing was written. / ファイルは書き込んでいません。');
	process.exitCode = 1;
} else {
	const count = (status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
	console.log(`✓ ${count('created')} created, ${count('changed')} changed, ${count('unchanged')} unchanged.`);
}
