import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '~/lib/import/run-import.ts';
import { runWorkbookImport } from '~/lib/import/run-workbook-import.ts';
import { formatProblem } from '~/lib/data/data-problem.ts';
import { listFiles } from '~/lib/files/list-files.ts';
import { snapshotDir, snapshotExport } from '../data-dirs.ts';
import { cityWorkbookFromExport } from './city-workbook.ts';

/** Workbooks are zip files read and written whole, and some tests run the commands: generous on a busy machine. */
const workbookTestTimeout = 30_000;

const temporary: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-workbook-'));
	temporary.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every plan file under a folder, parsed, without `source` (which names the file imported from). */
const plansIn = (dir: string) =>
	Object.fromEntries(
		listFiles(dir, /\.yaml$/u).map((file) => {
			const { source, ...plan } = parse(readFileSync(file, 'utf8'));
			return [path.relative(dir, file), plan];
		}),
	);

async function seedWorkbook(): Promise<string> {
	const file = path.join(tempDir(), 'city.xlsx');
	await cityWorkbookFromExport(readFileSync(snapshotExport, 'utf8'), file);
	return file;
}

/** Imports a workbook into an empty folder, as a new fiscal year's plans would be. */
async function importWorkbook(input: string) {
	const out = tempDir();
	const report = await runWorkbookImport({ input, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false });
	return { report, out };
}

/** Changes a workbook file through exceljs, as a spreadsheet would. */
async function editWorkbook(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	change(workbook);
	await workbook.xlsx.writeFile(file);
}

describe('the city’s .xlsx workbook', { timeout: workbookTestTimeout }, () => {
	it('imports to the same data as the tab-separated export it was built from (merged multi-row initiatives, line breaks, full-width digits, ①②)', async () => {
		const tsvOut = tempDir();
		const fromTsv = runImport({ input: snapshotExport, fiscalYear: 2025, dataDir: snapshotDir, outDir: tsvOut, force: false });
		expect(fromTsv.errors).toEqual([]);
		const { report, out } = await importWorkbook(await seedWorkbook());
		expect(report.errors.map(formatProblem)).toEqual([]);
		expect(report.mode).toBe('plans');
		expect(report.outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('created'));
		expect(plansIn(out)).toEqual(plansIn(tsvOut));
		expect(Object.keys(plansIn(out))).toHaveLength(5);
	});

	it('records the workbook and the row of the section’s table as the plans’ source', async () => {
		const input = await seedWorkbook();
		const { out } = await importWorkbook(input);
		const plan = parse(readFileSync(path.join(out, '2025/policy-management/public-facilities-restructuring.yaml'), 'utf8'));
		expect(plan.source).toEqual({ file: path.relative(process.cwd(), input), line: 1 });
	});

	it('refuses, like the export, to change existing plans without --force', async () => {
		const input = await seedWorkbook();
		const out = tempDir();
		await runWorkbookImport({ input, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false });
		await editWorkbook(input, (workbook) => {
			workbook.getWorksheet('表1')!.getCell('C6').value = '題名を変えた取組';
		});
		const file = path.join(out, '2025/policy-management/public-facilities-restructuring.yaml');
		const before = readFileSync(file, 'utf8');
		const again = await runWorkbookImport({ input, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false });
		expect(again.wrote).toBe(false);
		expect(again.outcomes.find((outcome) => outcome.status === 'refused')?.differences).toContain('initiatives[0].title.ja');
		expect(readFileSync(file, 'utf8')).toBe(before);
	});
});

describe('reviews in the city’s workbook', { timeout: workbookTestTimeout }, () => {
	it('are read by the scale’s Japanese or English label or id', async () => {
		const input = await seedWorkbook();
		await editWorkbook(input, (workbook) => {
			const sheet = workbook.getWorksheet('表1')!;
			const cells = { G6: 'On track', H6: '上半期', I6: '下半期', J7: '総括', L7: '達成', M7: '視点', N7: '課題', G8: 'behind', H8: 'a', I8: 'b' };
			for (const [cell, value] of Object.entries(cells)) sheet.getCell(cell).value = value;
		});
		const { report, out } = await importWorkbook(input);
		expect(report.errors.map(formatProblem)).toEqual([]);
		const plan = parse(readFileSync(path.join(out, '2025/policy-management/public-facilities-restructuring.yaml'), 'utf8'));
		const levels = plan.initiatives
			.slice(0, 3)
			.map((initiative: { review?: { midYear?: { status: string }; yearEnd?: { rating: string } } }) => [
				initiative.review?.midYear?.status,
				initiative.review?.yearEnd?.rating,
			]);
		expect(levels).toEqual([
			['on-track', undefined],
			[undefined, 'achieved'],
			['behind', undefined],
		]);
	});
});

