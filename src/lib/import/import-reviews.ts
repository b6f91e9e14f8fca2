import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { isMap, type Document } from 'yaml';
import { loadDataset, type Dataset } from '../data/load-dataset.ts';
import { readYamlFile, validateYamlFile } from '../data/yaml-file.ts';
import { checkPlan } from '../data/check-plan.ts';
import type { DataProblem } from '../data/data-problem.ts';
import { planSchema, type Plan } from '../../schemas/plan.ts';
import { cellLines, cellText, sheetRows, workbookProblemAt, WorkbookProblem, type SheetRow } from './read-workbook.ts';
import { initiativeCells, missionLines, sectionTableName } from './write-plan-tables.ts';
import { normalizeSubNumbers, parseRankDigits } from './rank-digits.ts';
import { splitItems } from './repair-text.ts';
import { editYamlDocument } from './edit-yaml-document.ts';
import { writeFilesAtomically } from '../files/write-files-atomically.ts';
import { aboutRows, aboutSheetName, columnNumber, sectionSheetHeaderRows, workbookColumns, workbookFormat, type WorkbookColumnKey } from './workbook-layout.ts';
import { cellOf, compact, heading, readScaleCell, type ReportProblem } from './workbook-cells.ts';
import { writeFailure, type ImportReport } from './run-import.ts';

export interface ReviewImportOptions {
	/** The workbook's path, for messages. */
	input: string;
	fiscalYear: number;
	/** The data directory holding organization.yaml, review-scales.yaml and plans/. */
	dataDir: string;
	/** Where the plan files are; default `<dataDir>/plans`. */
	outDir?: string;
}

/** True for a workbook `npm run export -- --format xlsx` wrote: its about sheet carries the format mark. */
export function isReviewWorkbook(workbook: ExcelJS.Workbook): boolean {
	return cellText(workbook.getWorksheet(aboutSheetName)?.getCell(aboutRows.format, 2).value ?? null).trim() === workbookFormat;
}

type Message = { en: string; ja: string };

/** One edit of a plan file: the YAML path and the value to put there. */
interface ReviewEdit {
	path: Array<string | number>;
	value: unknown;
}

/** A date cell: a spreadsheet date, or text `YYYY-MM-DD` naming a real day. */
function reportedOn(row: SheetRow, key: WorkbookColumnKey, report: ReportProblem): string | undefined {
	const column = columnNumber(key);
	const value = row.values[column - 1];
	const text = cellText(value ?? null).trim();
	if (!text) return undefined;
	if (value instanceof Date) return text;
	const day = /^\d{4}-\d{2}-\d{2}$/u.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
	if (day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text)) return text;
	report(
		{ sheet: row.sheet, row: row.row, column },
		{
			en: `${heading(key)}: "${text}" is not a date in the form YYYY-MM-DD (e.g. 2025-10-15).`,
			ja: `${heading(key)}：「${text}」は YYYY-MM-DD 形式の日付ではありません（例：2025-10-15）。`,
		},
	);
	return undefined;
}

/** The rank cell: a whole number (a number cell, or digits in any form); anything else is reported. */
function rankOf(row: SheetRow, report: ReportProblem): number | undefined {
	const value = row.values[0];
	const rank = typeof value === 'number' ? (Number.isInteger(value) && value > 0 ? value : undefined) : parseRankDigits(row.cells[0] ?? '');
	if (rank === undefined)
		report(
			{ sheet: row.sheet, row: row.row, column: 1 },
			{
				en: `順位 (rank) must be a whole number, but the cell holds "${row.cells[0]}".`,
				ja: `順位は整数で入力してください。このセルは「${row.cells[0]}」です。`,
			},
		);
	return rank;
}

/** Reports plan-text cells that differ from the plan file: the review import never changes official text. */
function checkPlanText(row: SheetRow, expected: string[][], report: ReportProblem): void {
	for (const key of ['planTypes', 'title', 'activities', 'indicators', 'targets'] as const) {
		const column = columnNumber(key);
		if (compact(row.cells[column - 1] ?? '') !== compact(expected[column - 1].join('')))
			report(
				{ sheet: row.sheet, row: row.row, column },
				{
					en: `${heading(key)} differs from the plan file. This workbook is imported for its reviews only and plan text is never changed from it: undo the change, or run the import with --force to take the whole plan from the workbook.`,
					ja: `${heading(key)}が計画ファイルと異なります。このブックからは振り返りだけを取り込み、計画本文は変えません。変更を元に戻すか、ブックの計画全体を取り込む場合は --force を付けて実行してください。`,
				},
			);
	}
}

