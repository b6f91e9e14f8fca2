import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyData, lineOf } from './data-copy.ts';
import { runScript } from './run-cli.ts';
import { fictionalDir, snapshotDir } from '../data-dirs.ts';

const file = 'search-synonyms.yaml';
const original = readFileSync(path.join(snapshotDir, file), 'utf8');

describe('npm run validate, on the search synonyms', () => {
	let data: ReturnType<typeof copyData> | undefined;
	afterEach(() => data?.remove());

	it('accepts a data set without the file (it is optional)', () => {
		expect(runScript('validate', [fictionalDir]).status).toBe(0);
	});

	it.each([
		{
			kind: 'a reader word that is the plan word itself',
			edit: (text: string) => text.replace('      - 残業\n', '      - 残業\n      - 時間外勤務\n'),
			message: /"時間外勤務" is the plan word itself/u,
			line: () => lineOf(original, '      - 残業') + 1,
		},
		{
			kind: 'a reader word standing for two plan words',
			edit: (text: string) => text.replace('      - スマホ\n', '      - スマホ\n      - 残業\n'),
			message: /"残業" already stands for "時間外勤務"/u,
			line: () => lineOf(original, '      - スマホ') + 1,
		},
		{
			kind: 'an empty reader word list',
			edit: (text: string) => text.replace('    readerWords:\n      - スマホ\n', '    readerWords: []\n'),
			message: /readerWords/u,
			line: () => lineOf(original, '      - スマホ') - 1,
		},
	])('reports $kind at its line, in both languages', ({ edit, message, line }) => {
		data = copyData(snapshotDir);
		data.edit(file, edit);
		const run = runScript('validate', [data.dir]);
		expect(run.status).toBe(1);
		const location = `${path.relative(process.cwd(), path.join(data.dir, file))}:${line()}:`;
		const report = run.stderr.split('\n');
		const index = report.findIndex((row) => row.startsWith(location) && message.test(row));
		expect(index, run.stderr).toBeGreaterThanOrEqual(0);
		expect(report[index + 1]).toMatch(/^ {4}.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
	});
});
