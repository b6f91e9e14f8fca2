import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { datasetOf, open, useBrowser } from './harness.ts';
import { searchIndexParts } from '~/lib/search/search-shards.ts';
import { builds } from './build-site.ts';
import { englishQueries, japaneseQueries, nonsenseQueries } from './search-queries.ts';

useBrowser();

/** Waits until the search page has answered (the status is neither empty nor "searching") and returns the result links. */
async function results(page: Page): Promise<string[]> {
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-status]')?.textContent ?? '';
		return status !== '' && !/検索しています|Searching/u.test(status);
	});
	return page.locator('.search-result__title').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
}

const searchPage = (lang: string, query: string) => `/${lang}/search/?q=${encodeURIComponent(query)}`;

describe('the query list', () => {
	it('has at least 80 queries in both languages, of every kind, and 5 nonsense queries', () => {
		expect(japaneseQueries.length + englishQueries.length).toBeGreaterThanOrEqual(80);
		const kinds = new Set([...japaneseQueries, ...englishQueries].map(({ kind }) => kind));
		expect([...kinds].sort()).toEqual(['compound', 'english', 'kana', 'katakana', 'mixed', 'number', 'part', 'several words', 'synonym', 'width', 'word']);
		expect(nonsenseQueries.length).toBeGreaterThanOrEqual(5);
	});
});

describe.each([
	['ja', japaneseQueries],
	['en', englishQueries],
] as const)('searching the snapshot in %s', (lang, queries) => {
	it.each(queries)('$kind “$query” leads to $expect in the first three results', async ({ query, expect: wanted }) => {
		const { page, problems, close } = await open('snapshot', searchPage(lang, query));
		const links = await results(page);
		expect(
			links.slice(0, 3).some((link) => link.includes(wanted)),
			`${query}: ${links.slice(0, 3).join(' ')}`,
		).toBe(true);
		expect(problems).toEqual([]);
		await close();
	});
});

/** Every result of the query on the page: "more" pressed until all are shown. */
async function allResults(page: Page): Promise<string[]> {
	await results(page);
	const more = page.locator('.search__more');
	while (await more.isVisible()) {
		const shown = await page.locator('.search-result').count();
		await more.click();
		await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, shown);
	}
	return results(page);
}

/**
 * A large site's index comes in parts, each ranking its own results with its own word statistics (see
 * search-shards.ts): the same results as one index, in an order that can differ on a data set this small.
 */
describe.each([
	['ja', japaneseQueries],
	['en', englishQueries],
] as const)('searching the snapshot with its index in parts, in %s', (lang, queries) => {
	it.each(queries)('$kind “$query” finds the same results as one index', async ({ query }) => {
		const [whole, inParts] = [await open('snapshot', searchPage(lang, query)), await open('snapshot-in-parts', searchPage(lang, query))];
		const [wholeLinks, partLinks] = [await allResults(whole.page), await allResults(inParts.page)];
		expect(partLinks.toSorted()).toEqual(wholeLinks.toSorted());
		expect(await inParts.page.getByRole('status').textContent()).toBe(await whole.page.getByRole('status').textContent());
		expect(inParts.problems).toEqual([]);
		await Promise.all([whole.close(), inParts.close()]);
	});
});

describe('nonsense', () => {
	it.each((['snapshot', 'snapshot-in-parts'] as const).flatMap((site) => nonsenseQueries.map((query) => ({ site, ...query }))))(
		'$site: “$query” ($lang) finds nothing and offers a way on',
		async ({ site, lang, query }) => {
			const { page, close } = await open(site, searchPage(lang, query));
			expect(await results(page)).toEqual([]);
			expect(await page.getByRole('status').textContent()).toContain(lang === 'ja' ? '一致する結果はありません' : 'No results');
			const help = page.locator('[data-help]');
			expect(await help.isVisible()).toBe(true);
			expect(await help.getByRole('link').getAttribute('href')).toBe(`/${lang}/indicators/`);
			await close();
		},
	);

	it('names the part of a query that matched nothing', async () => {
		const { page, close } = await open('snapshot', searchPage('en', 'overtime giraffes'));
		await results(page);
		expect(await page.getByRole('status').textContent()).toContain('Nothing matched “giraffes”');
		await close();
	});
});

