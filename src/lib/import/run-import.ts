import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { readPlanTables, ExportRowError, type ExportedTable } from './read-plan-tables.ts';
import { planFromTable, type ImportedPlan } from './plan-from-table.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { checkPlan } from '../data/check-plan.ts';
import { readYamlFile, validateYamlFile } from '../data/yaml-file.ts';
import { planSchema } from '../../schemas/plan.ts';
import type { DataProblem } from '../data/data-problem.ts';
import type { IdProposal } from './propose-ids.ts';
import { updatedYamlText } from './update-yaml-document.ts';
import { readDataText } from '../data/data-file.ts';
import type { ConvertibleEncoding } from '../files/decode-text.ts';
import { writeFilesAtomically, type FileSystem, type WriteOutcome } from '../files/write-files-atomically.ts';

/** What happened to one plan file. */
export interface ImportOutcome {
	file: string;
	status: 'created' | 'changed' | 'unchanged' | 'refused';
	/** For `changed` and `refused`: the fields whose content differs, e.g. `initiatives[2].title.ja`. */
	differences: string[];
	/** Initiative ids proposed from the same section's plan of the previous fiscal year, taken or not. */
	proposals: IdProposal[];
}

export interface ImportOptions {
	/** The table export (tab-separated), e.g. `data/sources/2025-….tsv`. */
	input: string;
	fiscalYear: number;
	/** The data directory holding organization.yaml, review-scales.yaml and plans/. Default `data`. */
	dataDir: string;
	/** Where plan files go; default `<dataDir>/plans`. */
	outDir?: string;
	/** Overwrite files whose content would change. */
	force: boolean;
	/** Take last year's ids for near title matches too (`--yes`), not only for exact ones. Default false. */
	acceptNearMatches?: boolean;
	/**
	 * Tables already read from `input` by another reader (a workbook: see run-workbook-import.ts), and how to
	 * locate a problem at one of their line numbers. Default: `input` is read as the tab-separated export.
	 */
	tables?: { read(): ExportedTable[]; problemAt(line: number, message: { en: string; ja: string }): DataProblem; sourceLine(line: number): number };
	/** The export's encoding: UTF-8 (default), or `shift_jis` to convert a Shift_JIS/CP932 export explicitly. */
	encoding?: ConvertibleEncoding;
	/** The file-system calls the final write uses (tests make them fail half-way). */
	fileSystem?: FileSystem;
}

export interface ImportReport {
	outcomes: ImportOutcome[];
	/** Problems that stopped the import, located in the export (or the data directory); nothing was written when there are any. */
	errors: DataProblem[];
	/** True when files were written. */
	wrote: boolean;
}

/** Paths at which two raw values differ, for telling staff what an import would change. */
export function differences(before: unknown, after: unknown, at = ''): string[] {
	if (isDeepStrictEqual(before, after)) return [];
	if (Array.isArray(before) && Array.isArray(after)) {
		return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => differences(before[i], after[i], `${at}[${i}]`)).flat();
	}
	if (before && after && typeof before === 'object' && typeof after === 'object' && !Array.isArray(before) && !Array.isArray(after)) {
		const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
		return [...keys].flatMap((key) =>
			differences((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], at ? `${at}.${key}` : key),
		);
	}
	return [at || '(whole file)'];
}

const header = (input: string) =>
	`# Imported from ${input} by \`npm run import\`: official Japanese text verbatim (export artifacts repaired).\n` +
	`# Translators: fill in each empty \`en\`. Reviews are added here as the year goes on.\n`;

/** The largest export read: a whole city's tables are a few megabytes. */
const maxExportBytes = 50_000_000;

