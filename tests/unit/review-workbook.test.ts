import { readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runWorkbookImport } from '~/lib/import/run-workbook-import.ts';
import { writeWorkbook } from '~/lib/import/write-workbook.ts';
import { aboutSheetName, scalesSheetName } from '~/lib/import/workbook-layout.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { formatProblem } from '~/lib/data/data-problem.ts';
import { listFiles } from '~/lib/files/list-files.ts';
import { copyData } from './data-copy.ts';
import { runScript } from './run-cli.ts';
import { fictionalDir, snapshotDir } from '../data-dirs.ts';

/** Workbooks are zip files read and written whole, and some tests run the commands: generous on a busy machine. */
const workbookTestTimeout = 30_000;

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a data set and the review workbook `npm run export -- --format xlsx` writes of its FY2025 plans. */
async function exported(source = snapshotDir) {
	const data = copyData(source);
	temporary.push(data.dir);
	const { dataset } = loadDataset(data.dir);
	const plans = dataset!.plans.map(({ plan }) => plan).filter((plan) => plan.fiscalYear === 2025);
	const file = path.join(data.dir, 'reviews.xlsx');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await writeWorkbook(plans, dataset!, 2025)) as unknown as ExcelJS.Buffer);
	const snapshot = () => Object.fromEntries(listFiles(path.join(data.dir, 'plans'), /\.yaml$/u).map((plan) => [plan, readFileSync(plan, 'utf8')]));
	return {
		dir: data.dir,
		file,
		workbook,
		before: snapshot(),
		snapshot,
		/** Saves the workbook (after the test's edits) and imports it. */
		async importIt(options: { force?: boolean; fiscalYear?: number } = {}) {
			await workbook.xlsx.writeFile(file);
			return runWorkbookImport({ input: file, fiscalYear: options.fiscalYear ?? 2025, dataDir: data.dir, force: options.force ?? false });
		},
	};
}

/** Sets cells of a sheet: `{ G6: '順調', … }`. */
function fill(sheet: ExcelJS.Worksheet, cells: Record<string, ExcelJS.CellValue>) {
	for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
}

/** True when `shorter`'s lines all appear, in order, among `longer`'s: only lines were added. */
function onlyAddsLines(shorter: string, longer: string): boolean {
	const wanted = shorter.split('\n');
	let next = 0;
	for (const line of longer.split('\n')) if (line === wanted[next]) next += 1;
	return next === wanted.length;
}

