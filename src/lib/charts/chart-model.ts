import type { Language } from '../../schemas/localized-text.ts';
import { toCsv } from '../open-data/csv.ts';

/** A text with the language it is in, for table cells that may fall back to Japanese. */
export interface CellText {
	value: string;
	lang: Language;
}

/** Everything one accessible chart figure shows: heading, summary, the chart's data and the same data as a table. */
export interface ChartModel {
	/** Unique within the page; used for ids. */
	id: string;
	title: string;
	/** One sentence that says what the chart shows, in words. */
	summary: string;
	/** The table's caption. */
	caption: string;
	/** Names the source of the data. */
	source: string;
	/** Column headers of the table; the first column holds each row's label. */
	columns: string[];
	rows: Array<{ label: CellText; cells: CellText[]; numeric: boolean[] }>;
	/** What the client script draws: one bar per label, with its value written beside it. */
	chart: {
		labels: string[];
		values: Array<number | null>;
		/** Text drawn at the end of each bar (so no meaning rests on colour or length alone). */
		valueLabels: string[];
		/** Axis title. */
		axis: string;
		/** Draws a dashed reference line here (e.g. the target at 100 %), labelled. */
		reference?: { value: number; label: string };
		/** Upper end of the value axis, when known (e.g. a count). */
		suggestedMax?: number;
		/** Tone of each bar, for its colour; the value label beside each bar carries the same meaning in text. */
		tones: Array<'good' | 'caution' | 'bad' | 'neutral' | 'plain'>;
	};
	/** The table as CSV (UTF-8 with BOM), for the download link. */
	csv: string;
}

/** The CSV of a chart's table, built from the same rows. */
export function tableCsv(columns: string[], rows: ChartModel['rows']): string {
	return toCsv(
		columns,
		rows.map((row) => [row.label.value, ...row.cells.map((cell) => cell.value)]),
	);
}

/** A `data:` link for a CSV, so that each chart's data downloads without an extra request or file. */
export function csvDataUrl(csv: string): string {
	return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
