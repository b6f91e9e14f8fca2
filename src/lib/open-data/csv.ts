/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document: UTF-8 with a byte-order mark so that Excel in Japan opens it as UTF-8,
 * CRLF line endings, a header row, then one row per record.
 */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
	return `\ufeff${[headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
