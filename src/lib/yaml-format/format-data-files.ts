import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { DataProblem } from '../data/data-problem.ts';
import { listFiles } from '../files/list-files.ts';
import { canonicalYaml } from './canonical-yaml.ts';

/** A line that formatting removes (`was`, at its line in the file) or adds (`now`, before that line). */
export interface LineChange {
	/** 1-based line of the file as it is. */
	line: number;
	was?: string;
	now?: string;
}

/** A file not in the canonical form, and the lines formatting changes, for staff to fix by hand. */
export interface ChangedFile {
	file: string;
	lines: LineChange[];
}

/** What formatting a set of data directories found. */
export interface FormatReport {
	/** Every YAML file looked at, as given (data directory joined with the file's path). */
	files: string[];
	/** The files whose text is not in the canonical form (rewritten unless checking). */
	changed: ChangedFile[];
	/** Files that are not valid YAML: nothing is written while there is one. */
	problems: DataProblem[];
}

const display = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

/** The lines that differ between two texts (a longest-common-subsequence diff; data files are small). */
export function lineChanges(before: string, after: string): LineChange[] {
	const a = before.split('\n');
	const b = after.split('\n');
	const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i -= 1)
		for (let j = b.length - 1; j >= 0; j -= 1) common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
	const changes: LineChange[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			i += 1;
			j += 1;
		} else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) {
			changes.push({ line: i + 1, was: a[i] });
			i += 1;
		} else {
			changes.push({ line: i + 1, now: b[j] });
			j += 1;
		}
	}
	return changes;
}

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
	const rewrites: Array<{ file: string; text: string; lines: LineChange[] }> = [];
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		const problem = syntaxProblem(file, text);
		if (problem) {
			problems.push(problem);
			continue;
		}
		const canonical = canonicalYaml(text);
		if (canonical !== text) rewrites.push({ file, text: canonical, lines: lineChanges(text, canonical) });
	}
	if (!options.check && !problems.length) {
		for (const { file, text } of rewrites) {
			const temporary = `${file}.formatting`;
			writeFileSync(temporary, text);
			renameSync(temporary, file);
		}
	}
	return { files: files.map(display), changed: rewrites.map(({ file, lines }) => ({ file: display(file), lines })), problems };
}
