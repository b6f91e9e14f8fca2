import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset, planFiles } from '~/lib/data/load-dataset.ts';
import { listEntries } from '~/lib/files/list-files.ts';
import { expectCliAgrees, expectLocated, fixtureText, hostileCopy, recordsPlan } from './hostile-data.ts';

// Each case reads a copy of a data set and some run a command: seconds on a busy shared machine, not the default 5.
vi.setConfig({ testTimeout: 60_000 });

type Copy = ReturnType<typeof hostileCopy>;
const planFolder = 'plans/2025/civic-services';
const outside = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-outside-'));
	writeFileSync(path.join(dir, 'records.yaml'), fixtureText(recordsPlan));
	return dir;
};

/** A change to the data folder, the file the error must name, and the words of the message. */
const cases: Array<{ name: string; arrange: (data: Copy) => string; en: RegExp; ja: RegExp }> = [
	{
		name: 'a symlinked plan file',
		arrange: (data) => {
			const target = path.join(outside(), 'records.yaml');
			rmSync(path.join(data.dir, recordsPlan));
			symlinkSync(target, path.join(data.dir, recordsPlan));
			return recordsPlan;
		},
		en: /Symbolic links are not allowed under plans\//u,
		ja: /シンボリックリンクは使えません/u,
	},
	{
		name: 'a symlinked folder to the root of the disk',
		arrange: (data) => {
			symlinkSync('/', path.join(data.dir, 'plans/2026'));
			return 'plans/2026';
		},
		en: /Symbolic links are not allowed/u,
		ja: /シンボリックリンク/u,
	},
	{
		name: 'a symlinked folder outside the repository',
		arrange: (data) => {
			symlinkSync(outside(), path.join(data.dir, 'plans/2025/elsewhere'));
			return 'plans/2025/elsewhere';
		},
		en: /Symbolic links are not allowed/u,
		ja: /シンボリックリンク/u,
	},
	{
		name: 'the plans folder itself as a symlink',
		arrange: (data) => {
			const real = path.join(data.dir, 'real-plans');
			renameSync(path.join(data.dir, 'plans'), real);
			symlinkSync(real, path.join(data.dir, 'plans'));
			return 'plans';
		},
		en: /Symbolic links are not allowed/u,
		ja: /シンボリックリンク/u,
	},
	{
		name: 'a symlinked shared file (site.yaml)',
		arrange: (data) => {
			const real = path.join(outside(), 'site.yaml');
			writeFileSync(real, fixtureText('site.yaml'));
			rmSync(path.join(data.dir, 'site.yaml'));
			symlinkSync(real, path.join(data.dir, 'site.yaml'));
			return 'site.yaml';
		},
		en: /Symbolic links are not allowed for data files/u,
		ja: /シンボリックリンクは使えません/u,
	},
	{
		name: 'a symlinked editorial page',
		arrange: (data) => {
			const real = path.join(outside(), 'about.mdx');
			writeFileSync(real, '---\ntitle: x\ndescription: x\nupdated: 2025-04-01\n---\n');
			mkdirSync(path.join(data.dir, 'pages/ja'), { recursive: true });
			symlinkSync(real, path.join(data.dir, 'pages/ja/about.mdx'));
			return 'pages/ja/about.mdx';
		},
		en: /Symbolic links and special files are not allowed under pages\//u,
		ja: /pages\/ の下にシンボリックリンク/u,
	},
	...['records.yml', 'records.YAML', 'records.Yaml', 'records.yaml.txt', 'records.yaml.bak'].map((name) => ({
		name: `a plan named ${name}`,
		arrange: (data: Copy) => {
			renameSync(path.join(data.dir, recordsPlan), path.join(data.dir, planFolder, name));
			return `${planFolder}/${name}`;
		},
		en: new RegExp(`must end in lower-case \\.yaml \\(${name.replaceAll('.', '\\.')} → records\\.yaml\\)`, 'u'),
		ja: /小文字の \.yaml/u,
	})),
	{
		name: 'another kind of file among the plans',
		arrange: (data) => {
			writeFileSync(path.join(data.dir, planFolder, 'notes.md'), '# notes\n');
			return `${planFolder}/notes.md`;
		},
		en: /Only plan files \(\.yaml\) belong under plans\//u,
		ja: /計画ファイル（\.yaml）だけ/u,
	},
	{
		name: 'a .yml beside the .yaml of the same section',
		arrange: (data) => {
			writeFileSync(path.join(data.dir, planFolder, 'records.yml'), fixtureText(recordsPlan).replace('記録の電子化', '上書き'));
			return recordsPlan;
		},
		en: /More than one file for the same section and year \(.*records\.yml\)/u,
		ja: /同じ課・年度のファイルが複数あります/u,
	},
	{
		name: 'two names of one section differing in case',
		arrange: (data) => {
			writeFileSync(path.join(data.dir, planFolder, 'Records.yaml'), fixtureText(recordsPlan));
			return recordsPlan;
		},
		en: /More than one file for the same section and year \(.*Records\.yaml\)/u,
		ja: /同じ課・年度のファイルが複数あります/u,
	},
	{
		name: 'an empty plan file',
		arrange: (data) => {
			data.write(recordsPlan, '');
			return recordsPlan;
		},
		en: /The file is empty/u,
		ja: /ファイルが空です/u,
	},
	{
		name: 'a plan file with comments only',
		arrange: (data) => {
			data.write(recordsPlan, '# TODO: write this plan\n\n   \n# later\n');
			return recordsPlan;
		},
		en: /The file is empty \(nothing but comments/u,
		ja: /ファイルが空です（コメントしかありません）/u,
	},
	{
		name: 'an empty shared file',
		arrange: (data) => {
			data.write('review-scales.yaml', '\n');
			return 'review-scales.yaml';
		},
		en: /The file is empty/u,
		ja: /ファイルが空です/u,
	},
	{
		name: 'a plan file larger than the limit',
		arrange: (data) => {
			data.write(recordsPlan, `${fixtureText(recordsPlan)}${'# padding\n'.repeat(120_000)}`);
			return recordsPlan;
		},
		en: /The file is too large \(1,2\d\d KB; at most 1,000 KB\)/u,
		ja: /ファイルが大きすぎます/u,
	},
	{
		name: 'a folder named like a plan file',
		arrange: (data) => {
			mkdirSync(path.join(data.dir, planFolder, 'extra.yaml'));
			writeFileSync(path.join(data.dir, planFolder, 'extra.yaml', 'x.yaml'), fixtureText(recordsPlan));
			return `${planFolder}/extra.yaml/x.yaml`;
		},
		en: /plans\/<year>\/<department>\/<section>\.yaml/u,
		ja: /plans\/<年度>\/<部のID>\/<課のID>\.yaml/u,
	},
];

describe('files that are not plain plan files', () => {
	it.each(cases)('refuses $name by name, in both languages, in validate and in the build’s loader alike', ({ arrange, en, ja }) => {
		const data = hostileCopy();
		try {
			const file = arrange(data);
			const run = data.validate();
			expect(run.status).toBe(1);
			expectLocated(run.stderr, `${data.shown(file)}:1:1`, en, ja);
			const loaded = loadDataset(data.dir);
			expect(loaded.dataset).toBeUndefined();
			const validateErrors = run.stderr.split('\n').filter((line) => / error: /u.test(line));
			const loaderErrors = loaded.problems
				.filter((problem) => problem.severity === 'error')
				.map((problem) => `${problem.file}:${problem.line}:${problem.column}`);
			expect(validateErrors.map((line) => line.split(' ')[0]).sort()).toEqual(loaderErrors.sort());
		} finally {
			data.remove();
		}
	});

	it('accepts an organization larger than a plan file may be, as a prefecture of 10,000 sections has', () => {
		const data = hostileCopy();
		try {
			data.write('organization.yaml', `${fixtureText('organization.yaml')}${'# a prefecture-size organization\n'.repeat(60_000)}`);
			expect(data.validate().status).toBe(0);
		} finally {
			data.remove();
		}
	});

	it('ignores hidden files such as .gitkeep and .DS_Store', () => {
		const data = hostileCopy();
		try {
			writeFileSync(path.join(data.dir, planFolder, '.gitkeep'), '');
			writeFileSync(path.join(data.dir, planFolder, '.DS_Store'), '\0\0');
			expect(data.validate().status).toBe(0);
		} finally {
			data.remove();
		}
	});

	it('lists folder entries without following symbolic links', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'plans-entries-'));
		try {
			mkdirSync(path.join(dir, 'plans/2025/a'), { recursive: true });
			writeFileSync(path.join(dir, 'plans/2025/a/b.yaml'), 'x: 1\n');
			symlinkSync('/', path.join(dir, 'plans/root'));
			expect(listEntries(path.join(dir, 'plans')).map((entry) => [path.relative(dir, entry.path), entry.kind])).toEqual([
				['plans/2025', 'directory'],
				['plans/2025/a', 'directory'],
				['plans/2025/a/b.yaml', 'file'],
				['plans/root', 'symlink'],
			]);
			expect(planFiles(dir)).toEqual([path.join(dir, 'plans/2025/a/b.yaml')]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('gives the same messages and exit code through npm run validate', () => {
		const data = hostileCopy();
		try {
			for (const { arrange } of cases.slice(0, 3)) arrange(data);
			data.write('review-scales.yaml', '# nothing yet\n');
			expectCliAgrees(data);
		} finally {
			data.remove();
		}
	}, 60_000);
});
