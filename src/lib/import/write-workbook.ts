import ExcelJS from 'exceljs';
import type { Plan } from '../../schemas/plan.ts';
import type { ScaleLevel } from '../../schemas/review-scales.ts';
import { initiativeCells, missionLines, sectionTableName, type PlanTableContext } from './write-plan-tables.ts';
import {
	aboutRows,
	aboutSheetName,
	columnGroups,
	columnLetter,
	columnNumber,
	scalesSheetName,
	sectionSheetHeaderRows,
	workbookColumns,
	workbookFormat,
	type WorkbookColumnKey,
} from './workbook-layout.ts';

/** Characters a sheet name may not hold, and its greatest length, in Excel. */
const forbiddenInSheetName = /[:\\/?*[\]]/gu;
const sheetNameLength = 31;

/** A sheet name for each plan: the section's name as the city writes it, made valid and unique. */
export function sheetNames(plans: readonly Plan[], context: Pick<PlanTableContext, 'organization'>): string[] {
	const taken = new Set([aboutSheetName, scalesSheetName]);
	return plans.map((plan) => {
		const section = context.organization.departments.find(({ id }) => id === plan.department)!.sections.find(({ id }) => id === plan.section)!;
		const base = section.name.ja.replace(forbiddenInSheetName, '・').slice(0, sheetNameLength);
		let name = base;
		for (let n = 2; taken.has(name); n += 1) name = `${base.slice(0, sheetNameLength - String(n).length - 2)}（${n}）`;
		taken.add(name);
		return name;
	});
}

const heading = (text: { ja: string; en: string }) => `${text.ja}\n${text.en}`;
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
/** Plan text is shaded: it is there to read, not to change (the review import refuses changes to it). */
const planFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const headerFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDDE6F0' } };
const wrapTop = { wrapText: true, vertical: 'top' as const };
const reviewKeys = new Set<WorkbookColumnKey>(workbookColumns.slice(columnNumber('status') - 1).map(({ key }) => key));

