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
	/** What is wrong with the row, in English and Japanese. */
	readonly problem: { en: string; ja: string };
	constructor(line: number, problem: { en: string; ja: string }) {
		super(`line ${line}: ${problem.en}`);
		this.name = 'ExportRowError';
		this.line = line;
		this.problem = problem;
	}
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
 * header rows (which vary in order and width, and repeat after page breaks) are skipped, and
 * every row whose first cell is a number is an initiative.
 */
export function readPlanTables(tsv: string): ExportedTable[] {
	const tables: ExportedTable[] = [];
	const lines = tsv.replace(/^\ufeff/u, '').split(/\r?\n/u);
	lines.forEach((rawLine, index) => {
		const line = index + 1;
		const cells = rawLine.split('\t');
		const head = cells[0]?.trim() ?? '';
		const current = tables.at(-1);
		if (head === '部課名') {
			tables.push({ line, name: removeWrapSpaces(firstFilledCell(cells)), mission: [], initiatives: [] });
		} else if (head === '課の使命') {
			if (!current)
				throw new ExportRowError(line, { en: '課の使命 (mission) before any 部課名 (section name) row', ja: '部課名の行より前に課の使命の行があります' });
			current.mission = splitItems(firstFilledCell(cells));
		} else if (/^\d+$/u.test(head)) {
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
				rank: Number(head),
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
