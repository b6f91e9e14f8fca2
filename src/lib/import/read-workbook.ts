import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readPlanTables, ExportRowError, type ExportedTable } from './read-plan-tables.ts';
import { tableCell } from './write-plan-tables.ts';
import { normalizeSubNumbers, parseRankDigits } from './rank-digits.ts';
import { columnGroups, columnLetter, workbookColumns } from './workbook-layout.ts';
import type { DataProblem } from '../data/data-problem.ts';

/** A place in a workbook: sheet, 1-based row and 1-based column. */
export interface WorkbookPlace {
	sheet: string;
	row: number;
	column: number;
}

/** A cell or row of a workbook that cannot be read; names the sheet, row and column and says why in both languages. */
export class WorkbookProblem extends Error {
	readonly place: WorkbookPlace;
	readonly problem: { en: string; ja: string };
	constructor(place: WorkbookPlace, problem: { en: string; ja: string }) {
		super(`${place.sheet}!${columnLetter(place.column)}${place.row}: ${problem.en}`);
		this.name = 'WorkbookProblem';
		this.place = place;
		this.problem = problem;
	}
}

/** How a place reads in messages: `sheet "…", cell D12` / `シート「…」のセル D12`. */
export function describePlace(place: WorkbookPlace): { en: string; ja: string } {
	const cell = `${columnLetter(place.column)}${place.row}`;
	return place.sheet
		? { en: `sheet "${place.sheet}", cell ${cell}`, ja: `シート「${place.sheet}」のセル ${cell}` }
		: { en: `cell ${cell}`, ja: `セル ${cell}` };
}

/**
 * One row of a section table as the import sees it. An initiative whose rank cell is merged over several
 * rows (the city's layout for an initiative with several indicators) is one row: each column's lines, top to
 * bottom, joined with line breaks.
 */
export interface SheetRow {
	sheet: string;
	/** The first spreadsheet row of the initiative (or the row itself). */
	row: number;
	/** The spreadsheet row of the last line. */
	lastRow: number;
	/** Each column's text (index 0 is column A), lines joined with `\n`, trimmed; empty cells are `''`. */
	cells: string[];
	/** Each column's value as the spreadsheet holds it (top cell of the column), for number and date cells. */
	values: ExcelJS.CellValue[];
}

/** The text a cell shows: rich text joined, a formula's result, a date as `YYYY-MM-DD`, line breaks as `\n`. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value).replace(/_x000D_|\r/gu, '');
	if ('richText' in value)
		return value.richText
			.map((part) => part.text)
			.join('')
			.replace(/_x000D_|\r/gu, '');
	if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
	if ('text' in value) return String(value.text);
	return '';
}

const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Opens an `.xlsx` workbook. Anything else (a renamed CSV, a damaged file, an old `.xls`) and a workbook
 * without a single filled cell are a `WorkbookProblem` at its first cell.
 */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
	const start = { sheet: '', row: 1, column: 1 };
	const bytes = readFileSync(file);
	const notXlsx = {
		en: 'This file is not an Excel workbook (.xlsx). Save it from the spreadsheet as “Excel Workbook (.xlsx)”; a CSV or an old .xls renamed to .xlsx cannot be read.',
		ja: 'このファイルは Excel ブック（.xlsx）ではありません。表計算ソフトで「Excel ブック（.xlsx）」として保存してください。CSV や古い .xls の名前を .xlsx に変えただけでは読み込めません。',
	};
	if (!bytes.subarray(0, 4).equals(zipSignature)) throw new WorkbookProblem(start, notXlsx);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	} catch {
		throw new WorkbookProblem(start, notXlsx);
	}
	const filled = workbook.worksheets.some((sheet) => sheet.actualRowCount > 0 && sheetHasText(sheet));
	if (!filled)
		throw new WorkbookProblem(start, {
			en: 'The workbook is empty: no sheet has any filled cell.',
			ja: 'ブックが空です。どのシートにも入力されたセルがありません。',
		});
	return workbook;
}

function sheetHasText(sheet: ExcelJS.Worksheet): boolean {
	let found = false;
	sheet.eachRow((row) => row.eachCell((cell) => (found ||= cellText(cell.value).trim() !== '')));
	return found;
}

interface Range {
	top: number;
	left: number;
	bottom: number;
	right: number;
	address: string;
}

