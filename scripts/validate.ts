/**
 * `npm run validate [-- <data-dir>] [--warnings] [--no-cache]`: checks every data file and prints each
 * problem as `path:line:column`, in English and Japanese, with how to fix it. Exits 1 when there is an
 * error. Missing English translations are warnings: counted always, listed with --warnings. Plan files
 * unchanged since the last run keep their verdict (see src/lib/data/validation-cache.ts) unless --no-cache.
 */
import { dataDirectory } from '../src/lib/data/load-dataset.ts';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';
import { errorSummary } from '../src/lib/data/data-problem.ts';
import { printProblems } from '../src/lib/data/print-problems.ts';
import { exitWithUsage, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run validate [-- <data-dir>] [--warnings] [--no-cache]';
const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		allowNegative: true,
		options: { warnings: { type: 'boolean', default: false }, cache: { type: 'boolean', default: true } },
	},
	usage,
);
if (positionals.length > 1) exitWithUsage({ en: 'Give at most one data directory.', ja: 'データのフォルダは1つだけ指定してください。' }, usage);
const dataDir = positionals[0] ?? dataDirectory();
const started = performance.now();
const { problems, validPlans, cachedPlans } = validateDataset(dataDir, { cache: values.cache });
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning' && problem.topic === 'translation');
const otherWarnings = problems.filter((problem) => problem.severity === 'warning' && problem.topic !== 'translation');
const listed = [...errors, ...otherWarnings, ...(values.warnings ? warnings : [])];

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const timing = cachedPlans ? `${seconds}s; ${cachedPlans} unchanged since the last run / 前回から変更なし ${cachedPlans}件` : `${seconds}s`;
const translationNote = warnings.length
	? ` ${warnings.length} missing English translation(s) (warnings${values.warnings ? '' : '; list them with --warnings'}) / 英語訳の未入力 ${warnings.length}件`
	: '';
if (errors.length) {
	printProblems(listed, `${errorSummary(errors)}.${translationNote} (${timing})`);
	process.exitCode = 1;
} else {
	if (listed.length) printProblems(listed, `${listed.length} warning(s) / 警告 ${listed.length}件`);
	console.log(`✓ ${validPlans} plan file(s) valid / 計画ファイル${validPlans}件に問題はありません.${translationNote} (${timing})`);
}
