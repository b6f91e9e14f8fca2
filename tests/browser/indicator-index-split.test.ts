import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { htmlFile } from '../../scripts/bench/page-weight.ts';
import { buildPlanIndex } from '~/lib/site/plan-index.ts';
import { indicatorRows } from '~/lib/site/indicator-rows.ts';
import { indicatorIndexPartPath, indicatorIndexPath } from '~/lib/site/paths.ts';
import { languages } from '~/schemas/localized-text.ts';
import { builds } from './build-site.ts';
import { datasetOf, open, pagesOf, useBrowser } from './harness.ts';

const siteDirs = inject('siteDirs');
useBrowser();

/** The same fictional data built twice: `split-index` splits above 2 indicators a year, `fictional` keeps the default threshold. */
const threshold = Number(builds['split-index'].env.INDICATOR_INDEX_SPLIT_ABOVE);
const dataset = datasetOf('split-index');
const years = buildPlanIndex(
	dataset.organization,
	dataset.plans.map(({ plan }) => plan),
);
const latest = years[0].fiscalYear;
const yearIndexPath = (lang: (typeof languages)[number], year: number) => indicatorIndexPath(lang, year === latest ? undefined : year);
const html = (site: 'split-index' | 'fictional', pathname: string) => readFileSync(htmlFile(siteDirs[site], pathname), 'utf8');
/** The indicator permalinks a page links to (section page and anchor). */
const indicatorLinks = (page: string) => [...page.matchAll(/href="([^"]+#[^"]*-indicator-[^"]+)"/gu)].map((match) => match[1]);
/** The `<main>` of a page: what a reader sees, without the asset names of the page furniture. */
const mainOf = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));

const cases = years.flatMap((year) => {
	const rows = indicatorRows(
		dataset.organization,
		dataset.planTypes,
		year.departments.flatMap((department) => department.sections.map(({ plan }) => plan)),
	);
	return languages.map((lang) => ({ lang, year, rows, split: rows.length > threshold }));
});

describe('the indicator index of a year above the threshold is split by department', () => {
	it('the fixture has a year above the threshold and one at or below it', () => {
		expect(cases.some(({ split }) => split)).toBe(true);
		expect(cases.some(({ split }) => !split)).toBe(true);
	});

	it.each(cases.filter(({ split }) => split))('$lang FY$year.fiscalYear lists its departments, each linking to its own page', ({ lang, year }) => {
		const page = html('split-index', yearIndexPath(lang, year.fiscalYear));
		expect(indicatorLinks(page), 'no indicator rows on the year page').toEqual([]);
		for (const { department, indicatorCount, sections } of year.departments) {
			const row = page.slice(page.indexOf(`href="${indicatorIndexPartPath(lang, year.fiscalYear, department.id)}"`));
			expect(row.length, `${department.id} is linked`).toBeLessThan(page.length);
			const counts = [...row.slice(0, row.indexOf('</tr>')).matchAll(/<td class="numeric"[^>]*>(\d+)<\/td>/gu)].map((match) => Number(match[1]));
			expect(counts).toEqual([sections.length, indicatorCount]);
		}
		expect(page, 'whole-year downloads stay').toContain(`href="/data/${year.fiscalYear}/indicators.csv"`);
	});

	it.each(cases.filter(({ split }) => split))(
		'$lang FY$year.fiscalYear: every indicator is on exactly one department page, linking to its permalink',
		({ lang, year, rows }) => {
			const reached = year.departments.flatMap(({ department }) => {
				const part = html('split-index', indicatorIndexPartPath(lang, year.fiscalYear, department.id));
				expect(part, 'the breadcrumbs lead back to the year').toContain(`href="${yearIndexPath(lang, year.fiscalYear)}"`);
				return indicatorLinks(part);
			});
			expect(reached.sort()).toEqual(rows.map((row) => `${row.pages[lang]}#${row.anchor}`).sort());
		},
	);

	it.each(cases.filter(({ split }) => !split))(
		'$lang FY$year.fiscalYear, at or below the threshold, is the same one table as without a threshold',
		({ lang, year, rows }) => {
			const pathname = yearIndexPath(lang, year.fiscalYear);
			expect(indicatorLinks(html('split-index', pathname)).sort()).toEqual(rows.map((row) => `${row.pages[lang]}#${row.anchor}`).sort());
			expect(mainOf(html('split-index', pathname))).toBe(mainOf(html('fictional', pathname)));
			expect(existsSync(htmlFile(siteDirs['split-index'], indicatorIndexPartPath(lang, year.fiscalYear, year.departments[0].department.id)))).toBe(false);
		},
	);

	it('below the default threshold nothing is split', () => {
		expect(pagesOf('fictional').filter((pathname) => /\/indicators\/\d{4}\/[^/]+\/$/u.test(pathname))).toEqual([]);
	});

	it('a department page offers its own sections and filters its own rows', async () => {
		const { lang, year, rows } = cases.find(({ split, lang }) => split && lang === 'en')!;
		const department = year.departments[0];
		const ownRows = rows.filter((row) => row.department.id === department.department.id);
		const { page, problems, close } = await open('split-index', indicatorIndexPartPath(lang, year.fiscalYear, department.department.id));
		try {
			const table = page.getByRole('table');
			await expect.poll(() => table.locator('tbody tr:visible').count()).toBe(ownRows.length);
			const sectionOptions = await page.locator('select[name="section"] option').count();
			expect(sectionOptions, 'All, then this department’s sections only').toBe(1 + department.sections.length);
			await page.getByLabel('Keyword').fill(ownRows[0].name.en ?? ownRows[0].name.ja);
			await expect.poll(() => table.locator('tbody tr:visible').count()).toBeLessThanOrEqual(ownRows.length);
			await expect.poll(() => table.locator('tbody tr:visible').count()).toBeGreaterThan(0);
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});