describe('a workbook that cannot be read gets located, bilingual errors and nothing is written', { timeout: workbookTestTimeout }, () => {
	async function expectError(input: string, pattern: RegExp) {
		const { report, out } = await importWorkbook(input);
		expect(report.wrote).toBe(false);
		expect(readdirSync(out)).toEqual([]);
		const messages = report.errors.map(formatProblem);
		expect(
			messages.some((message) => pattern.test(message)),
			messages.join('\n'),
		).toBe(true);
		for (const message of messages) expect(message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
		return messages;
	}

	it('a renamed CSV', async () => {
		const input = path.join(tempDir(), 'plans.xlsx');
		writeFileSync(input, '部課名,,政策経営部秘書課\n1,-,題\n');
		await expectError(input, /plans\.xlsx:1:1 error: Cell A1: This file is not an Excel workbook \(\.xlsx\)[^\n]*\n {4}セル A1：このファイルは Excel ブック/u);
	});

	it('a damaged workbook (a zip that is not a workbook)', async () => {
		const input = path.join(tempDir(), 'plans.xlsx');
		writeFileSync(input, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]));
		await expectError(input, /:1:1 error: Cell A1: This file is not an Excel workbook/u);
	});

	it('an empty workbook', async () => {
		const input = path.join(tempDir(), 'empty.xlsx');
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Sheet1');
		await workbook.xlsx.writeFile(input);
		await expectError(input, /empty\.xlsx:1:1 error: Cell A1: The workbook is empty[^\n]*\n {4}セル A1：ブックが空です/u);
	});

	it('a workbook without any section table', async () => {
		const input = path.join(tempDir(), 'other.xlsx');
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('メモ').getCell('A1').value = '会議の日程';
		await workbook.xlsx.writeFile(input);
		await expectError(input, /No table found/u);
	});

	it('a cell merged down across two initiatives', async () => {
		const input = await seedWorkbook();
		await editWorkbook(input, (workbook) => workbook.getWorksheet('表1')!.mergeCells('M6:M7'));
		await expectError(
			input,
			/:7:13 error: Sheet "表1", cell M7: The merged cell M6:M7 spans rows that do not belong to one initiative[^\n]*\n {4}シート「表1」のセル M7：結合セル M6:M7/u,
		);
	});

	it('a cell merged down from the mission row into the header', async () => {
		const input = await seedWorkbook();
		await editWorkbook(input, (workbook) => workbook.getWorksheet('表2')!.mergeCells('A2:A3'));
		await expectError(input, /:2:1 error: Sheet "表2", cell A2: The merged cell A2:A3/u);
	});

	it('a row with text below an initiative but no rank', async () => {
		const input = await seedWorkbook();
		await editWorkbook(input, (workbook) => {
			const sheet = workbook.getWorksheet('表2')!;
			sheet.getCell(sheet.rowCount + 1, 3).value = '順位のない取組';
		});
		await expectError(input, /error: Sheet "表2", cell A\d+: This row has text but no rank \(順位\)/u);
	});

	it('a plan type no mapping fits, at its row', async () => {
		const input = await seedWorkbook();
		await editWorkbook(input, (workbook) => {
			workbook.getWorksheet('表1')!.getCell('B6').value = '特別枠';
		});
		await expectError(
			input,
			/:6:2 error: Sheet "表1", cell B6: Unknown plan type "特別枠"[^\n]*\n {4}シート「表1」のセル B6：計画類型「特別枠」は定義にありません/u,
		);
	});

	it('a status and a rating outside the scale, each at its cell', async () => {
		const input = await seedWorkbook();
		await editWorkbook(input, (workbook) => {
			const sheet = workbook.getWorksheet('表1')!;
			const cells = { G6: 'まあまあ', H6: '上半期', I6: '下半期', J7: '総括', L7: 'so-so', M7: '視点', N7: '課題' };
			for (const [cell, value] of Object.entries(cells)) sheet.getCell(cell).value = value;
		});
		const messages = await expectError(input, /:6:7 error: Sheet "表1", cell G6: 進捗状況 "まあまあ" is not on the scale/u);
		expect(messages.some((message) => /:7:12 error: Sheet "表1", cell L7: 評価 "so-so"/u.test(message))).toBe(true);
	});
});
