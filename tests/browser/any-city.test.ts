import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '~/lib/files/list-files.ts';
import { open, useBrowser } from './harness.ts';

useBrowser();

/** The second fictional city: its own configuration, plan types, scales, licence and colour, and no pages of its own. */
const siteDir = inject('siteDirs')['second-city'];
// The form editor (`admin/`: Decap's bundle and its page) is not published content.
const textFiles = listFiles(siteDir, /\.(?:html|xml|txt|csv|json|svg|css|js)$/u).filter((file) => !path.relative(siteDir, file).startsWith(`admin${path.sep}`));

/** What another city's site must never show: the first city's names, document, licence, source line and icon. */
const otherCity = [
	/町田/u,
	/machida/iu,
	/政策経営部/u,
	/Policy Management/u,
	/各課の年度目標/u,
	/annual goals/iu,
	/CC BY/u,
	/Creative Commons/u,
	/表形式のデータ/u,
	/table export/iu,
	/M8 22V10h4l4 7/u,
];

describe('a site built for another city', () => {
	it('has text files to check (the build ran)', () => {
		expect(textFiles.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(20);
	});

	it.each(otherCity.map((pattern) => [String(pattern), pattern] as const))('shows no trace of another city: %s', (_name, pattern) => {
		const found = textFiles.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => path.relative(siteDir, file));
		expect(found).toEqual([]);
	});

	it('leaves no UI-string placeholder unfilled ({city}, {document}…) in any page, feed or download', () => {
		// The templates that client scripts fill in (data-messages) keep their placeholders on purpose.
		const shown = (file: string) => readFileSync(file, 'utf8').replace(/data-messages="[^"]*"/gu, '');
		const unfilled = textFiles.filter((file) => /\{(?:city|document|Document|siteName|attribution|year|section|count)\}/u.test(shown(file)));
		expect(unfilled.map((file) => path.relative(siteDir, file))).toEqual([]);
	});

	it('names its own city, document, licence and contact on every page', () => {
		for (const file of textFiles.filter((name) => name.endsWith('.html') && !name.endsWith('404.html'))) {
			const html = readFileSync(file, 'utf8');
			expect(html, file).toMatch(/みどり野町（架空）|Midorino Town \(fictional\)/u);
			expect(html, file).toMatch(/公共データ利用規約|Public Data License/u);
			expect(html, file).toContain('info@midorino.example');
		}
	});

	it('publishes its licence and attribution in every download', () => {
		const json = JSON.parse(readFileSync(path.join(siteDir, 'data/2025/plans.json'), 'utf8'));
		expect(json.license.id).toBe('PDL-1.0');
		expect(json.license.attribution.ja).toContain('みどり野町');
		expect(json.title.en).toContain('department management plans');
		expect(json.fictional).toBe(true);
	});

	it('uses its own primary colour for the header and its own plan types and scales on the pages', async () => {
		const { page, problems, close } = await open('second-city', '/en/2025/general-affairs/general-affairs-division/');
		expect(await page.locator('.site-header__masthead').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(27, 94, 32)');
		expect(await page.locator('.tag').allTextContents()).toContain('SDG-related');
		expect(await page.locator('.badge').allTextContents()).toContain('Going well');
		expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
		expect(problems).toEqual([]);
		await close();
	});

	it('uses the generic editorial pages, written from its configuration', async () => {
		const { page, close } = await open('second-city', '/en/how-to-read/');
		expect(await page.locator('#plan-types-caption').textContent()).toBe('Plan types');
		expect(await page.getByRole('rowheader', { name: 'Comprehensive plan' }).count()).toBe(1);
		expect(await page.getByRole('rowheader', { name: 'Partly met' }).count()).toBe(1);
		await close();
		const about = await open('second-city', '/ja/about/');
		expect(await about.page.locator('main').textContent()).toContain('みどり野町（架空）の部署別運営方針');
		expect(await about.page.locator('main').textContent()).toContain('英語の文章も');
		await about.close();
	});
});
