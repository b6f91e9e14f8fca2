import { neutraliseCell } from './spreadsheet-cell.ts';

/**
 * One CSV field: a text that would start a spreadsheet formula is neutralised (`neutraliseCell`), then the field
 * is quoted when it holds a comma, quote or line break (RFC 4180). Numbers are written as they are.
 */
export function csvField(value: string | number | undefined): string {
	const text = value === undefined ? '' : typeof value === 'number' ? String(value) : neutraliseCell(value);
	return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document: UTF-8 with a byte-order mark so that Excel in Japan opens it as UTF-8,
 * CRLF line endings, a header row, then one row per record.
 */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
	return `\ufeff${[headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
