import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { csvColumns } from '~/lib/open-data/csv-columns.ts';
import { indicatorAnchor } from '~/lib/site/anchors.ts';
import { open, pagesOf, pagesToSweep, siteNames, useBrowser, type SiteName } from './harness.ts';
import { builds } from './build-site.ts';
import { parseCsv } from './parse-csv.ts';
import { restoreCell } from '~/lib/open-data/spreadsheet-cell.ts';
import { compileDataFileSchemas, schemaRejections, type DataFileSchemas } from '../data-file-schemas.ts';

const siteDirs = inject('siteDirs');
useBrowser();

const sites = siteNames.map((site) => ({ site, dataDir: builds[site].dataDir }));

function readCsv(file: string) {
	const text = readFileSync(file, 'utf8');
	expect(text.charCodeAt(0), 'starts with a byte-order mark').toBe(0xfeff);
	const [header, ...rows] = parseCsv(text.slice(1));
	// A text that would start a spreadsheet formula carries a leading quote (see spreadsheet-cell.ts): read it back.
	return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, restoreCell(row[index])])));
}

describe.each(sites)('open data of the $site build', ({ site, dataDir }) => {
	const { dataset } = loadDataset(dataDir);
	const years = [...new Set(dataset!.plans.map(({ plan }) => plan.fiscalYear))];

	it.each(years)('the FY%i CSV has every indicator, its text verbatim, in documented columns', (year) => {
		const rows = readCsv(path.join(siteDirs[site], `data/${year}/indicators.csv`));
		expect(Object.keys(rows[0])).toEqual(csvColumns.map((column) => column.header));
		const expected = dataset!.plans
			.filter(({ plan }) => plan.fiscalYear === year)
			.flatMap(({ plan }) =>
				plan.initiatives.flatMap((initiative) =>
					initiative.indicators.map((indicator, position) => ({
						section_id: plan.section,
						initiative_ja: initiative.title.ja,
						initiative_en: initiative.title.en ?? '',
						indicator_number: indicator.number ?? '',
						indicator_ja: indicator.name.ja,
						indicator_en: indicator.name.en ?? '',
						target_ja: indicator.target.text.ja,
						target_en: indicator.target.text.en ?? '',
						result_ja: indicator.result?.text.ja ?? '',
						anchor: indicatorAnchor(initiative, indicator, position),
					})),
				),
			);
		expect(rows).toHaveLength(expected.length);
		const actual = rows.map((row) => ({
			section_id: row.section_id,
			initiative_ja: row.initiative_ja,
			initiative_en: row.initiative_en,
			indicator_number: row.indicator_number,
			indicator_ja: row.indicator_ja,
			indicator_en: row.indicator_en,
			target_ja: row.target_ja,
			target_en: row.target_en,
			result_ja: row.result_ja,
			anchor: new URL(row.url_ja).hash.slice(1),
		}));
		const key = (row: { section_id: string; anchor: string }) => `${row.section_id}#${row.anchor}`;
		expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
	});

	it('each section’s CSV and JSON hold exactly that section’s plan', () => {
		for (const { plan } of dataset!.plans) {
			const base = path.join(siteDirs[site], `data/${plan.fiscalYear}/${plan.department}/${plan.section}`);
			const rows = readCsv(`${base}.csv`);
			expect(rows).toHaveLength(plan.initiatives.reduce((sum, initiative) => sum + initiative.indicators.length, 0));
			expect(new Set(rows.map((row) => row.section_id))).toEqual(new Set([plan.section]));
			const json = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
			expect(json.license.id).toBe(dataset!.site.license.id);
			expect(json.sections).toHaveLength(1);
			expect(json.sections[0].plan).toEqual(JSON.parse(JSON.stringify(plan)));
		}
	});

	it.each(years)('the FY%i JSON holds every plan of the year verbatim', (year) => {
		const json = JSON.parse(readFileSync(path.join(siteDirs[site], `data/${year}/plans.json`), 'utf8'));
		const plans = dataset!.plans.filter(({ plan }) => plan.fiscalYear === year).map(({ plan }) => JSON.parse(JSON.stringify(plan)));
		const byKey = (plan: { department: string; section: string }) => `${plan.department}/${plan.section}`;
		expect(
			json.sections
				.map((section: { plan: { department: string; section: string } }) => section.plan)
				.sort((a: never, b: never) => byKey(a).localeCompare(byKey(b))),
		).toEqual(plans.sort((a, b) => byKey(a).localeCompare(byKey(b))));
		expect(json.fictional ?? false).toBe(dataset!.site.fictional);
	});

	it('the data files validate against the published JSON Schemas, and a broken one does not', () => {
		const published = Object.fromEntries(
			['plan.schema.json', 'organization.schema.json', 'review-scales.schema.json', 'site.schema.json', 'plan-types.schema.json'].map((name) => [
				name,
				JSON.parse(readFileSync(path.join(siteDirs[site], `data/schemas/${name}`), 'utf8')),
			]),
		) as DataFileSchemas;
		expect(schemaRejections(published, dataDir)).toEqual([]);
		const broken = parse(readFileSync(dataset!.plans[0].file, 'utf8'));
		broken.initiatives[0].rank = 'first';
		expect(compileDataFileSchemas(published).plan(broken)).toBe(false);
	});
});

