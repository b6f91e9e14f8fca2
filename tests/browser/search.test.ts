import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open, useBrowser } from './harness.ts';
import { englishQueries, japaneseQueries } from './search-queries.ts';

useBrowser();

/** Runs a query on the search page (as a reader arriving with ?q=) and returns the result links. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-status]')?.textContent ?? '';
		return status !== '' && !/検索しています|Searching/u.test(status);
	});
	return page.locator('.search-result__title').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
}

describe.each([
	['ja', japaneseQueries],
	['en', englishQueries],
] as const)('searching in %s', (lang, queries) => {
	it('has the queries the issue asks for', () => {
		expect(japaneseQueries.length + englishQueries.length).toBeGreaterThanOrEqual(40);
	});
	it.each(queries)('“$query” leads to $expect', async ({ query, expect: wanted }) => {
		const { page, problems, close } = await open('seed', `/${lang}/search/?q=${encodeURIComponent(query)}`);
		const links = await resultsFor(page, query);
		expect(
			links.slice(0, 10).some((link) => link.includes(wanted)),
			`${query}: ${links.slice(0, 10).join(' ')}`,
		).toBe(true);
		expect(problems).toEqual([]);
		await close();
	});
});

describe('the search page', () => {
	it('shows the section and the target in an indicator result, and lands on the indicator', async () => {
		const { page, close } = await open('seed', '/en/search/?q=overtime');
		const links = await resultsFor(page, 'overtime');
		const first = page.locator('.search-result').first();
		expect(await first.locator('.search-result__kind').textContent()).toContain('Secretarial Division');
		expect(await first.locator('.search-result__target').textContent()).toContain('13 hours per person per month');
		await first.locator('.search-result__title').click();
		await page.waitForURL(`**${links[0]}`);
		expect(await page.locator('#work-efficiency-indicator-1').count()).toBe(1);
		await close();
	});

	it('narrows results with the plan-type, section and year filters', async () => {
		const { page, close } = await open('seed', '/en/search/?q=number');
		const all = await resultsFor(page, 'number');
		expect(all.length).toBeGreaterThan(10);
		await page.getByLabel('Plan type').selectOption('Administrative work review');
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 1);
		expect(await resultsFor(page, 'number')).toEqual(['/en/2025/policy-management/digital-strategy/#server-room-closure-indicator-1']);
		expect(page.url()).toContain('planType=');
		await page.getByLabel('Fiscal year').selectOption('2025');
		await page.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2025');
		expect(await resultsFor(page, 'number')).toHaveLength(1);
		await page.getByLabel('Section').selectOption('Public Hearing Division');
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 0);
		expect(await page.getByRole('status').textContent()).toBe('No results for “number”.');
		await close();
	});

	it('announces the count in a live region and works with the keyboard alone', async () => {
		const { page, close } = await open('seed', '/ja/search/');
		await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '') !== '');
		expect(await page.getByRole('status').textContent()).toContain('キーワードを入力してください');
		await page.getByLabel('サイト内検索', { exact: true }).last().focus();
		await page.keyboard.type('監査');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => /件/u.test(document.querySelector('[data-status]')?.textContent ?? ''));
		expect(await page.getByRole('status').textContent()).toMatch(/「監査」の検索結果: \d+件/u);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/SELECT|BUTTON|A/u);
		await close();
	});

	it('is reachable from a search box on every page', async () => {
		const { page, close } = await open('seed', '/en/2025/policy-management/secretarial/');
		await page.getByRole('search').first().getByRole('searchbox').fill('audit');
		await Promise.all([page.waitForURL('**/en/search/?q=audit'), page.keyboard.press('Enter')]);
		expect((await resultsFor(page, 'audit')).length).toBeGreaterThan(0);
		await close();
	});

	it('says so without JavaScript and points to the indicator index', async () => {
		const { page, close } = await open('seed', '/en/search/?q=audit', { javaScript: false });
		const notice = page.locator('noscript');
		expect(await notice.count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Indicator index' }).last().getAttribute('href')).toBe('/en/indicators/');
		await close();
	});

	it('reports how many bytes a first query downloads (for later budgets)', async () => {
		const { page, close } = await open('seed', '/ja/search/?q=%E7%9B%A3%E6%9F%BB');
		await resultsFor(page, '監査');
		const bytes = await page.evaluate(() =>
			(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((entry) => entry.name.includes('/pagefind/'))
				.reduce((sum, entry) => sum + entry.transferSize, 0),
		);
		console.log(`search: a first Japanese query downloads ${bytes} bytes of Pagefind files`);
		expect(bytes).toBeGreaterThan(0);
		await close();
	});
});
