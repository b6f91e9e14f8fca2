import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open, useBrowser } from './harness.ts';

useBrowser();

/** Scrolls every chart into view and waits until each is drawn. */
async function drawAll(page: Page) {
	const figures = page.locator('figure[data-chart]');
	const count = await figures.count();
	for (let index = 0; index < count; index += 1) await figures.nth(index).scrollIntoViewIfNeeded();
	await page.waitForFunction((n) => document.querySelectorAll('figure[data-drawn="true"]').length === n, count, { timeout: 10_000 });
	return count;
}

/** How many pixels of a canvas are painted. */
const paintedPixels = (page: Page, figure: string) =>
	page.locator(`${figure} canvas`).evaluate((canvas: HTMLCanvasElement) => {
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let painted = 0;
		for (let index = 3; index < data.length; index += 4) if (data[index] > 0) painted += 1;
		return painted;
	});

const fictionalSection = '/en/2025/civic-services/resident-support/';

describe('charts on a section page with reviews (fictional fixture)', () => {
	it('draws every chart, each with its heading, summary, table and CSV link, without console errors', async () => {
		const { page, problems, close } = await open('fictional', fictionalSection);
		const drawn = await drawAll(page);
		expect(drawn).toBe(3);
		for (const id of ['chart-status', 'chart-results', 'chart-years-1']) {
			const figure = page.locator(`figure:has(#${id}-title)`);
			expect(await paintedPixels(page, `figure:has(#${id}-title)`), id).toBeGreaterThan(500);
			expect(await figure.locator('.chart-figure__summary').textContent()).toMatch(/\w+/u);
			expect(await figure.locator('canvas').getAttribute('role')).toBe('img');
			expect(await figure.locator('canvas').getAttribute('aria-label')).not.toContain(await figure.locator('.chart-figure__title').textContent());
			expect(await figure.locator('table caption').count()).toBe(1);
			expect(await figure.locator('th[scope=col]').count()).toBeGreaterThan(1);
			expect(await figure.locator('tbody th[scope=row]').count()).toBeGreaterThan(0);
			expect(await figure.locator('a[download]').getAttribute('href')).toMatch(/^data:text\/csv;charset=utf-8,%EF%BB%BF/u);
		}
		expect(problems).toEqual([]);
		await close();
	});

	it('counts initiatives by review status and shows results against targets', async () => {
		const { page, close } = await open('fictional', fictionalSection);
		const status = page.locator('figure:has(#chart-status-title)');
		expect(await status.locator('tbody tr').allInnerTexts()).toEqual(['Achieved\t1', 'Partly achieved\t1', 'Not yet reported\t1']);
		expect(await status.locator('.chart-figure__summary').textContent()).toBe(
			'Of 3 initiatives, 2 have a year-end review, 0 a mid-year review only, and 1 are not yet reported.',
		);
		const results = page.locator('figure:has(#chart-results-title)');
		expect(await results.locator('tbody tr').first().innerText()).toContain('103.3%');
		const years = page.locator('figure:has(#chart-years-1-title)');
		expect(await years.locator('tbody th[scope=row]').allTextContents()).toEqual(['FY2024', 'FY2025']);
		await close();
	});

	it('is complete without JavaScript: the tables carry the data', async () => {
		const { page, close } = await open('fictional', fictionalSection, { javaScript: false });
		expect(await page.locator('figure.chart-figure table').count()).toBe(3);
		expect(await page.locator('figure[data-drawn]').count()).toBe(0);
		expect(await page.locator('figure:has(#chart-results-title) tbody tr').count()).toBe(3);
		await close();
	});
});

describe('charts of the FY2025 snapshot, where nothing is reported yet', () => {
	it('shows the status chart honestly and the results as a table only', async () => {
		const { page, problems, close } = await open('snapshot', '/ja/2025/policy-management/digital-strategy/');
		expect(await drawAll(page)).toBe(1);
		expect(await page.locator('figure:has(#chart-status-title) tbody tr').allInnerTexts()).toEqual(['未報告\t6']);
		const results = page.locator('figure:has(#chart-results-title)');
		expect(await results.locator('canvas').count()).toBe(0);
		expect(await results.locator('.chart-figure__summary').textContent()).toContain('まだ報告されていません');
		expect(problems).toEqual([]);
		await close();
	});

	it('rolls sections up on the department page and departments up on the home page', async () => {
		for (const [pathname, rows] of [
			['/en/2025/policy-management/', 5],
			['/en/', 1],
		] as const) {
			const { page, close } = await open('snapshot', pathname);
			await drawAll(page);
			expect(await page.locator('figure:has([id^="chart-rollup"]) tbody tr').count()).toBe(rows);
			await close();
		}
	});
});

describe('chart code', () => {
	it('is loaded only on pages that draw a chart, and only once a chart is in view', async () => {
		const scripts = (page: Page) =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((entry) => entry.name)
					.filter((name) => name.includes('/_astro/') && name.endsWith('.js')),
			);
		const about = await open('snapshot', '/en/about/');
		expect(await scripts(about.page)).toEqual([]);
		await about.close();
		const section = await open('fictional', fictionalSection, {});
		await section.page.evaluate(() => window.scrollTo(0, 0));
		await drawAll(section.page);
		expect((await scripts(section.page)).some((name) => name.includes('bar-chart'))).toBe(true);
		await section.close();
	});
});