function mergedRanges(sheet: ExcelJS.Worksheet): Range[] {
	const merges = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
	return merges.map((address) => {
		const [from, to = from] = address.split(':');
		const a = sheet.getCell(from);
		const b = sheet.getCell(to);
		return { top: Number(a.row), left: Number(a.col), bottom: Number(b.row), right: Number(b.col), address };
	});
}

/** A cell's own text; the cells a merged cell covers, other than its top-left one, are empty. */
function ownText(sheet: ExcelJS.Worksheet, row: number, column: number): { text: string; value: ExcelJS.CellValue } {
	const cell = sheet.getCell(row, column);
	if (cell.isMerged && cell.master.address !== cell.address) return { text: '', value: null };
	return { text: cellText(cell.value).trim(), value: cell.value };
}

const headerWords = ['順位', '取組項目', '年度目標設定'];
const isHeaderRow = (cells: string[]) => cells.some((text) => headerWords.includes(text.replace(/\s+/gu, '').split('\n')[0]));

/**
 * Reads a sheet's rows, joining the rows of an initiative whose rank cell is merged downwards. A merged cell
 * may span rows only inside one initiative (or inside the header rows); one that reaches into another
 * initiative or a 部課名/課の使命 row, and a row with text below an initiative but no rank, are a `WorkbookProblem`.
 */
export function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
	const width = Math.max(sheet.columnCount, 1);
	const merges = mergedRanges(sheet);
	const raw: Array<{ texts: string[]; values: ExcelJS.CellValue[] }> = [];
	for (let row = 1; row <= sheet.rowCount; row += 1) {
		const cells = Array.from({ length: width }, (_, index) => ownText(sheet, row, index + 1));
		raw.push({ texts: cells.map((cell) => cell.text), values: cells.map((cell) => cell.value) });
	}
	const texts = (row: number) => raw[row - 1]?.texts ?? [];
	const isRankRow = (row: number) => parseRankDigits(texts(row)[0] ?? '') !== undefined;
	const isSingleRow = (row: number) => ['部課名', '課の使命'].includes(texts(row)[0] ?? '');
	/** The last row of the initiative starting at each rank row. */
	const blockEnd = new Map<number, number>();
	const blockOf = new Map<number, number>();
	for (let row = 1; row <= raw.length; row += 1) {
		if (!isRankRow(row)) continue;
		const rankMerge = merges.find((range) => range.left === 1 && range.top === row);
		const end = rankMerge?.bottom ?? row;
		blockEnd.set(row, end);
		for (let covered = row; covered <= end; covered += 1) blockOf.set(covered, row);
	}
	const where = (row: number, column: number) => ({ sheet: sheet.name, row, column });
	for (const range of merges.filter(({ top, bottom }) => bottom > top)) {
		const rows = Array.from({ length: range.bottom - range.top + 1 }, (_, index) => range.top + index);
		const blocks = new Set(rows.map((row) => blockOf.get(row)));
		const touchesData = rows.some((row) => blockOf.has(row) || isSingleRow(row));
		if (touchesData && (blocks.size > 1 || rows.some((row) => isSingleRow(row)))) {
			const outside = rows.find((row) => blockOf.get(row) !== blockOf.get(range.top) || isSingleRow(row)) ?? range.top;
			throw new WorkbookProblem(where(outside, range.left), {
				en: `The merged cell ${range.address} spans rows that do not belong to one initiative; a cell may be merged downwards only over the rows of its own initiative (whose 順位 cell is merged over the same rows). Unmerge it.`,
				ja: `結合セル ${range.address} が1つの取組項目に属さない行にまたがっています。縦の結合は、同じ行範囲で「順位」を結合した取組項目の中だけにしてください。結合を解除してください。`,
			});
		}
	}
	const rows: SheetRow[] = [];
	let inInitiatives = false;
	for (let row = 1; row <= raw.length; row += 1) {
		const end = blockEnd.get(row);
		if (end === undefined) {
			const cells = texts(row);
			if (isSingleRow(row)) inInitiatives = false;
			else if (inInitiatives && !blockOf.has(row) && !cells[0] && cells.slice(1).some(Boolean) && !isHeaderRow(cells))
				throw new WorkbookProblem(where(row, 1), {
					en: 'This row has text but no rank (順位). Give it a rank, or, if it continues the initiative above, merge the 順位 cell of that initiative down over this row.',
					ja: 'この行は内容がありますが順位がありません。順位を入れるか、上の取組項目の続きなら、その取組項目の「順位」セルをこの行まで結合してください。',
				});
			if (!blockOf.has(row)) rows.push({ sheet: sheet.name, row, lastRow: row, cells, values: raw[row - 1].values });
			continue;
		}
		inInitiatives = true;
		const block = raw.slice(row - 1, end);
		rows.push({
			sheet: sheet.name,
			row,
			lastRow: end,
			cells: Array.from({ length: width }, (_, column) =>
				block
					.map(({ texts: line }) => line[column])
					.filter(Boolean)
					.join('\n'),
			),
			values: raw[row - 1].values,
		});
	}
	return rows;
}