const requireFilled = (row: SheetRow, keys: readonly WorkbookColumnKey[], what: Message, report: ReportProblem) => {
	for (const key of keys.filter((key) => !cellOf(row, key)))
		report(
			{ sheet: row.sheet, row: row.row, column: columnNumber(key) },
			{
				en: `${heading(key)} is empty, but the ${what.en} is filled in elsewhere on this row; a ${what.en} needs ${keys.map(heading).join(', ')}.`,
				ja: `${heading(key)}が空です。この行の${what.ja}のほかの欄は入力されています。${what.ja}には${keys.map(heading).join('、')}が必要です。`,
			},
		);
};

/** Text as a spreadsheet cell gives it back: lines trimmed, blank lines dropped. */
const asCell = (text: string) => cellLines(text).join('\n');
/** A new text for translators, unless the file's Japanese reads the same in a cell (then it keeps its translation). */
const textEdit = (ja: string, old: { ja: string } | undefined) => (old && asCell(old.ja) === asCell(ja) ? undefined : { ja, en: '' });

/** The edits a row's review cells make to an initiative; empty cells keep what the file has. */
function reviewEdits(row: SheetRow, plan: Plan, index: number, dataset: Dataset, report: ReportProblem): ReviewEdit[] {
	const initiative = plan.initiatives[index];
	const at = (...keys: Array<string | number>) => ['initiatives', index, ...keys];
	const edits: ReviewEdit[] = [];
	const review = (
		name: 'midYear' | 'yearEnd',
		fields: Record<string, 'status' | 'rating' | 'text'>,
		dateKey: WorkbookColumnKey,
		old: Record<string, unknown> | undefined,
		what: Message,
	) => {
		const keys = Object.keys(fields) as WorkbookColumnKey[];
		const date = reportedOn(row, dateKey, report);
		if (!keys.some((key) => cellOf(row, key)) && !date) return;
		requireFilled(row, keys, what, report);
		const values: Record<string, unknown> = {};
		for (const key of keys) {
			const kind = fields[key];
			values[key] = kind === 'text' ? cellOf(row, key) && { ja: cellOf(row, key), en: '' } : readScaleCell(row, kind, dataset.scales, report)?.id;
		}
		if (date) values.reportedOn = date;
		if (Object.values(values).some((value) => !value)) return;
		if (!old) return edits.push({ path: at('review', name), value: values });
		for (const [key, value] of Object.entries(values)) {
			const changed = typeof value === 'string' ? value !== old[key] : textEdit((value as { ja: string }).ja, old[key] as { ja: string } | undefined);
			if (changed) edits.push({ path: at('review', name, key), value });
		}
	};
	review('midYear', { status: 'status', firstHalfAssessment: 'text', secondHalfPlan: 'text' }, 'midYearReportedOn', initiative.review.midYear, {
		en: 'mid-year review',
		ja: '中間確認',
	});
	review('yearEnd', { summary: 'text', rating: 'rating', ratingBasis: 'text', issuesAndResponse: 'text' }, 'yearEndReportedOn', initiative.review.yearEnd, {
		en: 'year-end review',
		ja: '年度末確認',
	});
	const resultsCell = normalizeSubNumbers(row.cells[columnNumber('results') - 1] ?? '');
	if (resultsCell) {
		const results = cellLines(resultsCell).flatMap((line) => splitItems(line, { circledOnly: true }));
		const numbers = initiative.indicators.map((indicator) => indicator.number);
		if (results.length !== numbers.length || results.some((result, position) => result.marker !== numbers[position])) {
			report(
				{ sheet: row.sheet, row: row.row, column: columnNumber('results') },
				{
					en: `${heading('results')} needs one result per indicator, numbered as the indicators are (${numbers.map((number) => number ?? '(unnumbered)').join(' ')}), one per line.`,
					ja: `${heading('results')}は指標ごとに1つずつ、指標と同じ番号（${numbers.map((number) => number ?? '番号なし').join(' ')}）を付けて1行に1つ書いてください。`,
				},
			);
		} else
			results.forEach((result, position) => {
				const old = initiative.indicators[position].result;
				if (textEdit(result.text, old?.text)) edits.push({ path: at('indicators', position, 'result'), value: { text: { ja: result.text, en: '' } } });
			});
	}
	return edits;
}

