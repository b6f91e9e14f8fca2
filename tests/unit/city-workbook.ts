import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** A cell of the table export as the lines a spreadsheet cell shows: `<ul>` lists by sentence, `<p>` by paragraph. */
function lines(cell: string): string[] {
	if (/<ul\b/iu.test(cell))
		return cell
			.replace(/<\/?ul[^>]*>/giu, ' ')
			.trim()
			.split(/(?<=。)\s+/u);
	if (/<p>/iu.test(cell))
		return cell
			.split(/<\/?p>/iu)
			.map((part) => part.trim())
			.filter(Boolean);
	return cell.split(/\s+(?=※)/u).filter(Boolean);
}

/** The numbered items of an indicator, target or result cell, one per row of a multi-row initiative. */
function items(cell: string): string[] {
	const split = lines(cell).flatMap((line) => (/^[①-⑳]/u.test(line) ? line.split(/\s+(?=[①-⑳])/u) : [line]));
	return split.map((item) =>
		item.replace(/([①-⑳]ー)(\d+)/gu, (_, marker: string, digits: string) => marker + String.fromCharCode(...[...digits].map((d) => d.charCodeAt(0) + 0xfee0))),
	);
}

const fullWidth = (number: string) => String.fromCharCode(...[...number].map((digit) => digit.charCodeAt(0) + 0xfee0));
const itemColumns = new Set([4, 5, 10]);

/**
 * Builds the city's workbook from its tab-separated export, as staff keep it: a sheet per section table (the
 * last two tables share a sheet), an initiative with several numbered indicators spread over as many rows with its
 * rank, plan type, title and other cells merged down, line breaks inside cells (some `\r\n`), every other rank in
 * full-width digits, and sub-numbers in full-width digits (`①ー１`).
 */
export async function cityWorkbookFromExport(tsv: string, file: string): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	const tables: string[][][] = [];
	for (const line of tsv.replace(/^\ufeff/u, '').split(/\r?\n/u)) {
		const cells = line.split('\t');
		if (cells[0] === '部課名') tables.push([]);
		tables.at(-1)?.push(cells);
	}
	let sheet: ExcelJS.Worksheet | undefined;
	let row = 0;
	tables.forEach((table, tableIndex) => {
		if (!sheet || tableIndex < tables.length - 1) {
			sheet = workbook.addWorksheet(`表${tableIndex + 1}`);
			row = 0;
		} else row += 1;
		for (const cells of table) {
			row += 1;
			if (!/^\d+$/u.test(cells[0])) {
				cells.forEach((cell, column) => (sheet!.getCell(row, column + 1).value = lines(cell).join('\n')));
				continue;
			}
			const perRow = cells.map((cell, column) => (itemColumns.has(column) ? items(cell) : []));
			const height = Math.max(1, ...perRow.map((list) => list.length));
			cells.forEach((cell, column) => {
				const top = sheet!.getCell(row, column + 1);
				if (column === 0) top.value = Number(cell) % 2 === 0 ? fullWidth(cell) : Number(cell);
				else if (itemColumns.has(column) && perRow[column].length === height && height > 1)
					perRow[column].forEach((item, offset) => (sheet!.getCell(row + offset, column + 1).value = item));
				else top.value = lines(cell).join(tableIndex === 0 ? '\r\n' : '\n');
				if (height > 1 && !(itemColumns.has(column) && perRow[column].length === height)) sheet!.mergeCells(row, column + 1, row + height - 1, column + 1);
			});
			row += height - 1;
		}
	});
	writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}
