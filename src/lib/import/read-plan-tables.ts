import { parseRankDigits } from './rank-digits.ts';
import { restoreCell } from '../open-data/spreadsheet-cell.ts';
import { removeWrapSpaces, repairParagraphs, splitItems, splitNotes, type SplitItem } from './repair-text.ts';

/** One initiative row of an export table, repaired but not yet matched to ids. */
export interface ExportedInitiative {
	/** Line of the export the row is on (1-based). */
	line: number;
	rank: number;
	/** The plan-type cell as exported (read against the data set's plan types when the plan is made). */
	planTypeCell: string;
	title: string;
	activities: SplitItem[];
	indicators: SplitItem[];
	targets: SplitItem[];
	notes: string[];
	/**
	 * The review columns, repaired, in the order every table uses for its data rows:
	 * progress status, first-half assessment, second-half plan, annual summary, results,
	 * rating, basis of the rating, issues and response. Empty in an export made before review.
	 */
	review: ExportedReview;
}

/** The review cells of an initiative row; empty strings where nothing is reported. */
export interface ExportedReview {
	status: string;
	firstHalfAssessment: string;
	secondHalfPlan: string;
	summary: string;
	results: SplitItem[];
	rating: string;
	ratingBasis: string;
	issuesAndResponse: string;
}

/** One section's table of an export. */
export interface ExportedTable {
	/** Line of the `部課名` row (1-based). */
	line: number;
	/** The department-and-section name as published, e.g. `政策経営部企画政策課 公共施設再編担当`. */
	name: string;
	mission: SplitItem[];
	initiatives: ExportedInitiative[];
}

/** A row the reader cannot make sense of; names the export line and says what is wrong in both languages. */
export class ExportRowError extends Error {
	/** The export line (1-based). */
	readonly line: number;
	/** The column (1-based, in characters) of the cell at fault; 1 when the whole row is. */
	readonly column: number;
	/** What is wrong with the row, in English and Japanese. */
	readonly problem: { en: string; ja: string };
	constructor(line: number, problem: { en: string; ja: string }, column = 1) {
		super(`line ${line}: ${problem.en}`);
		this.name = 'ExportRowError';
		this.line = line;
		this.column = column;
		this.problem = problem;
	}
}

/** The words of the header rows (which vary in order and width, and repeat after page breaks), without spaces. */
const headerWords = new Set([
	'順位',
	'計画類型',
	'年度目標設定',
	'実行計画(年度目標)',
	'取組項目',
	'具体的な活動内容',
	'指標',
	'目標値',
	'中間確認',
	'進捗状況',
	'上半期の状況や評価',
	'下半期の予定',
	'年度末確認',
	'年度未確認',
	'1年間の総括',
	'目標値に対する実績値',
	'評価',
	'評価の視点',
	'課題と対応',
]);
const headerWord = (cell: string) => headerWords.has(cell.normalize('NFKC').replace(/\s+/gu, ''));

/** The 1-based column, in characters, at which a row's cell starts. */
const columnOf = (cells: string[], index: number) => cells.slice(0, index).reduce((sum, cell) => sum + cell.length + 1, 1);

/**
 * What a row of the export is: blank, the start of a section's table, its mission, a header row, or an initiative
 * (its rank in any digit form, see `parseRankDigits`). A row that is none of these is an error naming its line and
 * the column of the cell that could not be read, so that no data row is ever skipped silently.
 */