describe('the review workbook', { timeout: workbookTestTimeout }, () => {
	it('is written in the city’s layout: Japanese and English headings, frozen header rows, scale dropdowns, date cells', async () => {
		const { workbook } = await exported();
		const names = workbook.worksheets.map((sheet) => sheet.name);
		expect([names[0], names.at(-1)]).toEqual([aboutSheetName, scalesSheetName]);
		expect(names.slice(1, -1).sort()).toEqual(['公共施設再編担当', 'デジタル戦略室', '秘書課', '広報課', '広聴課'].sort());
		const sheet = workbook.getWorksheet('秘書課')!;
		expect(sheet.getCell('A1').value).toBe('部課名');
		expect(sheet.getCell('C5').value).toBe('取組項目\nInitiative');
		expect(sheet.getCell('G5').value).toBe('進捗状況\nProgress status');
		expect(sheet.getCell('O5').value).toBe('中間確認の公表日\nMid-year review published on (YYYY-MM-DD)');
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
		expect(sheet.getColumn('D').width).toBeGreaterThan(sheet.getColumn('A').width!);
		expect(sheet.getCell('A6').value).toBe(1);
		expect(sheet.getCell('G6').dataValidation).toMatchObject({ type: 'list', formulae: [`'${scalesSheetName}'!$A$2:$A$5`] });
		expect(sheet.getCell('L6').dataValidation).toMatchObject({ type: 'list', formulae: [`'${scalesSheetName}'!$E$2:$E$5`] });
		expect(sheet.getCell('O6').dataValidation).toMatchObject({ type: 'date' });
		const scales = workbook.getWorksheet(scalesSheetName)!;
		expect([2, 3, 4, 5].map((row) => [scales.getCell(row, 1).value, scales.getCell(row, 3).value])).toEqual([
			['予定以上', 'ahead'],
			['順調', 'on-track'],
			['やや遅れ', 'slightly-behind'],
			['遅れ', 'behind'],
		]);
	});

	it('imports the reviews filled in and nothing else: every other line of the plan files stays byte for byte', async () => {
		const book = await exported();
		const sheet = book.workbook.getWorksheet('秘書課')!;
		fill(sheet, {
			G6: '順調',
			H6: '予約受付時の精査を徹底しました。\n資料のみの報告が増えました。',
			I6: '引き続き精査します。',
			O6: new Date(Date.UTC(2025, 9, 15)),
			J7: '研修を4回実施しました。',
			K7: '5回',
			L7: 'achieved',
			M7: '実施回数',
			N7: '参加者を増やします。',
			P7: '2026-05-20',
		});
		const report = await book.importIt();
		expect(report.errors.map(formatProblem)).toEqual([]);
		expect(report.mode).toBe('reviews');
		const secretarial = Object.keys(book.before).find((file) => file.endsWith('secretarial.yaml'))!;
		expect(report.outcomes.filter((outcome) => outcome.status === 'changed').map((outcome) => outcome.file)).toEqual([
			path.relative(process.cwd(), secretarial),
		]);
		const after = book.snapshot();
		for (const file of Object.keys(book.before)) if (file !== secretarial) expect(after[file]).toBe(book.before[file]);
		expect(onlyAddsLines(book.before[secretarial], after[secretarial])).toBe(true);
		const plan = parse(after[secretarial]);
		const previous = parse(book.before[secretarial]);
		expect(plan.initiatives[0].review).toEqual({
			midYear: {
				status: 'on-track',
				firstHalfAssessment: { ja: '予約受付時の精査を徹底しました。\n資料のみの報告が増えました。', en: '' },
				secondHalfPlan: { ja: '引き続き精査します。', en: '' },
				reportedOn: '2025-10-15',
			},
		});
		expect(plan.initiatives[1].review.yearEnd).toEqual({
			summary: { ja: '研修を4回実施しました。', en: '' },
			rating: 'achieved',
			ratingBasis: { ja: '実施回数', en: '' },
			issuesAndResponse: { ja: '参加者を増やします。', en: '' },
			reportedOn: '2026-05-20',
		});
		expect(plan.initiatives[1].indicators[0].result).toEqual({ text: { ja: '5回', en: '' } });
		delete plan.initiatives[0].review;
		delete plan.initiatives[1].review;
		delete plan.initiatives[1].indicators[0].result;
		for (const initiative of previous.initiatives) delete initiative.review;
		expect(plan).toEqual(previous);
		expect(runScript('validate', ['--no-cache', book.dir]).status).toBe(0);
	});

	it('changes nothing on a second import, and nothing for an untouched export (reviews and translations already there)', async () => {
		const book = await exported(fictionalDir);
		const first = await book.importIt();
		expect(first.errors).toEqual([]);
		expect(first.outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged']);
		expect(book.snapshot()).toEqual(book.before);
		const sheet = book.workbook.worksheets.find((candidate) => candidate.name === '市民相談課（架空）')!;
		fill(sheet, { I6: '研修を続け、対象を広げます（架空）。' });
		const file = Object.keys(book.before).find((name) => name.endsWith('2025/civic-services/resident-support.yaml'))!;
		const changed = await book.importIt();
		expect(changed.outcomes.find((outcome) => outcome.status === 'changed')?.differences).toEqual(['initiatives[0].review.midYear.secondHalfPlan']);
		const once = readFileSync(file, 'utf8');
		expect(parse(once).initiatives[0].review.midYear.firstHalfAssessment.en).toBe('The review of procedures is finished (fictional).');
		const mtime = statSync(file).mtimeMs;
		const again = await book.importIt();
		expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged']);
		expect(statSync(file).mtimeMs).toBe(mtime);
	});

	it('with --force reads the whole plans, through the same import as the table export', async () => {
		const book = await exported();
		fill(book.workbook.getWorksheet('秘書課')!, { C6: '適切な日程管理（修正）' });
		const refused = await book.importIt();
		expect(refused.errors.map(formatProblem).join('\n')).toMatch(/Sheet "秘書課", cell C6: 取組項目 differs from the plan file[^\n]*--force/u);
		const forced = await book.importIt({ force: true });
		expect(forced.errors.map(formatProblem)).toEqual([]);
		expect(forced.mode).toBe('plans');
		const secretarial = Object.keys(book.before).find((file) => file.endsWith('secretarial.yaml'))!;
		expect(parse(readFileSync(secretarial, 'utf8')).initiatives[0].title.ja).toBe('適切な日程管理（修正）');
	});
});

describe(
	'a review workbook with mistakes: every mistake located by sheet, row and column in both languages, nothing written',
	{ timeout: workbookTestTimeout },
	() => {
		async function expectErrors(change: (workbook: ExcelJS.Workbook) => void, patterns: RegExp[], options: { fiscalYear?: number } = {}) {
			const book = await exported();
			change(book.workbook);
			const report = await book.importIt(options);
			expect(report.wrote).toBe(false);
			expect(book.snapshot()).toEqual(book.before);
			const messages = report.errors.map(formatProblem);
			for (const pattern of patterns)
				expect(
					messages.some((message) => pattern.test(message)),
					messages.join('\n'),
				).toBe(true);
			for (const message of messages) expect(message).toMatch(/\n {4}(シート「[^」]+」の)?セル [A-Z]+\d+：/u);
			return { messages, book };
		}
		const secretarial = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('秘書課')!;

		it('the command prints each problem located, says that nothing was written, and exits with 1', async () => {
			const { book } = await expectErrors((workbook) => fill(secretarial(workbook), { A7: '二つ', G6: '様子見', H6: 'a', I6: 'b' }), [/cell A7/u, /cell G6/u]);
			const cli = runScript('import', [book.file, '--year', '2025', '--data', book.dir]);
			expect(cli.status).toBe(1);
			expect(cli.stderr).toMatch(/reviews\.xlsx:7:1 error: Sheet "秘書課", cell A7: .*\n {4}シート「秘書課」のセル A7：/u);
			expect(cli.stderr).toMatch(/reviews\.xlsx:6:7 error: Sheet "秘書課", cell G6: /u);
			expect(cli.stderr).toContain('Nothing was written. / ファイルは書き込んでいません。');
		});

		it('a missing sheet', () =>
			expectErrors(
				(workbook) => workbook.removeWorksheet(secretarial(workbook).id),
				[
					/reviews\.xlsx:(\d+):1 error: Sheet "このファイルについて", cell A\1: The sheet "秘書課" \(policy-management\/secretarial\) is missing[^\n]*\n {4}シート「このファイルについて」のセル A\1：シート「秘書課」/u,
				],
			));

		it('a renamed sheet', () => expectErrors((workbook) => (secretarial(workbook).name = '秘書課（記入済）'), [/The sheet "秘書課" .* is missing/u]));

		it('a status outside the scale', () =>
			expectErrors(
				(workbook) => fill(secretarial(workbook), { G6: 'まあまあ', H6: '上半期', I6: '下半期' }),
				[
					/:6:7 error: Sheet "秘書課", cell G6: 進捗状況 "まあまあ" is not on the scale[^\n]*\n {4}シート「秘書課」のセル G6：進捗状況「まあまあ」は review-scales\.yaml の選択肢にありません/u,
				],
			));

		it('a rating outside the scale', () =>
			expectErrors(
				(workbook) => fill(secretarial(workbook), { J6: '総括', L6: 'まずまず', M6: '視点', N6: '課題' }),
				[/cell L6: 評価 "まずまず" is not on the scale/u],
			));

		it('text in a number cell (the rank)', () =>
			expectErrors(
				(workbook) => fill(secretarial(workbook), { A7: '二つ' }),
				[/:7:1 error: Sheet "秘書課", cell A7: 順位 \(rank\) must be a whole number, but the cell holds "二つ"/u],
			));

		it('a date in the wrong form', () =>
			expectErrors(
				(workbook) => fill(secretarial(workbook), { G6: '順調', H6: '上半期', I6: '下半期', O6: '2025/10/15' }),
				[/cell O6: 中間確認の公表日: "2025\/10\/15" is not a date in the form YYYY-MM-DD/u],
			));

		it('a day that does not exist', () =>
			expectErrors(
				(workbook) => fill(secretarial(workbook), { G6: '順調', H6: '上半期', I6: '下半期', O6: '2025-02-30' }),
				[/cell O6: .*"2025-02-30" is not a date/u],
			));

		it('a mid-year review without its assessment', () =>
			expectErrors(
				(workbook) => fill(secretarial(workbook), { G6: '順調', I6: '下半期' }),
				[/cell H6: 上半期の状況や評価 is empty, but the mid-year review is filled in/u],
			));

		it('results that do not match the indicators', () =>
			expectErrors(
				(workbook) => fill(workbook.getWorksheet('公共施設再編担当')!, { K8: '①完了' }),
				[/cell K8: 目標値に対する実績値 needs one result per indicator, numbered as the indicators are \(① ②\)/u],
			));

		it('changed plan text, and several mistakes at once', () =>
			expectErrors(
				(workbook) => fill(secretarial(workbook), { E6: '別の指標', G7: '未定', H7: 'a', I7: 'b' }),
				[/cell E6: 指標 differs from the plan file/u, /cell G7: 進捗状況 "未定"/u],
			));

		it('a rank the plan does not have', () =>
			expectErrors((workbook) => fill(secretarial(workbook), { A10: 9, C10: '新しい取組' }), [/cell A10: The plan has no initiative of rank 9/u]));

		it('a moved column', () =>
			expectErrors(
				(workbook) => secretarial(workbook).spliceColumns(7, 0, ['']),
				[/:5:7 error: Sheet "秘書課", cell G5: This column's heading should be 進捗状況/u],
			));

		it('a cell merged down across two initiatives', () =>
			expectErrors(
				(workbook) => secretarial(workbook).mergeCells('H6:H7'),
				[/cell H7: The merged cell H6:H7 spans rows that do not belong to one initiative/u],
			));

		it('a workbook of another fiscal year', () =>
			expectErrors(() => undefined, [/:3:2 error: Sheet "このファイルについて", cell B3: This workbook is for fiscal year 2025, not 2024/u], {
				fiscalYear: 2024,
			}));
	},
);

describe('npm run export -- --format xlsx', { timeout: workbookTestTimeout }, () => {
	it('writes a workbook that npm run import reads back as reviews, unchanged', () => {
		const data = copyData(snapshotDir);
		temporary.push(data.dir);
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'plans-export-')), 'reviews.xlsx');
		temporary.push(path.dirname(out));
		const exportRun = runScript('export', ['--year', '2025', '--format', 'xlsx', '--out', out, '--data', data.dir]);
		expect(exportRun.output).toContain(`5 section table(s) written to ${out}`);
		const importRun = runScript('import', [out, '--year', '2025', '--data', data.dir]);
		expect(importRun.status).toBe(0);
		expect(importRun.stdout).toContain('only the review columns are read');
		expect(importRun.stdout).toContain('0 created, 0 changed, 5 unchanged');
	});

	it('refuses an unknown format', () => {
		const run = runScript('export', ['--year', '2025', '--format', 'ods', '--data', snapshotDir]);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('tsv か xlsx');
	});
});
