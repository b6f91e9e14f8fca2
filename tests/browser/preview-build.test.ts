import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFile } from '../../scripts/bench/page-weight.ts';
import { listFiles } from '~/lib/files/list-files.ts';
import { searchRecords } from '~/lib/search/search-records.ts';
import { languages } from '~/schemas/localized-text.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { createPreviewRepository } from '../unit/preview-repository.ts';
import { buildSite } from './build-site.ts';
import { builtPages } from './site-pages.ts';

/**
 * The pull-request preview (`PREVIEW_CHANGED_SINCE=<ref> npm run build`) on the FICTIONAL fixture in a
 * throw-away repository: a branch changes one plan, and the preview is compared with a full build of the same data.
 */
const repository = createPreviewRepository();
const changed = { fiscalYear: 2025, department: 'civic-services', section: 'records' };
const changedFile = `data/plans/${changed.fiscalYear}/${changed.department}/${changed.section}.yaml`;
const sites = { preview: 'tmp/test-sites/preview', full: 'tmp/test-sites/preview-full', fallback: 'tmp/test-sites/preview-fallback' };
const dirs = {} as Record<keyof typeof sites, string>;

beforeAll(() => {
	repository.edit(changedFile, (text) => text.replace('累計1,200件', '累計1,300件'));
	repository.git('commit', '-q', '-am', 'Raise the records target');
	dirs.preview = buildSite(repository.dataDir, sites.preview, { PREVIEW_CHANGED_SINCE: 'main' });
	dirs.full = buildSite(repository.dataDir, sites.full);
	repository.edit('data/organization.yaml', (text) => `${text}# reviewed\n`);
	dirs.fallback = buildSite(repository.dataDir, sites.fallback, { PREVIEW_CHANGED_SINCE: 'main' });
});
afterAll(() => repository.remove());

const read = (site: keyof typeof sites, pathname: string) => readFileSync(htmlFile(dirs[site], pathname), 'utf8');
/** What a reader sees of a page, without the preview's banner. */
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<div class="preview-banner"[\s\S]*?<\/div>/u, '');
/** How many documents a language's search index holds. */
const searchDocuments = (site: keyof typeof sites, lang: string) =>
	JSON.parse(readFileSync(path.join(dirs[site], `pagefind/${lang}/pagefind-entry.json`), 'utf8')).languages[lang].page_count as number;

describe('a pull-request preview of a change to one plan', () => {
	it('builds exactly the plan’s section, department, year and indicator index pages, the home, search, root and 404 pages', () => {
		const { fiscalYear: year, department, section } = changed;
		const perLanguage = (lang: string) => [
			`/${lang}/`,
			`/${lang}/${year}/`,
			`/${lang}/${year}/${department}/`,
			`/${lang}/${year}/${department}/${section}/`,
			`/${lang}/indicators/`,
			`/${lang}/search/`,
		];
		expect(builtPages(dirs.preview)).toEqual(['/', '/404.html', ...perLanguage('en'), ...perLanguage('ja')].sort());
		expect(builtPages(dirs.full).length).toBeGreaterThan(builtPages(dirs.preview).length);
	});

	it('writes the downloads of the changed plan only', () => {
		const downloads = listFiles(path.join(dirs.preview, 'data')).map((file) => path.relative(dirs.preview, file).split(path.sep).join('/'));
		expect(downloads).toEqual([
			`data/${changed.fiscalYear}/${changed.department}/${changed.section}.csv`,
			`data/${changed.fiscalYear}/${changed.department}/${changed.section}.json`,
		]);
	});

	it('shows the rebuilt pages as the full build does, with the change', () => {
		for (const pathname of builtPages(dirs.preview).filter((page) => page.startsWith('/ja/2025/') || page.startsWith('/en/2025/'))) {
			expect(mainOf(read('preview', pathname)), pathname).toBe(mainOf(read('full', pathname)));
		}
		expect(read('preview', '/ja/2025/civic-services/records/')).toContain('累計1,300件');
	});

	it('says on every page that it is a preview, and lists the changed plan on the home page', () => {
		for (const pathname of ['/ja/', '/en/2025/civic-services/records/']) expect(read('preview', pathname)).toContain('class="preview-banner"');
		expect(read('preview', '/en/')).toContain('1 section plan(s) changed since main');
		expect(read('preview', '/en/')).toMatch(/<a href="\/en\/2025\/civic-services\/records\/"[^>]*>/u);
		expect(read('full', '/en/')).not.toContain('class="preview-banner"');
	});

	it('indexes for search only the records of the changed plan (its section, indicators and initiatives)', () => {
		const { dataset } = loadDataset(repository.dataDir);
		const plan = dataset!.plans.find(({ file }) => file.endsWith(changedFile))!.plan;
		for (const lang of languages) {
			expect(searchDocuments('preview', lang)).toBe(searchRecords(dataset!.organization, dataset!.planTypes, [plan], lang).length);
			expect(searchDocuments('preview', lang)).toBeLessThan(searchDocuments('full', lang));
		}
	});

	it('builds the whole site, without a banner, when the organization changes as well', () => {
		expect(builtPages(dirs.fallback)).toEqual(builtPages(dirs.full));
		expect(existsSync(path.join(dirs.fallback, 'sitemap.xml'))).toBe(true);
		expect(read('fallback', '/en/')).not.toContain('class="preview-banner"');
	});
});