/** The lines of a cell as a spreadsheet shows them, blank lines dropped. */
export const cellLines = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/** Tables read from a workbook, and the place in it behind each of their line numbers. */
export interface WorkbookTables {
	tables: ExportedTable[];
	/** Where the row with a given line number of `tables` (theirs, 1-based) is in the workbook. */
	placeOf(line: number): WorkbookPlace;
}

/** The rows of every sheet but `skipSheets`, as `sheetRows` reads them. Throws `WorkbookProblem`. */
export function workbookRows(workbook: ExcelJS.Workbook, skipSheets: readonly string[] = []): SheetRow[][] {
	return workbook.worksheets.filter(({ name }) => !skipSheets.includes(name)).map(sheetRows);
}

/**
 * Reads the section tables of a workbook in the city's table layout, one or more per sheet (each starting at a
 * `部課名` row), into the same structure the tab-separated export gives. A rank in any form (`３`, `三`, `③`) is
 * read as a number; line breaks in a cell separate items or paragraphs. Throws `WorkbookProblem` naming the
 * sheet, row and column.
 */
/**
 * The headings only the review workbook has: the English under each Japanese heading, and its publication-date
 * columns. Dropped from heading rows, so that they read as the city's own headings.
 */
const reviewWorkbookHeadings = new Set<string>([
	...[...workbookColumns, ...columnGroups].map((heading) => heading.en),
	...workbookColumns.filter((column) => column.key.endsWith('ReportedOn')).map((column) => column.ja),
	...columnGroups.filter((group) => group.from.endsWith('ReportedOn')).map((group) => group.ja),
]);
const withoutReviewWorkbookHeadings = (text: string) =>
	text
		.split('\n')
		.filter((line) => !reviewWorkbookHeadings.has(line.trim()))
		.join('\n');

export function readWorkbookTables(sheets: SheetRow[][]): WorkbookTables {
	const places: WorkbookPlace[] = [];
	const tables: ExportedTable[] = [];
	// A sheet without any section table (a cover or notes sheet) is not a plan sheet.
	const planSheets = sheets.filter((sheet) => sheet.some((row) => row.cells[0]?.trim().startsWith('部課名')));
	for (const rows of planSheets) {
		const sheet = rows[0].sheet;
		const lines = rows.map((row) => {
			const rank = parseRankDigits(row.cells[0] ?? '');
			// A heading of the review workbook holds its English under the Japanese: the Japanese names the column.
			const cells = rank === undefined ? row.cells.map(withoutReviewWorkbookHeadings) : row.cells;
			return cells
				.map((text, column) => {
					if (column === 0) return String(rank ?? text);
					return tableCell(cellLines(normalizeSubNumbers(text)).map((line) => line.replace(/\t/gu, ' ')));
				})
				.join('\t');
		});
		let sheetTables: ExportedTable[];
		try {
			sheetTables = readPlanTables(lines.join('\n'));
		} catch (error) {
			if (error instanceof ExportRowError) throw new WorkbookProblem({ sheet, row: rows[error.line - 1].row, column: 1 }, error.problem);
			throw error;
		}
		const offset = places.length;
		places.push(...rows.map((row) => ({ sheet, row: row.row, column: 1 })));
		for (const table of sheetTables) {
			table.line += offset;
			for (const initiative of table.initiatives) initiative.line += offset;
			tables.push(table);
		}
	}
	return { tables, placeOf: (line) => places[line - 1] ?? { sheet: '', row: 1, column: 1 } };
}

/** A problem at a place in a workbook as a located, bilingual `DataProblem` of the workbook file (row and column; the sheet in the message). */
export function workbookProblemAt(file: string, place: WorkbookPlace, message: { en: string; ja: string }): DataProblem {
	const where = describePlace(place);
	return {
		file,
		line: place.row,
		column: place.column,
		severity: 'error',
		message: { en: `${where.en.charAt(0).toUpperCase()}${where.en.slice(1)}: ${message.en}`, ja: `${where.ja}：${message.ja}` },
	};
}
