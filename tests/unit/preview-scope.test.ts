import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { changedFilesSince } from '~/lib/preview/changed-files.ts';
import { builtInPreview, historyRead, previewScope, type PreviewScope } from '~/lib/preview/preview-scope.ts';
import { createPreviewRepository } from './preview-repository.ts';
import { withTemporaryFolder } from './history-repository.ts';

const scopeOf = (files: string[], dataFolder = 'data') => previewScope('main', { repositoryRoot: '/repo', files }, dataFolder);

describe('what a preview builds, from the files a branch changed', () => {
	it('previews the changed plan files, one by one, wherever the data folder is', () => {
		expect(scopeOf(['data/plans/2025/civic-services/records.yaml', 'data/plans/2024/civic-services/resident-support.yml'])).toEqual({
			mode: 'changes',
			since: 'main',
			plans: [
				{ fiscalYear: 2025, department: 'civic-services', section: 'records' },
				{ fiscalYear: 2024, department: 'civic-services', section: 'resident-support' },
			],
		});
		expect(scopeOf(['plans/2025/a/b.yaml'], '')).toMatchObject({ mode: 'changes', plans: [{ fiscalYear: 2025, department: 'a', section: 'b' }] });
		expect(scopeOf(['city/data/plans/2025/a/b.yaml'], 'city/data')).toMatchObject({ mode: 'changes' });
	});

	it.each(['organization.yaml', 'review-scales.yaml', 'plan-types.yaml', 'site.yaml', 'pages/ja/about.mdx', 'logo.svg'])(
		'builds the whole site when data/%s changes, saying which file',
		(file) => {
			const scope = scopeOf(['data/plans/2025/civic-services/records.yaml', `data/${file}`]);
			expect(scope.mode).toBe('full');
			expect((scope as Extract<PreviewScope, { mode: 'full' }>).reason.en).toContain(`data/${file}`);
			expect((scope as Extract<PreviewScope, { mode: 'full' }>).reason.ja).toContain(`data/${file}`);
		},
	);

	it.each([
		'src/components/SiteHeader.astro',
		'astro.config.mjs',
		'package-lock.json',
		'src/content/pages/en/about.mdx',
		'src/README.md',
		'public/favicon.svg',
	])('builds the whole site when the code or configuration changes (%s)', (file) => {
		expect(scopeOf(['data/plans/2025/civic-services/records.yaml', file]).mode).toBe('full');
	});

	it('ignores prose outside the code and the raw exports, which the build does not read', () => {
		expect(scopeOf(['README.md', 'docs/deploy.ja.md', 'data/sources/2025-export.tsv'])).toEqual({ mode: 'changes', since: 'main', plans: [] });
	});

	it('builds the whole site, saying why, when git cannot tell what changed', () => {
		const scope = previewScope('main', { problem: { en: 'no repository', ja: 'リポジトリなし' } }, 'data');
		expect(scope).toEqual({ mode: 'full', since: 'main', reason: { en: 'no repository', ja: 'リポジトリなし' } });
	});

	it('keeps the changed plans’ section, department and year pages, and the pages every preview has', () => {
		const scope = scopeOf(['data/plans/2025/civic-services/records.yaml']);
		const page = { fiscalYear: 2025, department: 'civic-services', section: 'records' };
		expect(builtInPreview({ kind: 'section', ...page }, scope)).toBe(true);
		expect(builtInPreview({ kind: 'section', ...page, section: 'resident-support' }, scope)).toBe(false);
		expect(builtInPreview({ kind: 'section', ...page, fiscalYear: 2024 }, scope)).toBe(false);
		expect(builtInPreview({ kind: 'department', fiscalYear: 2025, department: 'civic-services' }, scope)).toBe(true);
		expect(builtInPreview({ kind: 'department', fiscalYear: 2025, department: 'planning' }, scope)).toBe(false);
		expect(builtInPreview({ kind: 'year', fiscalYear: 2025 }, scope)).toBe(true);
		expect(builtInPreview({ kind: 'year', fiscalYear: 2024 }, scope)).toBe(false);
		expect(builtInPreview({ kind: 'always' }, scope)).toBe(true);
		expect(builtInPreview({ kind: 'whole-site' }, scope)).toBe(false);
	});

	it('reads the histories of the changed departments, and of the whole year when its indicator index is one page', () => {
		const scope = scopeOf(['data/plans/2025/civic-services/records.yaml']);
		const split = () => true;
		const whole = () => false;
		expect(historyRead({ fiscalYear: 2025, department: 'civic-services' }, split, scope)).toBe(true);
		expect(historyRead({ fiscalYear: 2025, department: 'planning' }, split, scope)).toBe(false);
		expect(historyRead({ fiscalYear: 2025, department: 'planning' }, whole, scope)).toBe(true);
		expect(historyRead({ fiscalYear: 2024, department: 'civic-services' }, whole, scope)).toBe(false);
		for (const everything of [undefined, scopeOf(['data/organization.yaml'])]) {
			expect(historyRead({ fiscalYear: 1999, department: 'x' }, split, everything)).toBe(true);
		}
	});

	it('builds everything in a normal build and in a full preview', () => {
		const full = scopeOf(['data/organization.yaml']);
		for (const scope of [undefined, full]) {
			expect(builtInPreview({ kind: 'whole-site' }, scope)).toBe(true);
			expect(builtInPreview({ kind: 'section', fiscalYear: 1999, department: 'x', section: 'y' }, scope)).toBe(true);
		}
	});
});

describe('the files a branch changed, from git', () => {
	const repository = createPreviewRepository();
	afterEach(() => repository.reset());
	afterAll(() => repository.remove());

	it('lists committed, uncommitted and new files since the branch left the base, not what the base did since', () => {
		repository.edit('data/plans/2025/civic-services/records.yaml', (text) => text.replace('累計1,200件', '累計1,300件'));
		repository.git('commit', '-q', '-am', 'Raise the records target');
		// The base moves on after the branch left it: a pull request does not show that.
		repository.git('checkout', '-q', 'main');
		repository.edit('data/plans/2024/civic-services/counter-services.yaml', (text) => `${text}# on main\n`);
		repository.git('commit', '-q', '-am', 'Elsewhere on main');
		repository.git('checkout', '-q', 'change');
		repository.edit('data/plans/2024/civic-services/resident-support.yaml', (text) => `${text}# checked\n`);
		writeFileSync(path.join(repository.dir, 'notes.md'), 'new\n');
		expect(changedFilesSince('main', repository.dataDir)).toEqual({
			repositoryRoot: repository.git('rev-parse', '--show-toplevel'),
			files: ['data/plans/2024/civic-services/resident-support.yaml', 'data/plans/2025/civic-services/records.yaml', 'notes.md'],
		});
		repository.git('checkout', '-q', '-f', 'main');
		repository.git('reset', '-q', '--hard', 'HEAD~1');
	});

	it('says so when the base is unknown or the data is outside any repository', () => {
		expect(changedFilesSince('no-such-branch', repository.dataDir)).toHaveProperty('problem.en', expect.stringContaining('no-such-branch'));
		withTemporaryFolder((folder) => expect(changedFilesSince('main', folder)).toHaveProperty('problem.en', expect.stringContaining('not in a git repository')));
	});
});