describe('the search page (snapshot)', () => {
	it('shows the year, department, section, target and result of an indicator, and lands on the indicator', async () => {
		const { page, close } = await open('snapshot', searchPage('en', 'overtime'));
		const links = await results(page);
		expect(await page.getByRole('status').textContent()).toBe('1 result for “overtime”');
		const first = page.locator('.search-result').first();
		expect(await first.locator('.search-result__kind').textContent()).toBe('Indicator · FY2025 · Policy Management Department · Secretarial Division');
		expect(await first.locator('.search-result__target').textContent()).toContain('13 hours per person per month');
		expect(await first.locator('.search-result__result').textContent()).toBe('Not yet reported');
		await first.locator('.search-result__title').click();
		await page.waitForURL(`**${links[0]}`);
		expect(await page.locator('#work-efficiency-indicator-1').count()).toBe(1);
		await close();
	});

	it('says “2 results” in English, and which synonym found a result', async () => {
		const { page, close } = await open('snapshot', searchPage('en', 'questionnaire'));
		const links = await results(page);
		expect(await page.getByRole('status').textContent()).toContain(`${links.length} results for “questionnaire”`);
		expect(await page.getByRole('status').textContent()).toContain('survey (questionnaire)');
		expect(await page.locator('.search-result__synonym').first().textContent()).toBe('Found by a related word: survey (questionnaire)');
		await close();
	});

	it('marks a Japanese synonym on the English page with lang="ja"', async () => {
		const { page, close } = await open('snapshot', searchPage('en', 'スマホ'));
		expect((await results(page)).length).toBeGreaterThan(0);
		const word = page.locator('.search-result__synonym span[lang="ja"]').first();
		expect(await word.textContent()).toBe('スマートフォン (スマホ)');
		await close();
	});

	it('shows ten results at first, loading only their fragments, and ten more on request', async () => {
		const { page, close } = await open('snapshot', '/en/search/');
		await results(page);
		// Pagefind fetches in a worker: count its requests, not the page's resource timings.
		let fragments = 0;
		page.on('request', (request) => void (request.url().includes('/fragment/') && (fragments += 1)));
		await page.locator('#search-input').fill('number');
		await page.waitForFunction(() => /results for/u.test(document.querySelector('[data-status]')?.textContent ?? ''));
		const count = Number((await page.getByRole('status').textContent())!.match(/\d+/u)![0]);
		expect(count).toBeGreaterThan(10);
		expect(await page.locator('.search-result').count()).toBe(10);
		expect(fragments).toBe(10);
		const more = page.getByRole('button', { name: /More results/u });
		expect(await more.textContent()).toBe(`More results (10 of ${count} shown)`);
		await more.click();
		await page.waitForFunction((expected) => document.querySelectorAll('.search-result').length === expected, Math.min(count, 20));
		expect(fragments).toBe(Math.min(count, 20));
		expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.search-result__title')[10])).toBe(true);
		await close();
	});

	it('keeps what was typed before search was ready', async () => {
		const { page, origin, close } = await open('snapshot', '/en/search/');
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/pagefind/en/pagefind.js', async (route) => {
			await gate;
			await route.continue();
		});
		await page.goto(`${origin}/en/search/`, { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Search this site', { exact: true }).last().fill('overtime');
		await page.waitForFunction(() => /Searching/u.test(document.querySelector('[data-status]')?.textContent ?? ''));
		release();
		expect(await results(page)).toEqual(['/en/2025/policy-management/secretarial/#work-efficiency-indicator-1']);
		expect(await page.getByLabel('Search this site', { exact: true }).last().inputValue()).toBe('overtime');
		await close();
	});

	it('shows the first result within a phone’s first screen (320 × 640), the filters folded', async () => {
		const { page, close } = await open('snapshot', searchPage('ja', '監査'), { width: 320 });
		await results(page);
		expect(await page.locator('details.search__filters').getAttribute('open')).toBeNull();
		const first = await page.locator('.search-result').first().boundingBox();
		expect(first!.y).toBeLessThan(640);
		await close();
	});

	it('folds the filters and offers the sections of the chosen department only', async () => {
		const { page, close } = await open('snapshot', searchPage('en', 'number'), { width: 320 });
		await results(page);
		const filters = page.locator('details.search__filters');
		expect(await filters.getAttribute('open')).toBeNull();
		await page.getByText('Filters', { exact: true }).click();
		const section = page.locator('select[name="section"]');
		await page.waitForFunction(() => document.querySelectorAll('select[name="department"] option').length > 1);
		expect(await section.isDisabled()).toBe(true);
		await page.locator('select[name="department"]').selectOption('Policy Management Department');
		expect(await section.isDisabled()).toBe(false);
		const labels = await section.locator('option').allTextContents();
		expect(labels).toContain('Secretarial Division');
		expect(labels.every((label) => !label.includes('›'))).toBe(true);
		await section.selectOption({ label: 'Secretarial Division' });
		await page.waitForFunction(() => new URLSearchParams(location.search).has('section'));
		const links = await results(page);
		expect(links.length).toBeGreaterThan(0);
		expect(links.every((link) => link.includes('/secretarial/'))).toBe(true);
		await close();
	});

	it('announces the count in a live region and works with the keyboard alone', async () => {
		const { page, close } = await open('snapshot', '/ja/search/');
		await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '') !== '');
		expect(await page.getByRole('status').textContent()).toContain('キーワードを入力してください');
		await page.getByLabel('サイト内検索', { exact: true }).last().focus();
		await page.keyboard.type('監査');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => /件/u.test(document.querySelector('[data-status]')?.textContent ?? ''));
		expect(await page.getByRole('status').textContent()).toMatch(/「監査」の検索結果: \d+件/u);
		await close();
	});

	it('is reachable from a search box on every page', async () => {
		const { page, close } = await open('snapshot', '/en/2025/policy-management/secretarial/');
		await page.getByRole('search').first().getByRole('searchbox').fill('audit');
		await Promise.all([page.waitForURL('**/en/search/?q=audit'), page.keyboard.press('Enter')]);
		expect((await results(page)).length).toBeGreaterThan(0);
		await close();
	});

	it('says so without JavaScript and points to the indicator index', async () => {
		const { page, close } = await open('snapshot', '/en/search/?q=audit', { javaScript: false });
		expect(await page.locator('noscript').count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Indicator index' }).last().getAttribute('href')).toBe('/en/indicators/');
		await close();
	});
});

