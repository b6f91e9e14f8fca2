/**
 * `npm run format-data [-- <data-dir>…] [--check]`: writes every YAML file of the data directory (default
 * `DATA_DIR`, else `data/`) in the one canonical form (src/lib/yaml-format/canonical-yaml.ts), keeping comments
 * and data. With --check, changes nothing, lists the files not in that form and exits 1 when there is one.
 * A file that is not valid YAML is an error located as `path:line:column`; nothing is written then.
 */
import { dataDirectory } from '../src/lib/data/load-dataset.ts';
import { formatProblem } from '../src/lib/data/data-problem.ts';
import { formatDataFiles } from '../src/lib/yaml-format/format-data-files.ts';
import { parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run format-data [-- <data-dir>…] [--check]';
const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { check: { type: 'boolean', default: false } } }, usage);
const directories = positionals.length ? positionals : [dataDirectory()];
const report = formatDataFiles(directories, { check: values.check });

for (const problem of report.problems) console.error(formatProblem(problem));
if (report.problems.length) {
	console.error(
		`✗ ${report.problems.length} file(s) could not be read; nothing was written / 読み取れないファイルが${report.problems.length}件あるため、何も書き込んでいません.`,
	);
	process.exitCode = 1;
} else if (values.check) {
	// The first lines to change, as `-` (remove) and `+` (write instead), so that staff can fix a file in the web editor.
	for (const { file, lines } of report.changed) {
		console.error(`${file}:${lines[0].line}: not in the canonical form / 整形されていません`);
		for (const change of lines.slice(0, 12)) console.error(change.was === undefined ? `  ${change.line} + ${change.now}` : `  ${change.line} - ${change.was}`);
		if (lines.length > 12) console.error(`  … ${lines.length - 12} more / ほか${lines.length - 12}行`);
	}
	if (report.changed.length) {
		console.error(
			`✗ ${report.changed.length} of ${report.files.length} file(s) need formatting: run npm run format-data / ${report.changed.length}件のファイルの整形が必要です（npm run format-data を実行してください）.`,
		);
		process.exitCode = 1;
	} else console.log(`✓ ${report.files.length} file(s) in the canonical form / ${report.files.length}件のファイルはすべて整形済みです.`);
} else {
	for (const { file } of report.changed) console.log(`formatted / 整形しました: ${file}`);
	console.log(`✓ ${report.changed.length} of ${report.files.length} file(s) formatted / ${report.files.length}件中${report.changed.length}件を整形しました.`);
}