function classifyRow(cells: string[], line: number): { kind: 'blank' | 'section' | 'mission' | 'header' } | { kind: 'initiative'; rank: number } {
	const head = cells[0]?.trim() ?? '';
	if (cells.every((cell) => cell.trim() === '')) return { kind: 'blank' };
	if (head === '部課名') return { kind: 'section' };
	if (head === '課の使命') return { kind: 'mission' };
	const rank = parseRankDigits(head);
	if (rank !== undefined) return { kind: 'initiative', rank };
	if (head ? headerWord(head) : cells.every((cell) => cell.trim() === '' || headerWord(cell))) return { kind: 'header' };
	const at = head ? 0 : cells.findIndex((cell) => cell.trim() !== '' && !headerWord(cell));
	throw new ExportRowError(
		line,
		head
			? {
					en: `cannot read the first cell "${head}" as a rank (1, 2, 3…) or a heading (部課名, 課の使命, 順位…); no row is skipped, so correct it or remove the row`,
					ja: `先頭のセル「${head}」を順位（1, 2, 3…）にも見出し（部課名、課の使命、順位…）にも読めません。行を飛ばさないため、直すか行を削除してください`,
				}
			: {
					en: 'this row has text but no rank in its first cell; no row is skipped, so write its rank or remove the row',
					ja: 'この行には内容がありますが、先頭のセルに順位がありません。行を飛ばさないため、順位を書くか行を削除してください',
				},
		columnOf(cells, at),
	);
}

function firstFilledCell(cells: string[]): string {
	return (
		cells
			.slice(1)
			.find((cell) => cell.trim() !== '')
			?.trim() ?? ''
	);
}

/**
 * Reads the tab-separated plan-table export: one table per section, starting at a `部課名` row;
 * blank and header rows are skipped, every row whose first cell is a rank is an initiative, and any other
 * row is an error (see `classifyRow`). Cells this project's export neutralised for spreadsheets are restored.
 */
export function readPlanTables(tsv: string): ExportedTable[] {
	const tables: ExportedTable[] = [];
	const lines = tsv.replace(/^\ufeff/u, '').split(/\r?\n/u);
	lines.forEach((rawLine, index) => {
		const line = index + 1;
		const cells = rawLine.split('\t').map(restoreCell);
		const head = cells[0]?.trim() ?? '';
		const current = tables.at(-1);
		const row = classifyRow(cells, line);
		if (row.kind === 'section') {
			tables.push({ line, name: removeWrapSpaces(firstFilledCell(cells)), mission: [], initiatives: [] });
		} else if (row.kind === 'mission') {
			if (!current)
				throw new ExportRowError(line, { en: '課の使命 (mission) before any 部課名 (section name) row', ja: '部課名の行より前に課の使命の行があります' });
			current.mission = splitItems(firstFilledCell(cells));
		} else if (row.kind === 'initiative') {
			if (!current)
				throw new ExportRowError(line, { en: 'an initiative row before any 部課名 (section name) row', ja: '部課名の行より前に取組項目の行があります' });
			const [, planType = '', title = '', activities = '', indicators = '', targets = '', ...reviewCells] = cells;
			const [status = '', firstHalf = '', secondHalf = '', summary = '', results = '', rating = '', ratingBasis = '', issues = ''] = reviewCells;
			if (!title.trim() || !activities.trim() || !indicators.trim() || !targets.trim()) {
				throw new ExportRowError(line, {
					en: `initiative ${head} lacks a title, activities, indicator or target cell`,
					ja: `取組項目 ${head} に、取組項目名・具体的な活動内容・指標・目標値のいずれかがありません`,
				});
			}
			const { text: indicatorText, notes } = splitNotes(indicators);
			current.initiatives.push({
				line,
				rank: row.rank,
				planTypeCell: planType,
				title: removeWrapSpaces(title),
				activities: splitItems(activities),
				indicators: splitItems(indicatorText, { circledOnly: true }),
				targets: splitItems(targets, { circledOnly: true }),
				notes,
				review: {
					status: removeWrapSpaces(status),
					firstHalfAssessment: repairParagraphs(firstHalf),
					secondHalfPlan: repairParagraphs(secondHalf),
					summary: repairParagraphs(summary),
					results: splitItems(results, { circledOnly: true }),
					rating: removeWrapSpaces(rating),
					ratingBasis: repairParagraphs(ratingBasis),
					issuesAndResponse: repairParagraphs(issues),
				},
			});
		}
	});
	return tables;
}
