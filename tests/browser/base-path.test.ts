import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listFiles } from '~/lib/files/list-files.ts';
import { builds } from './build-site.ts';
import { open, useBrowser } from './harness.ts';
import { builtPages } from './site-pages.ts';

useBrowser();

const siteDirs = inject('siteDirs');
const { basePath, siteUrl } = builds.subPath;
/** Addresses outside the site that published files may name: standards and the data licence. */
const externalOrigins = ['http://www.sitemaps.org', 'http://www.w3.org', 'https://json-schema.org', 'https://creativecommons.org'];

/** Every same-origin address a loaded page points to: links, stylesheets, icons, scripts, images and form actions. */
function pageReferences(page: Page): Promise<string[]> {
	return page.evaluate(() => [
		...[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((element) => element.href),
		...[...document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')].map((element) => element.src),
		...[...document.querySelectorAll('form')].map((form) => form.action),
	]);
}

/** The absolute addresses a page gives about itself: canonical, alternates (hreflang) and Open Graph. */
function pageAddresses(page: Page): Promise<string[]> {
	return page.evaluate(() => [
		...[...document.querySelectorAll<HTMLLinkElement>('link[rel="canonical"], link[rel="alternate"][hreflang]')].map((link) => link.getAttribute('href')!),
		...[...document.querySelectorAll('meta[property="og:url"]')].map((meta) => meta.getAttribute('content')!),
	]);
}

/** Every http(s) address written in a file: in XML attributes and text, CSV cells and JSON strings. */
const addressesIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>,]+/gu)].map((match) => match[0]);

describe(`a site built for ${siteUrl}`, () => {
	it('has every link, asset, script, form and search index answer 200 under the base path, on every page, with no failed request', async () => {
		const pages = builtPages(siteDirs.subPath).map((pathname) => `${basePath}${pathname.slice(1)}`);
		const { page, problems, origin, close } = await open('subPath', pages[0]);
		// The first page's late loads (its icon) finish before the crawl navigates away, or they would be cut off.
		await page.waitForLoadState('networkidle');
		const references = new Set<string>();
		const selfAddresses: string[] = [];
		for (const pathname of pages) {
			// Wait for what loads late (icon, chart code) so that the next page does not cut it off.
			const response = await page.goto(origin + pathname, { waitUntil: 'networkidle' });
			expect(response?.status(), pathname).toBe(200);
			for (const reference of await pageReferences(page)) {
				const url = new URL(reference);
				if (url.origin === origin) references.add(url.origin + url.pathname);
			}
			selfAddresses.push(...(await pageAddresses(page)));
		}
		await close();
		expect(problems).toEqual([]);
		expect(pages.length).toBeGreaterThan(20);
		// The Pagefind bundles are loaded by script, not linked: check them with the rest.
		for (const lang of ['ja', 'en']) references.add(`${origin}${basePath}pagefind/${lang}/pagefind.js`);
		const broken: string[] = [];
		for (const reference of references) {
			if (!new URL(reference).pathname.startsWith(basePath)) broken.push(`outside the base path: ${reference}`);
			const status = (await fetch(reference)).status;
			if (status !== 200) broken.push(`${status} ${reference}`);
		}
		expect(broken).toEqual([]);
		expect(references.size).toBeGreaterThan(pages.length);
		expect(selfAddresses.length).toBeGreaterThan(pages.length);
		expect(selfAddresses.filter((address) => !address.startsWith(siteUrl))).toEqual([]);
	});

	it('serves its 404 page, with its style and links, for a missing address under the base path', async () => {
		const { page, problems, origin, response, close } = await open('subPath', `${basePath}ja/no-such-page/`);
		expect(response?.status()).toBe(404);
		// The page loaded its stylesheet (or has it inline) and styled the skip link off-screen.
		expect(await page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position)).not.toBe('static');
		const missing = page.url().replace(/#.*$/u, '');
		const links = (await pageReferences(page))
			.map((reference) => reference.replace(/#.*$/u, ''))
			.filter((reference) => reference.startsWith(origin) && reference !== missing);
		expect(links.length).toBeGreaterThan(5);
		for (const link of links) expect((await fetch(link)).status, link).toBe(200);
		// The page itself answers 404 (the browser logs it); anything else it loads must not fail.
		const expected = (problem: string) =>
			problem.includes('/ja/no-such-page/') || problem === 'console: Failed to load resource: the server responded with a status of 404 (Not Found)';
		expect(problems.filter((problem) => !expected(problem))).toEqual([]);
		expect(problems.filter(expected)).toHaveLength(2);
		await close();
	});

	it.each([
		['ja', '電子化'],
		['en', 'records'],
	])('finds results on the %s search page, linked under the base path', async (lang, query) => {
		const { page, problems, close } = await open('subPath', `${basePath}${lang}/search/?q=${encodeURIComponent(query)}`);
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0);
		const links = await page.locator('.search-result__title').evaluateAll((elements) => elements.map((element) => element.getAttribute('href')!));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link.startsWith(basePath), link).toBe(true);
		await page.locator('.search-result__title').first().click();
		await page.waitForURL(`**${links[0]}`);
		expect(problems).toEqual([]);
		await close();
	});

	it('writes only addresses under the public address in the sitemap, feeds, robots.txt and every CSV and JSON download', () => {
		const dir = siteDirs.subPath;
		const files = [
			'sitemap.xml',
			'robots.txt',
			'ja/feed.xml',
			'en/feed.xml',
			...listFiles(path.join(dir, 'data'), /\.(csv|json)$/u).map((file) => path.relative(dir, file)),
		];
		const wrong: string[] = [];
		let ours = 0;
		for (const file of files) {
			const addresses = addressesIn(readFileSync(path.join(dir, file), 'utf8'));
			if (/sitemap|robots|feed|indicators\.csv|plans\.json/u.test(file)) expect(addresses.length, file).toBeGreaterThan(0);
			for (const address of addresses) {
				if (address.startsWith(siteUrl)) ours += 1;
				else if (!externalOrigins.includes(new URL(address).origin)) wrong.push(`${file}: ${address}`);
			}
		}
		expect(wrong).toEqual([]);
		expect(ours).toBeGreaterThan(files.length);
		expect(readFileSync(path.join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}sitemap.xml`);
	});
});

describe('a site built for the root of a domain', () => {
	it('keeps root paths in links, head addresses, downloads and robots.txt', () => {
		const dir = siteDirs.fictional;
		const home = readFileSync(path.join(dir, 'ja/index.html'), 'utf8');
		expect(home).toContain('<link rel="canonical" href="https://plans.example.org/ja/"');
		expect(home).toContain('href="/favicon.svg"');
		expect(home).toContain('action="/ja/search/"');
		expect(readFileSync(path.join(dir, 'ja/open-data/index.html'), 'utf8')).toMatch(/href="\/data\/\d{4}\/indicators\.csv"/u);
		expect(readFileSync(path.join(dir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://plans.example.org/sitemap.xml');
		expect(readFileSync(path.join(dir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://plans.example.org/ja/</loc>');
	});
});