/** Puts an edit into the document; a new mid-year review goes before an existing year-end one, and `review: {}` opens up. */
function applyEdit(document: Document.Parsed, edit: ReviewEdit): void {
	const reviewPath = edit.path.slice(0, 3);
	const review = document.getIn(reviewPath, true);
	if (isMap(review) && review.items.length === 0) review.flow = false;
	if (edit.path.length === 4 && edit.path[3] === 'midYear' && isMap(review) && review.has('yearEnd'))
		review.items.unshift(document.createPair('midYear', edit.value));
	else document.setIn(edit.path, edit.value);
}

const display = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

/**
 * Imports the reviews of a workbook written by `npm run export -- --format xlsx` into the plan files: only the
 * review columns (status, assessments, plans, summary, results, rating, basis, issues, publication dates) are
 * read; plan text that differs from the file is an error. Each file is edited through the YAML Document API so
 * comments, key order and layout survive and only review lines change. Any problem (a missing sheet, a value
 * outside the scale, a date not YYYY-MM-DD, text in the rank cell…) is reported with its sheet, row and column,
 * and then nothing is written; otherwise every changed file is written, all or none.
 */
export function importReviews(workbook: ExcelJS.Workbook, options: ReviewImportOptions): ImportReport {
	const input = display(options.input);
	const errors: DataProblem[] = [];
	const report: ReportProblem = (place, message) => errors.push(workbookProblemAt(input, place, message));
	const { dataset, problems } = loadDataset(options.dataDir);
	if (!dataset) return { outcomes: [], errors: problems.filter((problem) => problem.severity === 'error'), wrote: false };
	const about = workbook.getWorksheet(aboutSheetName)!;
	const year = Number(cellText(about.getCell(aboutRows.fiscalYear, 2).value));
	if (year !== options.fiscalYear)
		report(
			{ sheet: aboutSheetName, row: aboutRows.fiscalYear, column: 2 },
			{
				en: `This workbook is for fiscal year ${year}, not ${options.fiscalYear}. Give the workbook's year with --year.`,
				ja: `このブックは${year}年度のものです（指定は${options.fiscalYear}年度）。--year にブックの年度を指定してください。`,
			},
		);
	const outDir = options.outDir ?? path.join(options.dataDir, 'plans');
	const files: Array<{ path: string; text: string; outcome: ImportReport['outcomes'][number] }> = [];
	for (let aboutRow = aboutRows.firstSheet; cellText(about.getCell(aboutRow, 1).value).trim(); aboutRow += 1) {
		const [sheetName, department, section] = [1, 2, 3].map((column) => cellText(about.getCell(aboutRow, column).value).trim());
		const listed = { sheet: aboutSheetName, row: aboutRow, column: 1 };
		const sheet = workbook.getWorksheet(sheetName);
		if (!sheet) {
			report(listed, {
				en: `The sheet "${sheetName}" (${department}/${section}) is missing. Sheets must keep the names the export gave them; rename it back, or export again.`,
				ja: `シート「${sheetName}」（${department}/${section}）がありません。シート名は書き出したときのままにしてください。名前を元に戻すか、書き出し直してください。`,
			});
			continue;
		}
		const file = path.join(outDir, String(options.fiscalYear), department, `${section}.yaml`);
		const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
		const plan = text === undefined ? undefined : validateYamlFile(readYamlFile(display(file), text), planSchema).data;
		if (!plan || text === undefined) {
			report(listed, {
				en: `There is no valid plan file ${display(file)} to add the reviews of sheet "${sheetName}" to (check it with npm run validate).`,
				ja: `シート「${sheetName}」の振り返りを書き込む計画ファイル ${display(file)} がないか、エラーがあります（npm run validate で確認してください）。`,
			});
			continue;
		}
		const edits = sheetEdits(sheet, plan, dataset, report);
		const differences = edits.map((edit) => edit.path.join('.').replace(/\.(\d+)/gu, '[$1]'));
		const edited = edits.length ? editYamlDocument(text, (document) => edits.forEach((edit) => applyEdit(document, edit))) : text;
		if (edits.length) {
			const yaml = readYamlFile(display(file), edited);
			const result = validateYamlFile(yaml, planSchema);
			const checked = result.data
				? checkPlan(result.data, yaml, { ...dataset, pathParts: { fiscalYear: options.fiscalYear, department, section } })
				: result.problems;
			errors.push(...checked.filter((problem) => problem.severity === 'error'));
		}
		files.push({
			path: file,
			text: edited,
			outcome: { file: display(file), status: edits.length ? 'changed' : 'unchanged', differences, proposals: [] },
		});
	}
	const outcomes = files.map((file) => file.outcome);
	if (errors.length) return { outcomes, errors, wrote: false };
	const written = writeFilesAtomically(files.filter((file) => file.outcome.status === 'changed'));
	if (!written.ok) return { outcomes, errors: [writeFailure(written)], wrote: false };
	return { outcomes, errors, wrote: true };
}

