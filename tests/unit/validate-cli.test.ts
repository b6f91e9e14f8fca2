import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyData, lineOf } from './data-copy.ts';
import { runScript } from './run-cli.ts';
import { fictionalDir, snapshotDir } from '../data-dirs.ts';

const planFile = 'plans/2025/policy-management/public-relations.yaml';
const original = readFileSync(path.join(snapshotDir, planFile), 'utf8');

describe('npm run validate', () => {
	let data: ReturnType<typeof copyData> | undefined;
	afterEach(() => data?.remove());

	it('passes the FY2025 snapshot with a one-line summary and exit code 0', () => {
		const run = runScript('validate', [snapshotDir]);
		expect(run.status).toBe(0);
		expect(run.stdout.trim().split('\n')).toHaveLength(1);
		expect(run.stdout).toMatch(/✓ 5 plan file\(s\) valid/u);
	});

	it('counts missing English translations as warnings, not errors', () => {
		const run = runScript('validate', [fictionalDir]);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('4 missing English translation(s)');
		const listed = runScript('validate', [fictionalDir, '--warnings']);
		expect(listed.stderr.match(/ warning: English translation \(en\) is missing/gu)).toHaveLength(4);
	});

	/** Each kind of mistake staff can make: the edit, the message it must give, and the line it must name. */
	const mistakes: Array<{ kind: string; file?: string; edit: (text: string) => string; message: RegExp; line: number | (() => number) }> = [
		{
			kind: 'YAML syntax error',
			edit: (t) => t.replace('    rank: 2\n', '    rank: 2\n   bad: [\n'),
			message: /YAML syntax error/u,
			line: () => lineOf(original, '    rank: 2') + 1,
		},
		{
			kind: 'unknown field',
			edit: (t) => t.replace('    rank: 2\n', '    rank: 2\n    rnak: 2\n'),
			message: /Unknown field\(s\) "rnak"/u,
			line: () => lineOf(original, '    rank: 2') + 1,
		},
		{
			kind: 'missing field',
			edit: (t) => t.replace(/\n    title:\n      ja: 顧客に合わせた情報発信の充実\n      en: [^\n]+/u, ''),
			message: /Required field "initiatives\[1\]\.title" is missing/u,
			line: () => lineOf(original, '  - id: audience-tailored-communication'),
		},
		{
			kind: 'wrong type',
			edit: (t) => t.replace('    rank: 2\n', '    rank: two\n'),
			message: /"initiatives\[1\]\.rank" must be a number/u,
			line: () => lineOf(original, '    rank: 2'),
		},
		{
			kind: 'duplicate rank',
			edit: (t) => t.replace('    rank: 3\n', '    rank: 2\n'),
			message: /Rank 2 is out of order.*should be 3/u,
			line: () => lineOf(original, '    rank: 3'),
		},
		{
			kind: 'non-consecutive rank',
			edit: (t) => t.replace('    rank: 5\n', '    rank: 6\n'),
			message: /Rank 6 is out of order.*should be 5/u,
			line: () => lineOf(original, '    rank: 5'),
		},
		{
			kind: 'indicator numbering out of order',
			edit: (t) => t.replace('      - number: ①ー2\n', '      - number: ①ー3\n'),
			message: /Indicator number ①ー3 is out of order; expected ①ー2/u,
			line: () => lineOf(original, '      - number: ①ー2'),
		},
		{
			kind: 'indicator without its activity',
			edit: (t) =>
				t.replace('      - marker: ③\n        text:\n          ja: 市内外の方から', '      - marker: ④\n        text:\n          ja: 市内外の方から'),
			message: /Indicator ③ has no activity numbered ③/u,
			line: () => lineOf(original, '      - number: ③\n        name:\n          ja: サイト累計PV数'),
		},
		{
			kind: 'plan type that plan-types.yaml does not define',
			edit: (t) => t.replace('      - priority-project-plan', '      - priority-plan'),
			message: /Unknown plan type "priority-plan"/u,
			line: () => lineOf(original, '      - priority-project-plan'),
		},
		{
			kind: 'unknown section',
			edit: (t) => t.replace('section: public-relations', 'section: press'),
			message: /Unknown section "press"/u,
			line: () => lineOf(original, 'section: public-relations'),
		},
		{
			kind: 'unknown department',
			edit: (t) => t.replace('department: policy-management', 'department: policy'),
			message: /Unknown department "policy"/u,
			line: () => lineOf(original, 'department: policy-management'),
		},
		{
			kind: 'fiscal year disagreeing with its folder',
			edit: (t) => t.replace('fiscalYear: 2025', 'fiscalYear: 2026'),
			message: /fiscalYear is 2026 but the file is in the folder for 2025/u,
			line: 1,
		},
		{
			kind: 'review value outside the scale',
			edit: (t) =>
				t.replace(
					'    rank: 3\n',
					'    rank: 3\n    review:\n      yearEnd:\n        summary: { ja: 総括 }\n        rating: great\n        ratingBasis: { ja: 視点 }\n        issuesAndResponse: { ja: 対応 }\n',
				),
			message: /Unknown rating "great"\. Use one of: /u,
			line: () => lineOf(original, '    rank: 3') + 4,
		},
	];

	it.each(mistakes)('reports a $kind with its line, in both languages, and exits 1', ({ edit, message, line }) => {
		data = copyData(snapshotDir);
		data.edit(planFile, edit);
		const run = runScript('validate', [data.dir]);
		expect(run.status).toBe(1);
		const expectedLine = typeof line === 'number' ? line : line();
		const location = `${path.relative(process.cwd(), path.join(data.dir, planFile))}:${expectedLine}:`;
		const report = run.stderr.split('\n');
		const index = report.findIndex((row) => row.startsWith(location) && message.test(row));
		expect(index, run.stderr).toBeGreaterThanOrEqual(0);
		expect(report[index + 1]).toMatch(/^ {4}.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
		expect(run.stderr).toMatch(/✗ \d+ error\(s\) in 1 file\(s\)/u);
	});
});

describe('npm run validate, run again', () => {
	let data: ReturnType<typeof copyData> | undefined;
	afterEach(() => data?.remove());
	const otherPlan = 'plans/2025/policy-management/secretarial.yaml';

	it('re-checks only the edited file, and still reports it at its line', () => {
		data = copyData(snapshotDir);
		expect(runScript('validate', [data.dir]).stdout).not.toContain('unchanged');
		expect(runScript('validate', [data.dir]).stdout).toContain('5 unchanged since the last run');
		data.edit(planFile, (t) => t.replace('    rank: 2\n', '    rank: two\n'));
		const run = runScript('validate', [data.dir]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${path.relative(process.cwd(), path.join(data.dir, planFile))}:${lineOf(original, '    rank: 2')}:`);
		expect(run.stderr).toContain('4 unchanged since the last run');
	});

	it('keeps reporting an unchanged broken file', () => {
		data = copyData(snapshotDir);
		data.edit(planFile, (t) => t.replace('    rank: 3\n', '    rank: 2\n'));
		const first = runScript('validate', [data.dir]);
		const second = runScript('validate', [data.dir]);
		expect(second.status).toBe(1);
		expect(second.stderr.split('\n').filter((row) => row.includes(':'))).toEqual(first.stderr.split('\n').filter((row) => row.includes(':')));
		expect(second.stderr).toMatch(/Rank 2 is out of order/u);
	});

	it('re-checks every plan when the organization changes', () => {
		data = copyData(snapshotDir);
		expect(runScript('validate', [data.dir]).status).toBe(0);
		data.edit('organization.yaml', (t) => t.replace('id: secretarial', 'id: mayors-office'));
		const run = runScript('validate', [data.dir]);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/Unknown section "secretarial"/u);
		expect(run.stderr).toContain(path.relative(process.cwd(), path.join(data.dir, otherPlan)));
		expect(run.stderr).not.toContain('unchanged since the last run');
	});

	it('checks everything afresh with --no-cache', () => {
		data = copyData(snapshotDir);
		runScript('validate', [data.dir]);
		expect(runScript('validate', [data.dir, '--no-cache']).stdout).not.toContain('unchanged');
	});
});

describe('npm run build', () => {
	it('fails on invalid data with the same located messages', () => {
		const data = copyData(snapshotDir);
		data.edit(planFile, (t) => t.replace('    rank: 2\n', '    rank: two\n'));
		const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			encoding: 'utf8',
			env: { ...process.env, DATA_DIR: data.dir, OUT_DIR: path.join(data.dir, 'dist') },
		});
		data.remove();
		expect(build.status).not.toBe(0);
		expect(build.stdout + build.stderr).toContain(`${planFile}:${lineOf(original, '    rank: 2')}:11 error: "initiatives[1].rank" must be a number.`);
	}, 120_000);
});