/** `YYYY-MM-DD` as the date cell a spreadsheet shows as that day. */
const dateCell = (day: string | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

function addScalesSheet(workbook: ExcelJS.Workbook, scales: PlanTableContext['scales']): Record<'status' | 'rating', string> {
	const sheet = workbook.addWorksheet(scalesSheetName);
	const lists = {
		status: { column: 1, levels: scales.progressStatus, title: '進捗状況 / Progress status' },
		rating: { column: 5, levels: scales.rating, title: '評価 / Rating' },
	};
	const ranges = { status: '', rating: '' };
	for (const [key, { column, levels, title }] of Object.entries(lists) as Array<
		[keyof typeof lists, { column: number; levels: ScaleLevel[]; title: string }]
	>) {
		sheet.getCell(1, column).value = title;
		sheet.getCell(1, column + 1).value = 'English';
		sheet.getCell(1, column + 2).value = 'id';
		levels.forEach((level, index) => {
			sheet.getCell(index + 2, column).value = level.label.ja;
			sheet.getCell(index + 2, column + 1).value = level.label.en ?? '';
			sheet.getCell(index + 2, column + 2).value = level.id;
		});
		const letter = columnLetter(column);
		ranges[key] = `'${scalesSheetName}'!$${letter}$2:$${letter}$${levels.length + 1}`;
		for (const offset of [0, 1, 2]) sheet.getColumn(column + offset).width = offset === 2 ? 18 : 22;
	}
	sheet.getRow(1).font = { bold: true };
	return ranges;
}

function addAboutSheet(workbook: ExcelJS.Workbook, fiscalYear: number, plans: readonly Plan[], names: string[]): void {
	const sheet = workbook.addWorksheet(aboutSheetName);
	sheet.getCell('A1').value = '振り返り入力用ブック / Review workbook';
	sheet.getCell('A1').font = { bold: true, size: 14 };
	sheet.getCell(aboutRows.format, 1).value = '形式 / Format';
	sheet.getCell(aboutRows.format, 2).value = workbookFormat;
	sheet.getCell(aboutRows.fiscalYear, 1).value = '年度 / Fiscal year';
	sheet.getCell(aboutRows.fiscalYear, 2).value = fiscalYear;
	sheet.getCell('A4').value =
		'各課のシートの白い列（進捗状況から公表日まで）に振り返りを入力し、npm run import で取り込みます。灰色の列は計画本文で、取り込まれません（変えるとエラーになります）。このシートとシート名は変えないでください。';
	sheet.getCell('A5').value =
		'Fill in the reviews in the white columns of each section sheet (progress status to publication dates), then run npm run import. The grey columns are the official plan text and are not imported (changing them is an error). Do not change this sheet or the sheet names.';
	for (const row of [4, 5]) {
		sheet.mergeCells(row, 1, row, 4);
		sheet.getCell(row, 1).alignment = wrapTop;
		sheet.getRow(row).height = 48;
	}
	const header = sheet.getRow(aboutRows.sheetsHeader);
	header.values = ['シート / Sheet', '部 / Department', '課 / Section', 'ファイル / File'];
	header.font = { bold: true };
	plans.forEach((plan, index) => {
		sheet.getRow(aboutRows.firstSheet + index).values = [
			names[index],
			plan.department,
			plan.section,
			`plans/${plan.fiscalYear}/${plan.department}/${plan.section}.yaml`,
		];
	});
	for (const [column, width] of [22, 24, 30, 56].entries()) sheet.getColumn(column + 1).width = width;
}

function addSectionSheet(sheet: ExcelJS.Worksheet, plan: Plan, context: PlanTableContext, dropdowns: Record<'status' | 'rating', string>): void {
	const last = workbookColumns.length;
	sheet.getCell('A1').value = '部課名';
	sheet.getCell('C1').value = sectionTableName(plan, context.organization);
	sheet.getCell('A2').value = '課の使命';
	sheet.getCell('C2').value = missionLines(plan).join('\n');
	sheet.getCell('A3').value = '実行計画（年度目標）';
	for (const row of [1, 2]) {
		sheet.mergeCells(row, 3, row, last);
		sheet.getCell(row, 3).alignment = wrapTop;
		sheet.getCell(row, 1).font = { bold: true };
	}
	sheet.getRow(2).height = Math.min(15 * (missionLines(plan).length + 1), 120);
	// The city's two header rows: group headings above, column headings below; 順位 and 計画類型 span both.
	for (const group of columnGroups) {
		sheet.mergeCells(4, columnNumber(group.from), 4, columnNumber(group.to));
		sheet.getCell(4, columnNumber(group.from)).value = heading(group);
	}
	workbookColumns.forEach((column, index) => {
		sheet.getColumn(index + 1).width = column.width;
		if (index < 2) {
			sheet.mergeCells(4, index + 1, 5, index + 1);
			sheet.getCell(4, index + 1).value = heading(column);
		} else sheet.getCell(5, index + 1).value = heading(column);
	});
	for (const row of [4, 5])
		for (let column = 1; column <= last; column += 1)
			Object.assign(sheet.getCell(row, column), { font: { bold: true }, fill: headerFill, border, alignment: { ...wrapTop, horizontal: 'center' } });
	sheet.getRow(5).height = 45;
	plan.initiatives.forEach((initiative, index) => {
		const row = sectionSheetHeaderRows + 1 + index;
		const cells = initiativeCells(initiative, context);
		workbookColumns.forEach((column, position) => {
			const cell = sheet.getCell(row, position + 1);
			if (column.key === 'rank') cell.value = initiative.rank;
			else if (column.key === 'midYearReportedOn') cell.value = dateCell(initiative.review.midYear?.reportedOn);
			else if (column.key === 'yearEndReportedOn') cell.value = dateCell(initiative.review.yearEnd?.reportedOn);
			else cell.value = cells[position].join('\n');
			cell.alignment = wrapTop;
			cell.border = border;
			if (!reviewKeys.has(column.key)) cell.fill = planFill;
			if (column.key === 'status' || column.key === 'rating') {
				const what = column.key === 'status' ? '進捗状況 / Progress status' : '評価 / Rating';
				cell.dataValidation = {
					type: 'list',
					allowBlank: true,
					formulae: [dropdowns[column.key]],
					showErrorMessage: true,
					errorStyle: 'stop',
					errorTitle: what,
					error: '一覧から選んでください。 / Choose a value from the list.',
				};
			} else if (column.key === 'midYearReportedOn' || column.key === 'yearEndReportedOn') {
				cell.numFmt = 'yyyy-mm-dd';
				cell.dataValidation = {
					type: 'date',
					operator: 'greaterThan',
					allowBlank: true,
					formulae: [new Date(Date.UTC(2000, 0, 1))],
					showErrorMessage: true,
					errorStyle: 'stop',
					errorTitle: column.ja,
					error: '日付を YYYY-MM-DD で入力してください。 / Enter a date as YYYY-MM-DD.',
				};
			}
		});
	});
	sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: sectionSheetHeaderRows }];
	sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 as ExcelJS.PaperSize }; // A4
}

/**
 * Writes a fiscal year's plans as a review workbook: a sheet per section in the city's table layout (official
 * Japanese, shaded) with the review columns to fill in (dropdowns of the review scales, date cells), headings in
 * Japanese and English, the header rows frozen; a sheet of the scales' labels; and a sheet saying which sheet
 * holds which plan file, which makes `npm run import` read the workbook back as reviews only.
 */
export async function writeWorkbook(plans: readonly Plan[], context: PlanTableContext, fiscalYear: number): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'npm run export';
	const names = sheetNames(plans, context);
	addAboutSheet(workbook, fiscalYear, plans, names);
	const sections = plans.map((_, index) => workbook.addWorksheet(names[index]));
	const dropdowns = addScalesSheet(workbook, context.scales);
	plans.forEach((plan, index) => addSectionSheet(sections[index], plan, context, dropdowns));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