/** The edits one section sheet makes to its plan; problems go to `report`. */
function sheetEdits(sheet: ExcelJS.Worksheet, plan: Plan, dataset: Dataset, report: ReportProblem): ReviewEdit[] {
	let rows: SheetRow[];
	try {
		rows = sheetRows(sheet);
	} catch (error) {
		if (error instanceof WorkbookProblem) {
			report(error.place, error.problem);
			return [];
		}
		throw error;
	}
	const headings = rows.find((row) => row.row === sectionSheetHeaderRows);
	const moved = workbookColumns.findIndex((column, index) => index >= 2 && cellLines(headings?.cells[index] ?? '')[0] !== column.ja);
	if (moved >= 0) {
		report(
			{ sheet: sheet.name, row: sectionSheetHeaderRows, column: moved + 1 },
			{
				en: `This column's heading should be ${workbookColumns[moved].ja} (${workbookColumns[moved].en}). Columns must not be inserted, deleted or moved; export the workbook again if in doubt.`,
				ja: `この列の見出しは「${workbookColumns[moved].ja}」のはずです。列の挿入・削除・移動はしないでください。分からなくなったら書き出し直してください。`,
			},
		);
		return [];
	}
	for (const [label, expected] of [
		['部課名', sectionTableName(plan, dataset.organization)],
		['課の使命', missionLines(plan).join('')],
	] as const) {
		const row = rows.find((candidate) => candidate.cells[0] === label);
		if (row && compact(row.cells[2] ?? '') !== compact(expected))
			report(
				{ sheet: sheet.name, row: row.row, column: 3 },
				{
					en: `${label} differs from the plan file; plan text is never changed from a review workbook (undo the change, or import with --force).`,
					ja: `${label}が計画ファイルと異なります。振り返り用のブックからは計画本文を変えません（元に戻すか、--force を付けて取り込んでください）。`,
				},
			);
	}
	const seen = new Set<number>();
	return rows
		.filter((row) => row.row > sectionSheetHeaderRows && row.cells.some(Boolean))
		.flatMap((row) => {
			const rank = rankOf(row, report);
			if (rank === undefined) return [];
			const index = plan.initiatives.findIndex((initiative) => initiative.rank === rank);
			if (index < 0 || seen.has(rank)) {
				report(
					{ sheet: row.sheet, row: row.row, column: 1 },
					{
						en: seen.has(rank) ? `A second row for rank ${rank}.` : `The plan has no initiative of rank ${rank}; rows cannot be added in a review workbook.`,
						ja: seen.has(rank) ? `順位 ${rank} の行が2つあります。` : `計画に順位 ${rank} の取組項目はありません。振り返り用のブックでは行を追加できません。`,
					},
				);
				return [];
			}
			seen.add(rank);
			checkPlanText(row, initiativeCells(plan.initiatives[index], dataset), report);
			return reviewEdits(row, plan, index, dataset, report);
		});
}