/** A write that failed half-way, as one problem that lists what was put back, what was not touched and what could not be restored. */
export function writeFailure(outcome: WriteOutcome): DataProblem {
	const list = (files: string[]) => (files.length ? files.map(display).join(', ') : '-');
	const { file, code } = outcome.failure!;
	return {
		file: display(file),
		line: 1,
		column: 1,
		severity: 'error',
		message: {
			en:
				`Writing failed (${code}); no file was changed. Put back as before: ${list(outcome.restored)}. Not changed: ${list(outcome.unchanged)}.` +
				(outcome.notRestored.length ? ` COULD NOT BE PUT BACK (now hold the new text): ${list(outcome.notRestored)}.` : '') +
				' Check the free disk space and that the files and folders can be written, then run again.',
			ja:
				`書き込みに失敗しました（${code}）。ファイルは変更していません。元に戻したファイル: ${list(outcome.restored)}。変更していないファイル: ${list(outcome.unchanged)}。` +
				(outcome.notRestored.length ? `元に戻せなかったファイル（新しい内容のまま）: ${list(outcome.notRestored)}。` : '') +
				'ディスクの空き容量と、ファイル・フォルダに書き込めるかを確認してから、もう一度実行してください。',
		},
	};
}

function display(file: string): string {
	return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/**
 * Imports a plan-table export into one YAML file per section. Reads and validates everything first;
 * writes only when every table is valid, every existing file readable and no existing file would change
 * without `force`; then writes all files or none (`writeFilesAtomically`), keeping the comments of the files
 * it changes. Returns what happened to each file; never throws for bad input.
 */
export function runImport(options: ImportOptions): ImportReport {
	const outDir = options.outDir ?? path.join(options.dataDir, 'plans');
	const { dataset, problems } = loadDataset(options.dataDir);
	const fail = (errors: DataProblem[]): ImportReport => ({ outcomes: [], errors, wrote: false });
	const problemAt = (file: string, line: number, en: string, ja: string): DataProblem => ({ file, line, column: 1, severity: 'error', message: { en, ja } });
	if (!dataset) {
		const errors = problems.filter((problem) => problem.severity === 'error');
		return fail(
			errors.map((problem) => ({
				...problem,
				message: {
					en: `${problem.message.en} (fix the data directory first: npm run validate)`,
					ja: `${problem.message.ja}（先にデータを直してください：npm run validate）`,
				},
			})),
		);
	}

	const input = display(options.input);
	let tsv = '';
	if (!options.tables) {
		const read = readDataText(options.input, input, { maxBytes: maxExportBytes, encoding: options.encoding });
		if ('problem' in read) {
			const { problem } = read;
			const hint = /Shift_JIS/u.test(problem.message.en)
				? { en: ' Or convert it explicitly with --encoding shift_jis.', ja: 'または --encoding shift_jis を付けて変換してください。' }
				: { en: '', ja: '' };
			return fail([{ ...problem, message: { en: `${problem.message.en}${hint.en}`, ja: `${problem.message.ja}${hint.ja}` } }]);
		}
		tsv = read.text;
	}
	const at = (line: number, en: string, ja: string) => (options.tables ? options.tables.problemAt(line, { en, ja }) : problemAt(input, line, en, ja));
	const fileFor = (plan: Pick<ImportedPlan, 'department' | 'section'>) =>
		path.join(outDir, String(options.fiscalYear), plan.department, `${plan.section}.yaml`);
	// An existing plan file that cannot be read (broken YAML, not UTF-8…) stops the import with its located problems.
	const unreadable: DataProblem[] = [];
	const existingFiles = new Map<string, { data?: Record<string, unknown>; text: string }>();
	const readExistingFile = (file: string) => {
		if (!existingFiles.has(file)) {
			const shown = display(file);
			const text = readDataText(file, shown);
			if ('problem' in text) {
				if (!text.missing) unreadable.push(text.problem);
				existingFiles.set(file, { text: '' });
			} else {
				const yaml = readYamlFile(shown, text.text);
				const errors = yaml.problems.filter((problem) => problem.severity === 'error');
				unreadable.push(...errors);
				existingFiles.set(file, { data: errors.length ? undefined : (yaml.data as Record<string, unknown>), text: text.text });
			}
		}
		return existingFiles.get(file)!;
	};
	const readExisting = (file: string) => readExistingFile(file).data;

	let plans: Array<ImportedPlan & { line: number }>;
	try {
		const tables = options.tables ? options.tables.read() : readPlanTables(tsv);
		if (tables.length === 0)
			return fail([
				at(1, 'No table found (a table starts at a row whose first cell is 部課名).', '表が見つかりません（表は最初のセルが「部課名」の行から始まります）。'),
			]);
		plans = tables.map((table) => ({
			...planFromTable(table, {
				organization: dataset.organization,
				scales: dataset.scales,
				planTypes: dataset.planTypes,
				fiscalYear: options.fiscalYear,
				sourceFile: input,
				existing: (department, section) => readExisting(fileFor({ department, section })),
				previousYear: (department, section) => {
					const year = options.fiscalYear - 1;
					const continued = dataset.organization.departments
						.find(({ id }) => id === department)
						?.sections.find(({ id }) => id === section)
						?.formerly.filter(({ until }) => until === year);
					return [{ department, section }, ...(continued ?? [])].flatMap((place) => {
						const plan =
							readExisting(path.join(outDir, String(year), place.department, `${place.section}.yaml`)) ??
							readExisting(path.join(options.dataDir, 'plans', String(year), place.department, `${place.section}.yaml`));
						return plan ? [plan] : [];
					});
				},
				acceptNearMatches: options.acceptNearMatches ?? false,
			}),
			line: table.line,
		}));
		if (options.tables) for (const plan of plans) plan.data.source = { file: input, line: options.tables.sourceLine(plan.line) };
	} catch (error) {
		if (error instanceof ExportRowError) {
			const problem = at(error.line, error.problem.en, error.problem.ja);
			return fail([options.tables ? problem : { ...problem, column: error.column }]);
		}
		throw error;
	}
	if (unreadable.length) {
		return fail(
			unreadable.map((problem) => ({
				...problem,
				message: {
					en: `${problem.message.en} (an existing plan file the import must read)`,
					ja: `${problem.message.ja}（取り込みで読む既存の計画ファイルです）`,
				},
			})),
		);
	}

	const errors: DataProblem[] = [];
	const seen = new Set<string>();
	const outcomes: Array<ImportOutcome & { text: string; path: string }> = [];
	for (const plan of plans) {
		const file = fileFor(plan);
		if (seen.has(file))
			errors.push(
				at(
					plan.line,
					`A second table for the same section (${plan.department}/${plan.section}).`,
					`同じ課（${plan.department}/${plan.section}）の表が2つあります。`,
				),
			);
		seen.add(file);
		const body = stringify(plan.data, { lineWidth: 0 });
		const yaml = readYamlFile(display(file), body);
		const result = validateYamlFile(yaml, planSchema);
		const located = result.data
			? checkPlan(result.data, yaml, {
					organization: dataset.organization,
					scales: dataset.scales,
					planTypes: dataset.planTypes,
					pathParts: { fiscalYear: options.fiscalYear, department: plan.department, section: plan.section },
				})
			: result.problems;
		for (const problem of located)
			errors.push(at(plan.line, `${plan.department}/${plan.section}: ${problem.message.en}`, `${plan.department}/${plan.section}: ${problem.message.ja}`));
		const existing = readExisting(file);
		const changed = existing ? differences(existing, plan.data) : [];
		const status = !existing ? 'created' : changed.length === 0 ? 'unchanged' : options.force ? 'changed' : 'refused';
		const text = existing ? updatedYamlText(readExistingFile(file).text, plan.data) : header(input) + body;
		outcomes.push({ file: display(file), path: file, status, differences: changed, proposals: plan.proposals, text });
	}
	const report = outcomes.map(({ file, status, differences: changed, proposals }) => ({ file, status, differences: changed, proposals }));
	if (errors.length) return { outcomes: report, errors, wrote: false };
	if (outcomes.some((outcome) => outcome.status === 'refused')) {
		return {
			outcomes: report,
			errors: [
				at(
					1,
					'Some files already exist with different content; nothing was written. Check the differences, then run again with --force to overwrite them.',
					'内容の異なるファイルが既にあるため、何も書き込んでいません。違いを確認してから --force を付けて実行すると上書きします。',
				),
			],
			wrote: false,
		};
	}
	const toWrite = outcomes.filter((outcome) => outcome.status === 'created' || outcome.status === 'changed');
	const written = writeFilesAtomically(
		toWrite.map((outcome) => ({ path: outcome.path, text: outcome.text })),
		options.fileSystem,
	);
	if (!written.ok) return { outcomes: report, errors: [writeFailure(written)], wrote: false };
	return { outcomes: report, errors: [], wrote: true };
}
