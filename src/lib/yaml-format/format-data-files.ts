import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { DataProblem } from '../data/data-problem.ts';
import { listFiles } from '../files/list-files.ts';
import { canonicalYaml } from './canonical-yaml.ts';

/** What formatting a set of data directories found. */
export interface FormatReport {
	/** Every YAML file looked at, as given (data directory joined with the file's path). */
	files: string[];
	/** The files whose text is not in the canonical form (rewritten unless checking). */
	changed: string[];
	/** Files that are not valid YAML: nothing is written while there is one. */
	problems: DataProblem[];
}

const display = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

/** A file that does not parse, located at the parser's first error. */
function syntaxProblem(file: string, text: string): DataProblem | undefined {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false });
	const [error] = document.errors;
	if (!error) return undefined;
	const { line, col } = lineCounter.linePos(error.pos[0]);
	const detail = error.message.split('\n')[0];
	return {
		file: display(file),
		line,
		column: col,
		severity: 'error',
		message: {
			en: `YAML syntax error, so the file cannot be formatted (check indentation, colons and quotes): ${detail}`,
			ja: `YAMLの書き方に誤りがあるため整形できません（字下げ、コロン、引用符を確認してください）: ${detail}`,
		},
	};
}

/**
 * Brings every `.yaml` file under the data directories to the canonical form (`canonical-yaml.ts`), or, with
 * `check`, only reports which are not. Writes nothing when any file is not valid YAML; each file is written
 * whole (to a temporary file, then renamed), never half.
 */
export function formatDataFiles(directories: readonly string[], options: { check: boolean }): FormatReport {
	const files = directories.flatMap((directory) => listFiles(directory, /\.ya?ml$/u));
	const problems: DataProblem[] = [];
	const rewrites: Array<{ file: string; text: string }> = [];
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		const problem = syntaxProblem(file, text);
		if (problem) {
			problems.push(problem);
			continue;
		}
		const canonical = canonicalYaml(text);
		if (canonical !== text) rewrites.push({ file, text: canonical });
	}
	if (!options.check && !problems.length) {
		for (const { file, text } of rewrites) {
			const temporary = `${file}.formatting`;
			writeFileSync(temporary, text);
			renameSync(temporary, file);
		}
	}
	return { files: files.map(display), changed: rewrites.map(({ file }) => display(file)), problems };
}
