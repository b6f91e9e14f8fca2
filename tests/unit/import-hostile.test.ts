import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { runImport, type ImportOptions } from '~/lib/import/run-import.ts';
import { parseRankDigits } from '~/lib/import/rank-digits.ts';
import { fileSystem, writeFilesAtomically, type FileSystem } from '~/lib/files/write-files-atomically.ts';
import { listFiles } from '~/lib/files/list-files.ts';
import { snapshotDir, snapshotExport } from '../data-dirs.ts';
import { runScript } from './run-cli.ts';
import { copyData, temporaryFolders } from './data-copy.ts';
import { shiftJisBytes } from './hostile-data.ts';

// Each case reads a copy of a data set and some run a command: seconds on a busy shared machine, not the default 5.
vi.setConfig({ testTimeout: 60_000 });

const { folder: tempDir, keep: temporaryCopy } = temporaryFolders('plans-import-hostile-');

const seed = readFileSync(snapshotExport, 'utf8');
const seedLines = seed.split('\n');
/** The 1-based line of the export's row whose first cell is `rank`, in the table that starts at or after `from`. */
const rankLine = (rank: string, from = 0) => seedLines.findIndex((line, index) => index >= from && line.startsWith(`${rank}\t`)) + 1;
const withLine = (line: number, change: (text: string) => string) => seedLines.map((text, index) => (index === line - 1 ? change(text) : text)).join('\n');
const exportFile = (text: string | Uint8Array) => {
	const file = path.join(tempDir(), 'export.tsv');
	writeFileSync(file, text);
	return file;
};
const importInto = (input: string, options: Partial<ImportOptions> = {}) => {
	const out = options.outDir ?? tempDir();
	return { out, report: runImport({ input, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false, ...options }) };
};
const snapshot = (dir: string) => listFiles(dir).map((file) => [path.relative(dir, file), readFileSync(file, 'utf8')]);
/** The files of an import without the lines that name the export they came from (each test writes its own). */
const imported = (dir: string) => snapshot(dir).map(([file, text]) => [file, text.replace(/^# Imported from .*\n/u, '').replace(/\n {2}file: .*\n/u, '\n')]);

describe('ranks in any digit form', () => {
	it.each(['４', '四', '④', '第4位', ' 4 '])('reads the rank %j as 4 and keeps the initiative', (written) => {
		const line = rankLine('4');
		const plain = importInto(exportFile(seed));
		const other = importInto(exportFile(withLine(line, (text) => text.replace(/^4\t/u, `${written}\t`))));
		expect(other.report.errors).toEqual([]);
		expect(imported(other.out)).toEqual(imported(plain.out));
	});

	it('parses full-width, circled and kanji numbers and refuses anything else', () => {
		expect(['1', '１', '①', '一', '十', '十一', '二十', '⑳', '第2', '3位'].map(parseRankDigits)).toEqual([1, 1, 1, 1, 10, 11, 20, 20, 2, 3]);
		for (const text of ['', '0', '０', '-1', '1.5', 'IV', '4a', 'x', '十十']) expect(parseRankDigits(text)).toBeUndefined();
	});
});

describe('rows the importer cannot classify', () => {
	const cases: Array<{ name: string; change: (text: string) => string; column: (text: string) => number; en: RegExp; ja: RegExp }> = [
		{
			name: 'a rank in Roman numerals',
			change: (t) => t.replace(/^4\t/u, 'IV\t'),
			column: () => 1,
			en: /cannot read the first cell "IV" as a rank/u,
			ja: /先頭のセル「IV」を順位/u,
		},
		{ name: 'a rank with a letter', change: (t) => t.replace(/^4\t/u, '4a\t'), column: () => 1, en: /cannot read the first cell "4a"/u, ja: /「4a」/u },
		{ name: 'a zero rank', change: (t) => t.replace(/^4\t/u, '0\t'), column: () => 1, en: /cannot read the first cell "0"/u, ja: /「0」/u },
		{
			name: 'a data row without its rank',
			change: (t) => t.replace(/^4\t/u, '\t'),
			column: () => 2, // the first filled cell: the plan type
			en: /this row has text but no rank in its first cell/u,
			ja: /先頭のセルに順位がありません/u,
		},
	];
	it.each(cases)('refuses $name at its line and column, in both languages, and writes nothing', ({ change, column, en, ja }) => {
		const line = rankLine('4');
		const changed = change(seedLines[line - 1]);
		const input = exportFile(withLine(line, () => changed));
		const { out, report } = importInto(input);
		expect(report.wrote).toBe(false);
		expect(listFiles(out)).toEqual([]);
		expect(report.errors).toHaveLength(1);
		expect(report.errors[0]).toMatchObject({ line, column: column(changed) });
		expect(report.errors[0].message.en).toMatch(en);
		expect(report.errors[0].message.ja).toMatch(ja);
		const cli = runScript('import', [input, '--year', '2025', '--data', snapshotDir, '--out', tempDir()]);
		expect(cli.status).toBe(1);
		expect(cli.stderr).toContain(`${path.relative(process.cwd(), input)}:${line}:${column(changed)} error: `);
		expect(cli.stderr.trim().split('\n').at(-1)).toMatch(
			/^✗ 1 error\(s\) in 1 file\(s\) \/ 1ファイルに1件のエラー\. Nothing was written\. \/ ファイルは書き込んでいません。$/u,
		);
	});
});

describe('the export’s encoding', () => {
	it('refuses a Shift_JIS export, naming the encoding and --encoding shift_jis, and imports it only when asked', () => {
		const input = exportFile(shiftJisBytes(seed));
		expect(new TextDecoder('shift_jis').decode(readFileSync(input))).toBe(seed);
		const refused = importInto(input);
		expect(refused.report.errors[0].message.en).toMatch(/Shift_JIS \(CP932.*--encoding shift_jis/su);
		expect(refused.report.errors[0].message.ja).toMatch(/Shift_JIS（CP932.*--encoding shift_jis/su);
		expect(listFiles(refused.out)).toEqual([]);
		const converted = importInto(input, { encoding: 'shift_jis' });
		expect(converted.report.errors).toEqual([]);
		const plain = importInto(exportFile(seed));
		expect(imported(converted.out)).toEqual(imported(plain.out));
	});

	it('refuses a UTF-16 export, and accepts UTF-8 with a BOM and CRLF', () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
		expect(importInto(exportFile(utf16)).report.errors[0].message.en).toMatch(/UTF-16/u);
		expect(importInto(exportFile(`\ufeff${seed.replaceAll('\n', '\r\n')}`)).report.errors).toEqual([]);
	});

	it('rejects an unknown --encoding with its usage', () => {
		const cli = runScript('import', [snapshotExport, '--year', '2025', '--encoding', 'latin1']);
		expect(cli.status).toBe(2);
		expect(cli.stderr).toMatch(/Unknown --encoding "latin1"/u);
		expect(cli.stderr).toMatch(/--encoding「latin1」は使えません/u);
	}, 60_000);
});

describe('writing all files or none', () => {
	/** A file system whose n-th `renameSync` (or `writeFileSync`) call fails, as a full disk or a file made read-only meanwhile would. */
	const failing = (call: 'renameSync' | 'writeFileSync', at: number, code = 'ENOSPC'): FileSystem => {
		let calls = 0;
		return {
			...fileSystem,
			[call]: (...args: unknown[]) => {
				calls += 1;
				if (calls === at) throw Object.assign(new Error(code), { code });
				return (fileSystem[call] as (...a: unknown[]) => unknown)(...args);
			},
		};
	};

	it.each([
		['a rename that fails half-way', failing('renameSync', 3)],
		['the first temporary write failing', failing('writeFileSync', 1, 'EACCES')],
		['a later temporary write failing', failing('writeFileSync', 4)],
	])('restores every file after %s, lists what happened, and leaves no temporary file', (_name, broken) => {
		const data = temporaryCopy(copyData(snapshotDir));
		const plans = path.join(data.dir, 'plans');
		for (const file of listFiles(plans)) writeFileSync(file, readFileSync(file, 'utf8').replace(/ja: ([^\n]+)/u, 'ja: $1（修正）'));
		const before = snapshot(plans);
		const report = runImport({ input: snapshotExport, fiscalYear: 2025, dataDir: data.dir, force: true, fileSystem: broken });
		expect(report.wrote).toBe(false);
		expect(snapshot(plans)).toEqual(before);
		expect(report.errors).toHaveLength(1);
		expect(report.errors[0].message.en).toMatch(
			/^Writing failed \((ENOSPC|EACCES)\); no file was changed\. Put back as before: .*\. Not changed: .*secretarial\.yaml/u,
		);
		expect(report.errors[0].message.ja).toMatch(
			/^書き込みに失敗しました（(ENOSPC|EACCES)）。ファイルは変更していません。元に戻したファイル: .*変更していないファイル: /u,
		);
	});

	it('writes every file when nothing fails, and lists each outcome', () => {
		const dir = tempDir();
		const files = ['a/one.yaml', 'b/two.yaml'].map((name) => ({ path: path.join(dir, name), text: `${name}\n` }));
		const outcome = writeFilesAtomically(files);
		expect(outcome).toMatchObject({ ok: true, written: files.map((file) => file.path), restored: [], notRestored: [] });
		expect(files.map((file) => readFileSync(file.path, 'utf8'))).toEqual(['a/one.yaml\n', 'b/two.yaml\n']);
		const second = writeFilesAtomically(
			files.map((file) => ({ ...file, text: 'changed\n' })),
			failing('renameSync', 2),
		);
		expect(second).toMatchObject({ ok: false, restored: [files[0].path], unchanged: [files[1].path], failure: { file: files[1].path, code: 'ENOSPC' } });
		expect(files.map((file) => readFileSync(file.path, 'utf8'))).toEqual(['a/one.yaml\n', 'b/two.yaml\n']);
		expect(listFiles(dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
		let renames = 0;
		const stuck: FileSystem = {
			...fileSystem,
			renameSync: (...args: Parameters<FileSystem['renameSync']>) => {
				renames += 1;
				if (renames >= 2) throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
				return fileSystem.renameSync(...args);
			},
		};
		const third = writeFilesAtomically(
			files.map((file) => ({ ...file, text: 'third\n' })),
			stuck,
		);
		expect(third).toMatchObject({ ok: false, written: [files[0].path], notRestored: [files[0].path], unchanged: [files[1].path] });
	});
});

describe('existing plan files', () => {
	const file = '2025/policy-management/secretarial.yaml';

	it('reports an unreadable existing YAML at its line, in both languages, without a stack trace', () => {
		const out = tempDir();
		importInto(exportFile(seed), { outDir: out });
		writeFileSync(path.join(out, file), 'fiscalYear: 2025\ninitiatives: [\n');
		const cli = runScript('import', [snapshotExport, '--year', '2025', '--data', snapshotDir, '--out', out, '--force']);
		expect(cli.status).toBe(1);
		expect(cli.stderr).not.toMatch(/    at |Error:/u);
		expect(cli.stderr).toMatch(new RegExp(`${path.relative(process.cwd(), path.join(out, file))}:\\d+:\\d+ error: YAML syntax error`, 'u'));
		expect(cli.stderr).toMatch(/YAMLの書き方に誤りがあります：.*取り込みで読む既存の計画ファイル/u);
	}, 60_000);

	it('keeps the comments of a file it changes with --force', () => {
		const out = tempDir();
		importInto(exportFile(seed), { outDir: out });
		const target = path.join(out, file);
		const original = readFileSync(target, 'utf8');
		writeFileSync(
			target,
			original
				.replace('\ninitiatives:\n', '\n# A translator’s note that must survive the import.\ninitiatives:\n')
				.replace(/(\n {4}rank: 2\n)/u, '$1    # Kept: the rank comes from the export.\n'),
		);
		const line = rankLine(
			'1',
			seedLines.findIndex((text) => text.includes('秘書課')),
		);
		const input = exportFile(withLine(line, (text) => text.replace('適切な日程管理', '適切な日程管理の徹底')));
		const { report } = importInto(input, { outDir: out, force: true });
		expect(report.errors).toEqual([]);
		const updated = readFileSync(target, 'utf8');
		expect(updated).toContain('# A translator’s note that must survive the import.');
		expect(updated).toContain('    # Kept: the rank comes from the export.');
		expect(updated).toMatch(/^# Imported from /u);
		expect(parse(updated).initiatives[0].title.ja).toBe('適切な日程管理の徹底');
	});
});
