import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyData, lineOf } from './data-copy.ts';
import { runScript } from './run-cli.ts';
import { contrastRatio } from '~/lib/colours/contrast.ts';
import { siteName, siteWords } from '~/lib/i18n/site-words.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { phoneText, telHref } from '~/lib/site/contact.ts';

const fixture = 'tests/fixtures/fictional-city';
let data: ReturnType<typeof copyData> | undefined;
afterEach(() => data?.remove());

/** Validates a copy of the fictional fixture after one edit, returning the report and the edited file's text. */
function validateWith(file: string, edit: (text: string) => string) {
	data = copyData(fixture);
	let edited = '';
	data.edit(file, (text) => (edited = edit(text)));
	return { run: runScript('validate', [data.dir, '--no-cache']), edited, location: path.relative(process.cwd(), path.join(data.dir, file)) };
}

describe('bad site configuration', () => {
	it.each([
		{
			kind: 'an unknown field',
			edit: (t: string) => t.replace('fictional: true', 'fictional: true\ncolour: red'),
			message: /Unknown field\(s\) "colour"/u,
			at: 'colour: red',
		},
		{
			kind: 'a missing city name',
			edit: (t: string) => t.replace('  en: Fictional City (made-up test data)\n', ''),
			message: /"city\.en"/u,
			at: '  ja: 架空市（テスト用の架空データ）',
		},
		{ kind: 'an unreadable colour', edit: (t: string) => `${t}primaryColor: dark blue\n`, message: /Write the colour as #rrggbb/u, at: 'primaryColor' },
		{
			kind: 'a colour that fails contrast',
			edit: (t: string) => `${t}primaryColor: "#7fb3ff"\n`,
			message: /#7fb3ff has a contrast of 2\.\d\d:1 with white/u,
			at: 'primaryColor',
		},
		{
			kind: 'a contact without a way to reach anyone',
			edit: (t: string) => t.replace('  email: feedback@example.org\n', ''),
			message: /at least one of url, email or phone/u,
			at: 'contact:',
			below: 1,
		},
		{
			kind: 'a logo that is not there',
			edit: (t: string) => `${t}logo: crest.svg\n`,
			message: /The logo file "crest\.svg" is not in the data directory/u,
			at: 'logo',
		},
	] as Array<{ kind: string; edit: (t: string) => string; message: RegExp; at: string; below?: number }>)(
		'$kind is refused with its line, in English and Japanese, and exit 1',
		({ edit, message, at, below = 0 }: { edit: (t: string) => string; message: RegExp; at: string; below?: number }) => {
			const { run, edited, location } = validateWith('site.yaml', edit);
			expect(run.status, run.output).toBe(1);
			const lines = run.stderr.split('\n');
			const index = lines.findIndex((line) => line.startsWith(`${location}:${lineOf(edited, at) + below}:`) && message.test(line));
			expect(index, run.stderr).toBeGreaterThanOrEqual(0);
			expect(lines[index + 1]).toMatch(/^ {4}.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
		},
	);

	it('refuses a plan type that plan-types.yaml does not define, at its line', () => {
		const file = 'plans/2025/civic-services/records.yaml';
		const { run, edited, location } = validateWith(file, (t) => t.replace('planTypes:\n      - individual-plan', 'planTypes:\n      - special-plan'));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${location}:${lineOf(edited, '- special-plan')}:`);
		expect(run.stderr).toMatch(/Unknown plan type "special-plan"/u);
		expect(run.stderr).toMatch(/計画類型「special-plan」は定義にありません/u);
	});

	it('says which file is missing when a data set has no site.yaml', () => {
		data = copyData(fixture);
		rmSync(path.join(data.dir, 'site.yaml'));
		const run = runScript('validate', [data.dir, '--no-cache']);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/site\.yaml:1:1 error: The file is missing\./u);
	});

	it('lets a data set without plan-types.yaml publish plans without plan types, and refuses plans that name one', () => {
		data = copyData(fixture);
		rmSync(path.join(data.dir, 'plan-types.yaml'));
		const run = runScript('validate', [data.dir, '--no-cache']);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/this data set defines no plan types/u);
	});

	it('stops the build before anything is written', () => {
		const { run } = validateWith('site.yaml', (t) => `${t}primaryColor: "#ffff00"\n`);
		expect(run.status).toBe(1);
		const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'bad-config-build-')), 'dist');
		const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			encoding: 'utf8',
			env: { ...process.env, DATA_DIR: data!.dir, OUT_DIR: outDir },
		});
		expect(build.status).not.toBe(0);
		expect(build.stdout + build.stderr).toMatch(/primaryColor #ffff00 has a contrast of/u);
		expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
		rmSync(path.dirname(outDir), { recursive: true, force: true });
	}, 60_000);
});

describe("the city's words", () => {
	const { dataset } = loadDataset(fixture);
	it('name the site from the city and the document unless the configuration names it', () => {
		expect(siteName(dataset!.site, 'ja')).toBe('架空市（テスト用の架空データ） 各課の年度目標');
		expect(siteName({ ...dataset!.site, siteName: { ja: '架空', en: 'Made up' } }, 'en')).toBe('Made up');
	});
	it('capitalize the document name to start a title', () => {
		expect(siteWords(dataset!.site, 'en').Document).toBe('Annual goals');
		expect(siteWords(dataset!.site, 'en').document).toBe('annual goals');
	});
	it('measure contrast as WCAG does', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});

describe('a contact telephone number', () => {
	it('links with digits only and shows non-breaking hyphens, so that it never wraps', () => {
		expect(telHref('042-722-3111')).toBe('tel:0427223111');
		expect(telHref('+81 42 722 3111')).toBe('tel:+81427223111');
		expect(phoneText('042-722-3111')).toBe('042\u2011722\u20113111');
	});
});

describe("a city's own editorial pages", () => {
	/** Validates a copy of the fictional fixture with the given pages (path under pages/ → text). */
	function validatePages(pages: Record<string, string>) {
		data = copyData(fixture);
		for (const [file, text] of Object.entries(pages)) {
			mkdirSync(path.dirname(path.join(data.dir, 'pages', file)), { recursive: true });
			writeFileSync(path.join(data.dir, 'pages', file), text);
		}
		return runScript('validate', [data.dir, '--no-cache']);
	}
	const page = (title: string) => `---\ntitle: ${title}\ndescription: A made-up page for a test.\nupdated: 2026-11-25\n---\n\nText.\n`;

	it('are valid in both languages', () => {
		expect(validatePages({ 'ja/about.mdx': page('架空'), 'en/about.mdx': page('Fictional') }).status).toBe(0);
	});
	it('are refused in one language only, at the page, in English and Japanese', () => {
		const run = validatePages({ 'ja/about.mdx': page('架空') });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/pages\/ja\/about\.mdx:1:1 error: This page has no English version: add pages\/en\/about\.mdx/u);
		expect(run.stderr).toMatch(/英語版がありません/u);
	});
	it('have their front matter checked at its line', () => {
		const run = validatePages({ 'ja/about.mdx': page('架空'), 'en/about.mdx': '---\ntitle: Fictional\nupdated: 2026-11-25\ncolour: red\n---\n' });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/pages\/en\/about\.mdx:4:1 error: Unknown field\(s\) "colour"/u);
		expect(run.stderr).toMatch(/pages\/en\/about\.mdx:\d+:\d+ error: Required field "description" is missing/u);
	});
	it('are refused outside pages/<lang>/<name>.mdx or without front matter', () => {
		const run = validatePages({
			'ja/About Us.mdx': page('架空'),
			'fr/about.mdx': page('Fictif'),
			'ja/help.mdx': 'No front matter.',
			'en/help.mdx': page('Help'),
		});
		expect(run.stderr).toMatch(/pages\/ja\/About Us\.mdx:1:1 error: An editorial page must be at pages\/<ja\|en>\/<name>\.mdx/u);
		expect(run.stderr).toMatch(/pages\/fr\/about\.mdx:1:1 error/u);
		expect(run.stderr).toMatch(/pages\/ja\/help\.mdx:1:1 error: The page must start with its front matter/u);
	});
});
