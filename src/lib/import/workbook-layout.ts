/**
 * The layout of the workbooks `npm run export -- --format xlsx` writes and `npm run import` reads: the city's
 * table layout (14 columns, one table per section), with two columns for the days the reviews were published.
 */

/** True for a path `npm run import` reads as a workbook rather than as the tab-separated export. */
export const isWorkbookPath = (file: string) => /\.xlsx$/iu.test(file);

/** A column of a section sheet, in order; the first 14 are the city's. */
export interface WorkbookColumn {
	/** The field the column holds. */
	key: string;
	/** The column heading, as in the city's layout. */
	ja: string;
	/** The heading in English, shown under the Japanese. */
	en: string;
	/** The column width in characters. */
	width: number;
}

export const workbookColumns = [
	{ key: 'rank', ja: '順位', en: 'Rank', width: 6 },
	{ key: 'planTypes', ja: '計画類型', en: 'Plan type', width: 12 },
	{ key: 'title', ja: '取組項目', en: 'Initiative', width: 28 },
	{ key: 'activities', ja: '具体的な活動内容', en: 'Activities', width: 48 },
	{ key: 'indicators', ja: '指標', en: 'Indicators', width: 28 },
	{ key: 'targets', ja: '目標値', en: 'Targets', width: 16 },
	{ key: 'status', ja: '進捗状況', en: 'Progress status', width: 14 },
	{ key: 'firstHalfAssessment', ja: '上半期の状況や評価', en: 'First-half assessment', width: 40 },
	{ key: 'secondHalfPlan', ja: '下半期の予定', en: 'Second-half plan', width: 40 },
	{ key: 'summary', ja: '1年間の総括', en: 'Summary of the year', width: 40 },
	{ key: 'results', ja: '目標値に対する実績値', en: 'Results against targets', width: 18 },
	{ key: 'rating', ja: '評価', en: 'Rating', width: 16 },
	{ key: 'ratingBasis', ja: '評価の視点', en: 'Basis of the rating', width: 36 },
	{ key: 'issuesAndResponse', ja: '課題と対応', en: 'Issues and response', width: 36 },
	{ key: 'midYearReportedOn', ja: '中間確認の公表日', en: 'Mid-year review published on (YYYY-MM-DD)', width: 16 },
	{ key: 'yearEndReportedOn', ja: '年度末確認の公表日', en: 'Year-end review published on (YYYY-MM-DD)', width: 16 },
] as const satisfies readonly WorkbookColumn[];

export type WorkbookColumnKey = (typeof workbookColumns)[number]['key'];

/** The 1-based column number of a field. */
export const columnNumber = (key: WorkbookColumnKey): number => workbookColumns.findIndex((column) => column.key === key) + 1;

/** The spreadsheet letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
	let letters = '';
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** The group headings above the columns (first header row), by the first column of each group. */
export const columnGroups = [
	{ from: 'title', to: 'targets', ja: '年度目標設定', en: 'Targets for the year' },
	{ from: 'status', to: 'secondHalfPlan', ja: '中間確認', en: 'Mid-year review' },
	{ from: 'summary', to: 'issuesAndResponse', ja: '年度末確認', en: 'Year-end review' },
	{ from: 'midYearReportedOn', to: 'yearEndReportedOn', ja: '公表日', en: 'Published on' },
] as const satisfies ReadonlyArray<{ from: WorkbookColumnKey; to: WorkbookColumnKey; ja: string; en: string }>;

/** The sheet that makes a workbook one of ours: what it is, its fiscal year, and which sheet holds which section. */
export const aboutSheetName = 'このファイルについて';
/** The sheet listing each review scale's labels, which the dropdowns offer. */
export const scalesSheetName = '選択肢';
/** Written in the about sheet's cell B2; a workbook holding it is read as a review workbook. */
export const workbookFormat = 'section-plans-review-workbook/1';
/** The about sheet's rows: format (B2), fiscal year (B3), then from row 8 one row per section sheet. */
export const aboutRows = { format: 2, fiscalYear: 3, sheetsHeader: 7, firstSheet: 8 } as const;

/** Rows of a section sheet before the data: 部課名, 課の使命, 実行計画, then the two header rows. */
export const sectionSheetHeaderRows = 5;
