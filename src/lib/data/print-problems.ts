import { writeSync } from 'node:fs';
import { formatProblem, type DataProblem } from './data-problem.ts';

/**
 * Writes text to standard error synchronously, all of it, even into a pipe that is momentarily full (CI):
 * a long list of problems must never be cut before its summary when the process ends.
 */
export function writeErrorOutput(text: string): void {
	const bytes = Buffer.from(text);
	let written = 0;
	while (written < bytes.length) {
		try {
			written += writeSync(2, bytes, written, bytes.length - written);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
		}
	}
}

/** Prints located problems, then one summary line last, to standard error (see `writeErrorOutput`). */
export function printProblems(problems: readonly DataProblem[], summary: string): void {
	writeErrorOutput([...problems.map(formatProblem), summary].join('\n') + '\n');
}
