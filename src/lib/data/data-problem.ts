/** A problem found in a data file, located for the person who edits it. */
export interface DataProblem {
	/** Path of the file, relative to the working directory, with forward slashes. */
	file: string;
	/** 1-based line of the problem. */
	line: number;
	/** 1-based column of the problem. */
	column: number;
	/** Errors stop the build; warnings (e.g. a missing translation) do not. */
	severity: 'error' | 'warning';
	/** What is wrong and how to fix it, in both languages. */
	message: { ja: string; en: string };
	/** `translation` for a missing English translation: a warning `npm run validate` counts rather than lists. */
	topic?: 'translation';
}

/** `file:line:column`, the form editors and terminals turn into a link. */
export function problemLocation(problem: DataProblem): string {
	return `${problem.file}:${problem.line}:${problem.column}`;
}

/** One problem as two lines: location with the English message, then the Japanese message. */
export function formatProblem(problem: DataProblem): string {
	const label = problem.severity === 'error' ? 'error' : 'warning';
	return `${problemLocation(problem)} ${label}: ${problem.message.en}\n    ${problem.message.ja}`;
}

/** The one-line count of errors that ends every report of them: `✗ 3 error(s) in 2 file(s) / 2ファイルに3件のエラー`. */
export function errorSummary(problems: readonly DataProblem[]): string {
	const errors = problems.filter((problem) => problem.severity === 'error');
	const files = new Set(errors.map((problem) => problem.file)).size;
	return `✗ ${errors.length} error(s) in ${files} file(s) / ${files}ファイルに${errors.length}件のエラー`;
}

/** Thrown when data files have errors; its message lists every error with its location. */
export class DataValidationError extends Error {
	readonly problems: DataProblem[];
	constructor(problems: DataProblem[]) {
		const errors = problems.filter((problem) => problem.severity === 'error');
		super(
			`${errors.length} error(s) in the data files / データファイルに${errors.length}件のエラーがあります:\n` +
				errors.map(formatProblem).join('\n'),
		);
		this.name = 'DataValidationError';
		this.problems = problems;
	}
}
