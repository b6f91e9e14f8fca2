/**
 * `npm run validate [-- <data-dir>] [--warnings]`: checks every data file and prints each problem as
 * `path:line:column`, in English and Japanese, with how to fix it. Exits 1 when there is an error.
 * Missing English translations are warnings: counted always, listed with --warnings.
 */
import { parseArgs } from 'node:util';
import { dataDirectory, loadDataset } from '../src/lib/data/load-dataset.ts';
import { formatProblem } from '../src/lib/data/data-problem.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { warnings: { type: 'boolean', default: false } } });
const dataDir = positionals[0] ?? dataDirectory();
const started = performance.now();
const { dataset, problems } = loadDataset(dataDir);
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');
const files = new Set(errors.map((problem) => problem.file));

for (const error of errors) console.error(formatProblem(error));
if (values.warnings) for (const warning of warnings) console.error(formatProblem(warning));

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const translationNote = warnings.length
	? ` ${warnings.length} missing English translation(s) (warnings${values.warnings ? '' : '; list them with --warnings'}) / 英語訳の未入力 ${warnings.length}件`
	: '';
if (errors.length) {
	console.error(`✗ ${errors.length} error(s) in ${files.size} file(s) / ${files.size}ファイルに${errors.length}件のエラー.${translationNote} (${seconds}s)`);
	process.exitCode = 1;
} else {
	console.log(`✓ ${dataset!.plans.length} plan file(s) valid / 計画ファイル${dataset!.plans.length}件に問題はありません.${translationNote} (${seconds}s)`);
}
