/**
 * One way for every command-line tool to read its arguments: Node's `parseArgs`, with the tool's usage
 * and exit code 2 on anything it does not understand, said in English and Japanese.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fiscalYearSchema } from '../../src/schemas/identifiers.ts';

/** Prints the problem and the usage, then exits with 2 (a bad argument, as opposed to bad data). */
export function exitWithUsage(problem: { en: string; ja: string }, usage: string): never {
	console.error(`${problem.en}\n${problem.ja}\n${usage}`);
	process.exit(2);
}

/** The tool's arguments; an unknown option, a missing value or a stray argument ends the tool with its usage. */
export function parseCommandLine<const Config extends Omit<ParseArgsConfig, 'args'>>(config: Config, usage: string, args = process.argv.slice(2)) {
	try {
		return parseArgs({ ...config, args, strict: true });
	} catch (error) {
		return exitWithUsage({ en: (error as Error).message, ja: '引数を読み取れませんでした。使い方を確認してください。' }, usage);
	}
}

/** A `--year` value checked with the fiscal-year schema of the data (e.g. `2025`); ends the tool with its usage if absent or invalid. */
export function fiscalYearArgument(value: string | undefined, usage: string): number {
	const year = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
	const parsed = fiscalYearSchema.safeParse(year);
	if (parsed.success) return parsed.data;
	return exitWithUsage(
		value === undefined
			? { en: 'Give the fiscal year with --year, e.g. --year 2025.', ja: '年度を --year で指定してください（例：--year 2025）。' }
			: {
					en: `"${value}" is not a fiscal year: write the year it starts in, e.g. 2025.`,
					ja: `「${value}」は年度として読めません。年度の始まる西暦で書いてください（例：2025）。`,
				},
		usage,
	);
}
