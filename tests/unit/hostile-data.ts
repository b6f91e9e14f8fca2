import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copyData } from './data-copy.ts';
import { runScript } from './run-cli.ts';
import { validateDataset } from '~/lib/data/validate-dataset.ts';
import { formatProblem } from '~/lib/data/data-problem.ts';
import { fictionalDir } from '../data-dirs.ts';

/** The fictional plan most cases edit, its review-carrying sibling, and their text as committed. */
export const recordsPlan = 'plans/2025/civic-services/records.yaml';
export const reviewedPlan = 'plans/2025/civic-services/resident-support.yaml';
export const fixtureText = (file: string) => readFileSync(path.join(fictionalDir, file), 'utf8');

/** A throw-away copy of the fictional city, with helpers to write raw bytes and to run `npm run validate` on it. */
export function hostileCopy() {
	const data = copyData(fictionalDir);
	return {
		...data,
		/** Where a data file is, as messages print it (relative to the working directory). */
		shown: (file: string) => path.relative(process.cwd(), path.join(data.dir, file)).split(path.sep).join('/'),
		write: (file: string, content: string | Uint8Array) => writeFileSync(path.join(data.dir, file), content),
		/** What `npm run validate` reports, computed in this process (fast: `validateCli` runs the command itself). */
		validate: () => validateInProcess(data.dir),
		/** `npm run validate` itself, as staff run it. */
		validateCli: () => runScript('validate', [data.dir, '--no-cache']),
	};
}

/** The exit code and the problem lines `npm run validate` gives: errors, then warnings other than missing translations. */
function validateInProcess(dir: string): { status: number; stderr: string } {
	const { problems } = validateDataset(dir, { cache: false });
	const errors = problems.filter((problem) => problem.severity === 'error');
	const warnings = problems.filter((problem) => problem.severity === 'warning' && problem.topic !== 'translation');
	return { status: errors.length ? 1 : 0, stderr: [...errors, ...warnings].map(formatProblem).join('\n') };
}

/** The located lines of a report (`file:line:column error: …`), for comparing two reports. */
const locatedLines = (output: string) => output.split('\n').filter((line) => / (?:error|warning): /u.test(line));

/** Runs `npm run validate` on a copy and expects the same exit code and located messages as the in-process check. */
export function expectCliAgrees(data: ReturnType<typeof hostileCopy>): void {
	const inProcess = data.validate();
	const cli = data.validateCli();
	expect(cli.status).toBe(inProcess.status);
	expect(locatedLines(cli.stderr)).toEqual(locatedLines(inProcess.stderr));
	expect(cli.stderr.trim().split('\n').at(-1)).toMatch(inProcess.status ? /^✗ \d+ error\(s\) in \d+ file\(s\)/u : /warning\(s\)|^$/u);
}

/**
 * Expects an output to hold a located error: `file:line:column error: <English>` and, on the next line, the Japanese;
 * both messages must match, and the Japanese line must carry no English sentence of its own.
 */
export function expectLocated(output: string, where: string, en: RegExp, ja: RegExp, severity = 'error') {
	const lines = output.split('\n');
	const index = lines.findIndex((line) => line.startsWith(`${where} ${severity}: `) && en.test(line));
	expect(index, `no ${severity} at ${where} matching ${en} in:\n${output}`).toBeGreaterThanOrEqual(0);
	const japanese = lines[index + 1];
	expect(japanese).toMatch(ja);
	expect(japanese, 'the Japanese line must not fall back to English').not.toMatch(/\b(?:is|are|must|the|Write|Use) [a-z]+ [a-z]+/u);
}

/** Line and column (1-based) of the first occurrence of `needle` in a text (after `prefix`, when given). */
export function positionOf(text: string, needle: string, prefix = ''): string {
	const found = text.indexOf(prefix + needle);
	const index = found < 0 ? found : found + prefix.length;
	if (index < 0) throw new Error(`"${prefix}${needle}" not found`);
	const before = text.slice(0, index).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
}

let shiftJisTable: Map<string, number[]> | undefined;
/**
 * A text encoded as Shift_JIS (CP932), as Windows tools in Japanese offices save it. Node decodes Shift_JIS but
 * cannot encode it, so each character is looked up in a table of the decoded two-byte codes (`？` when missing).
 */
export function shiftJisBytes(text: string): Uint8Array {
	if (!shiftJisTable) {
		shiftJisTable = new Map();
		const decoder = new TextDecoder('shift_jis');
		for (let lead = 0x81; lead <= 0xfc; lead += 1) {
			for (let trail = 0x40; trail <= 0xfc; trail += 1) {
				const character = decoder.decode(Uint8Array.of(lead, trail));
				if (character.length === 1 && character !== '\ufffd' && !shiftJisTable.has(character)) shiftJisTable.set(character, [lead, trail]);
			}
		}
	}
	const table = shiftJisTable;
	return Uint8Array.from(
		[...text].flatMap((character) => (character.charCodeAt(0) < 0x80 ? [character.charCodeAt(0)] : (table.get(character) ?? [0x81, 0x48]))),
	);
}