describe('the search page (fictional city)', () => {
	it('marks untranslated Japanese in English results with lang="ja"', async () => {
		const { page, close } = await open('fictional', searchPage('en', '相談件数の削減'));
		await results(page);
		const title = page.locator('.search-result__title span').first();
		expect(await title.textContent()).toBe('相談件数の削減');
		expect(await title.getAttribute('lang')).toBe('ja');
		expect(await page.locator('.search-result__initiative').first().getAttribute('lang')).toBe('ja');
		await close();
	});
});

describe('a search index in parts', () => {
	it('loads every part once, and counts and filters the results of all of them as one index', async () => {
		const plans = datasetOf('snapshot-in-parts').plans.map(({ plan }) => plan);
		const parts = searchIndexParts(plans, Number(builds['snapshot-in-parts'].env.SEARCH_SHARD_RECORDS)).length;
		// The editorial pages' part and at least two parts of data.
		expect(parts).toBeGreaterThan(2);
		const { page, close } = await open('snapshot-in-parts', '/en/search/');
		const metadata = new Set<string>();
		page.on('request', (request) => void (request.url().endsWith('.pf_meta') && metadata.add(new URL(request.url()).pathname)));
		await results(page);
		await page.locator('#search-input').fill('number');
		await page.waitForFunction(() => /results for/u.test(document.querySelector('[data-status]')?.textContent ?? ''));
		expect([...metadata].map((pathname) => pathname.replace(/[^/]+$/u, '')).sort()).toEqual(
			['/pagefind/en/', ...Array.from({ length: parts - 1 }, (_, index) => `/pagefind/en/part-${index + 1}/`)].sort(),
		);
		const inParts = await page.getByRole('status').textContent();
		const whole = await open('snapshot', searchPage('en', 'number'));
		await results(whole.page);
		expect(await whole.page.getByRole('status').textContent()).toBe(inParts);
		await whole.close();
		await page.getByText('Filters', { exact: true }).click();
		await page.waitForFunction(() => document.querySelectorAll('select[name="department"] option').length > 1);
		const departments = await page.locator('select[name="department"] option').allTextContents();
		expect(departments.slice(1).sort()).toEqual(
			datasetOf('snapshot-in-parts')
				.organization.departments.filter((department) => plans.some((plan) => plan.department === department.id))
				.map((department) => department.name.en ?? department.name.ja)
				.sort(),
		);
		await close();
	});
});
