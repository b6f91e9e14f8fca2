import type { ReviewScales, ScaleLevel } from '../../schemas/review-scales.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';
import { readPlanTypeCell, UnknownPlanTypeError } from './plan-type-cell.ts';
import { normalizeSubNumbers, parseRankDigits } from './rank-digits.ts';
import type { SheetRow, WorkbookPlace } from './read-workbook.ts';
import { columnNumber, workbookColumns, type WorkbookColumnKey } from './workbook-layout.ts';

/** Reports a problem at a cell; readers collect every problem rather than stopping at the first. */
export type ReportProblem = (place: WorkbookPlace, message: { en: string; ja: string }) => void;

/** Text compared without white space, sub-numbers in ASCII. */
export const compact = (text: string) => normalizeSubNumbers(text).replace(/\s+/gu, '');
/** A column's Japanese heading, as messages name it. */
export const heading = (key: WorkbookColumnKey) => workbookColumns[columnNumber(key) - 1].ja;
/** A row's cell in a column, trimmed lines joined with line breaks. */
export const cellOf = (row: SheetRow, key: WorkbookColumnKey) =>
	(row.cells[columnNumber(key) - 1] ?? '')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.join('\n');

/** The scale of a dropdown column. */
export const scaleOf = (key: 'status' | 'rating', scales: ReviewScales): ScaleLevel[] => (key === 'status' ? scales.progressStatus : scales.rating);

/**
 * A status or rating cell read against its scale: a level's Japanese or English label, or its id, white space
 * ignored. An empty cell is undefined; a value off the scale is reported at the cell, with the choices.
 */
export function readScaleCell(row: SheetRow, key: 'status' | 'rating', scales: ReviewScales, report: ReportProblem): ScaleLevel | undefined {
	const text = cellOf(row, key);
	if (!text) return undefined;
	const levels = scaleOf(key, scales);
	const wanted = compact(text).toLowerCase();
	const level = levels.find((candidate) => [candidate.label.ja, candidate.label.en ?? '', candidate.id].some((name) => compact(name).toLowerCase() === wanted));
	if (!level) {
		const choices = levels.map((candidate) => candidate.label.ja).join('、');
		report(
			{ sheet: row.sheet, row: row.row, column: columnNumber(key) },
			{
				en: `${heading(key)} "${text}" is not on the scale of review-scales.yaml; choose one of ${levels.map((candidate) => candidate.label.en ?? candidate.id).join(', ')} (${choices}).`,
				ja: `${heading(key)}「${text}」は review-scales.yaml の選択肢にありません。${choices} から選んでください。`,
			},
		);
	}
	return level;
}

/**
 * Checks the cells of the city's workbook that can be wrong on their own, so each problem names its cell rather
 * than only its row: plan type, progress status and rating. A status or rating given by its English label or id
 * is written as its Japanese label, which the table import reads.
 */
export function checkWorkbookCells(sheets: SheetRow[][], context: { scales: ReviewScales; planTypes: PlanTypes }, report: ReportProblem): void {
	for (const row of sheets.flat().filter((candidate) => parseRankDigits(candidate.cells[0] ?? '') !== undefined)) {
		try {
			readPlanTypeCell(row.cells[columnNumber('planTypes') - 1] ?? '', context.planTypes);
		} catch (error) {
			if (!(error instanceof UnknownPlanTypeError)) throw error;
			report({ sheet: row.sheet, row: row.row, column: columnNumber('planTypes') }, error.problem);
		}
		for (const key of ['status', 'rating'] as const) {
			const level = readScaleCell(row, key, context.scales, report);
			if (level) row.cells[columnNumber(key) - 1] = level.label.ja;
		}
	}
}
