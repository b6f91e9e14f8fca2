/**
 * The characters with which a spreadsheet (Excel, LibreOffice, Google Sheets) starts a formula when it opens a
 * CSV or TSV file: `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection").
 */
const formulaStart = /^[=+\-@\t\r]/u;

/**
 * A text cell made safe to open in a spreadsheet, as OWASP recommends: a cell that starts a formula gets a single
 * quote in front (`=HYPERLINK(…)` → `'=HYPERLINK(…)`), so it is shown as text and never run. A legitimate value is
 * marked too (`-5%` → `'-5%`, `-` → `'-`); the open-data page says so. Numbers are written as numbers, unchanged.
 */
export function neutraliseCell(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/** A cell read back from a file this project wrote: the quote `neutraliseCell` added is removed again. */
export function restoreCell(text: string): string {
	return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}