describe('feeds and sitemap', () => {
	async function parseXml(site: SiteName, pathname: string) {
		const { page, close } = await open(site, '/');
		const result = await page.evaluate(async (url) => {
			const text = await (await fetch(url)).text();
			const document = new DOMParser().parseFromString(text, 'application/xml');
			const error = document.querySelector('parsererror')?.textContent ?? null;
			const ns = (name: string) => Array.from(document.getElementsByTagNameNS('*', name));
			return {
				error,
				root: document.documentElement.localName,
				namespace: document.documentElement.namespaceURI,
				locs: ns('loc').map((element) => element.textContent ?? ''),
				alternates: ns('link').filter((element) => element.getAttribute('hreflang')).length,
				entries: ns('entry').map((entry) => ({
					id: entry.getElementsByTagNameNS('*', 'id')[0]?.textContent,
					title: entry.getElementsByTagNameNS('*', 'title')[0]?.textContent,
					updated: entry.getElementsByTagNameNS('*', 'updated')[0]?.textContent,
					link: entry.getElementsByTagNameNS('*', 'link')[0]?.getAttribute('href'),
				})),
			};
		}, pathname);
		await close();
		return result;
	}

	it.each(siteNames)('the sitemap of the %s build is well-formed XML and lists every HTML page with its alternates', async (site) => {
		const sitemap = await parseXml(site, '/sitemap.xml');
		expect(sitemap.error).toBeNull();
		expect(sitemap.root).toBe('urlset');
		expect(sitemap.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
		const listed = new Set(sitemap.locs.map((loc) => new URL(loc).pathname));
		const pages = pagesOf(site).filter((pathname) => pathname !== '/404.html');
		expect([...listed].sort()).toEqual(pages.sort());
		expect(sitemap.alternates).toBe((sitemap.locs.length - 1) * 3);
	});

	it.each(['ja', 'en'])('the %s Atom feed is well-formed and dates plans and reviews (fictional fixture)', async (lang) => {
		const feed = await parseXml('fictional', `/${lang}/feed.xml`);
		expect(feed.error).toBeNull();
		expect(feed.root).toBe('feed');
		expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
		const planCount = loadDataset('tests/fixtures/fictional-city').dataset!.plans.length;
		expect(feed.entries.filter((entry) => entry.id?.includes(':plan/'))).toHaveLength(planCount);
		const review = feed.entries.find((entry) => entry.id?.endsWith('faster-answers/yearEnd') && entry.id.includes('/2025/'));
		expect(review?.updated).toBe('2026-05-20T00:00:00Z');
		const dates = feed.entries.map((entry) => entry.updated!);
		expect(dates).toEqual([...dates].sort().reverse());
		for (const entry of feed.entries) expect(entry.link).toMatch(new RegExp(`^https?://[^/]+/${lang}/`, 'u'));
	});
});

describe('discovery metadata', () => {
	it.each(pagesToSweep().filter(({ pathname }) => /^\/(ja|en)\//u.test(pathname)))(
		'$site $pathname has canonical, Open Graph and a data date',
		async ({ site, pathname }) => {
			const { page, close } = await open(site, pathname);
			expect(new URL((await page.getAttribute('link[rel=canonical]', 'href'))!).pathname).toBe(pathname);
			expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
			expect(new URL((await page.getAttribute('meta[property="og:url"]', 'content'))!).pathname).toBe(pathname);
			expect(await page.locator('.site-footer__updated time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
			await close();
		},
	);

	it.each(siteNames)('the %s build serves robots.txt pointing at the sitemap', async (site) => {
		expect(readFileSync(path.join(siteDirs[site], 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/mu);
	});
});

describe('the indicator index (snapshot and fictional)', () => {
	it('lists every indicator of the year and links each to its permalink', async () => {
		const { page, close } = await open('snapshot', '/en/indicators/');
		const links = await page
			.locator('tbody th[scope=row] a')
			.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href')!));
		expect(links).toHaveLength(36);
		const first = links[0];
		await page.goto(new URL(first, page.url()).href);
		expect(await page.locator(`[id="${new URL(first, 'http://x').hash.slice(1)}"]`).count()).toBe(1);
		await close();
	});

	it('filters by section, plan type, status and keyword, and announces the count', async () => {
		const { page, close } = await open('snapshot', '/en/indicators/');
		const visibleRows = () => page.locator('tbody tr:not([hidden])').count();
		const status = page.getByRole('status');
		expect(await visibleRows()).toBe(36);
		await page.getByLabel('Section').selectOption('policy-management/digital-strategy');
		expect(await visibleRows()).toBe(12);
		expect(await status.textContent()).toContain('Showing 12 of 36');
		await page.getByLabel('Plan type').selectOption('management-reform-plan');
		expect(await visibleRows()).toBe(3);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.waitForFunction(() => document.querySelectorAll('tbody tr:not([hidden])').length === 36);
		await page.getByLabel('Keyword').fill('survey');
		expect(await visibleRows()).toBe(2);
		await page.getByLabel('Keyword').fill('アンケート');
		expect(await visibleRows()).toBe(0);
		await page.getByLabel('Keyword').fill('');
		await page.getByLabel('Status').selectOption('not-reported');
		expect(await visibleRows()).toBe(36);
		await page.getByLabel('Status').selectOption('achieved');
		expect(await visibleRows()).toBe(0);
		expect(await status.textContent()).toContain('Showing 0 of 36');
		await close();
	});

	it('filters Japanese keywords on the Japanese page, width- and case-insensitively', async () => {
		const { page, close } = await open('snapshot', '/ja/indicators/');
		await page.getByLabel('キーワード').fill('ｱﾝｹｰﾄ');
		expect(await page.locator('tbody tr:not([hidden])').count()).toBe(2);
		await page.getByLabel('キーワード').fill('調査回数');
		expect(await page.locator('tbody tr:not([hidden])').count()).toBe(2);
		await page.getByLabel('キーワード').fill('dx');
		expect(await page.locator('tbody tr:not([hidden])').count()).toBe(1);
		await close();
	});

	it('sorts by a column header and says so with aria-sort', async () => {
		const { page, close } = await open('fictional', '/en/indicators/');
		const targets = () => page.locator('tbody td.target').allTextContents();
		await page.getByRole('button', { name: /^Target/u }).click();
		expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
		const ascending = (await targets()).map((text) => text.trim());
		expect(ascending).toEqual(['4 sessions', '月13時間/人 (Not yet translated)', '90% or more', '1,200 cumulative (300 a year)', 'Introduced']);
		await page.getByRole('button', { name: /^Target/u }).click();
		expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
		expect((await targets()).map((text) => text.trim())).toEqual([...ascending].reverse());
		await close();
	});

	it('is a complete plain table without JavaScript', async () => {
		const { page, close } = await open('snapshot', '/ja/indicators/', { javaScript: false });
		expect(await page.locator('form.index-filters').isVisible()).toBe(false);
		expect(await page.locator('tbody tr').count()).toBe(36);
		expect(await page.locator('thead button:visible').count()).toBe(0);
		expect(await page.locator('thead th').allInnerTexts()).toContain('目標値');
		await close();
	});
});
