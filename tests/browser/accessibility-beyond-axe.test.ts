import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlFile } from '../../scripts/bench/page-weight.ts';
import { open, pagesOf, sectionPagesOf, siteNames, useBrowser } from './harness.ts';
import { contrastRatio } from '~/lib/colours/contrast.ts';
import { messages } from '~/lib/i18n/translate.ts';

const siteDirs = inject('siteDirs');
useBrowser();

/** What axe cannot see (issue #17): checked on the fictional build, whose pages have reviews, charts and two years. */
const fictionalSections = sectionPagesOf('fictional');
const japaneseSections = fictionalSections.map(({ ja }) => ja);
const englishSections = fictionalSections.map(({ en }) => en);
const withCharts = '/en/2025/civic-services/resident-support/';

/** Scrolls every chart into view and waits until each is drawn. */
async function drawAll(page: Page): Promise<number> {
	const figures = page.locator('figure[data-chart]');
	const count = await figures.count();
	for (let index = 0; index < count; index += 1) await figures.nth(index).scrollIntoViewIfNeeded();
	await page.waitForFunction((n) => document.querySelectorAll('figure[data-drawn="true"]').length === n, count, { timeout: 10_000 });
	// A redraw (colours or width changed) replaces the chart within a frame or two.
	await page.waitForTimeout(300);
	return count;
}

describe('tables', () => {
	it.each(siteNames)('%s: every th has a scope and every table a caption, on every page', (site) => {
		const missing: string[] = [];
		for (const pathname of pagesOf(site)) {
			const html = readFileSync(htmlFile(siteDirs[site], pathname), 'utf8');
			for (const th of html.match(/<th\b[^>]*>/gu) ?? []) if (!/\sscope="(col|row)"/u.test(th)) missing.push(`${pathname}: ${th}`);
			const tables = html.match(/<table\b[^>]*>\s*(<caption\b)?/gu) ?? [];
			for (const table of tables) if (!table.includes('<caption')) missing.push(`${pathname}: table without a caption`);
		}
		expect(missing).toEqual([]);
	});

	it.each([...japaneseSections, '/ja/indicators/'])(
		'%s at 320 px: no Japanese table cell narrower than two characters, and no number wraps',
		async (pathname) => {
			const { page, close } = await open('fictional', pathname, { width: 320 });
			const problems = await page.evaluate(() => {
				const found: string[] = [];
				for (const cell of document.querySelectorAll<HTMLElement>('main table :is(th, td):not(.permalink-cell)')) {
					// A stacked table's header row is left to screen readers (clipped); each card names its columns.
					const clipped = getComputedStyle(cell.closest('thead') ?? cell).clipPath !== 'none';
					if (!cell.checkVisibility() || !cell.textContent?.trim() || clipped) continue;
					const style = getComputedStyle(cell);
					const content = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					if (content < 2 * parseFloat(style.fontSize)) found.push(`${Math.round(content)} px: ${cell.textContent.trim().slice(0, 20)}`);
					const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						for (const match of (node.textContent ?? '').matchAll(/[0-9０-９][0-9０-９,.，．]*[%％]?/gu)) {
							const range = document.createRange();
							range.setStart(node, match.index);
							range.setEnd(node, match.index + match[0].length);
							const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
							if (lines.size > 1) found.push(`"${match[0]}" wraps in: ${cell.textContent.trim().slice(0, 20)}`);
						}
					}
				}
				return found;
			});
			expect(problems).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await close();
		},
	);

	it.each([320, 1280])('a table wrapper is focusable only when it scrolls (%i px)', async (width) => {
		for (const pathname of [...englishSections, ...japaneseSections, '/en/open-data/', '/ja/indicators/']) {
			const { page, close } = await open('fictional', pathname, { width });
			const wrappers = await page.locator('[data-table-scroll]').evaluateAll((elements) =>
				elements.map((wrapper) => ({
					scrolls: wrapper.scrollWidth > wrapper.clientWidth + 1,
					focusable: wrapper.getAttribute('tabindex') === '0',
					region: wrapper.tagName === 'SECTION' && Boolean(document.getElementById(wrapper.getAttribute('aria-labelledby') ?? '')),
					hint: (wrapper.querySelector('.table-scroll__hint') as HTMLElement | null)?.checkVisibility() ?? false,
				})),
			);
			expect(wrappers.length, pathname).toBeGreaterThan(0);
			for (const wrapper of wrappers)
				expect({ ...wrapper, pathname }).toEqual({
					scrolls: wrapper.scrolls,
					focusable: wrapper.scrolls,
					region: wrapper.scrolls,
					hint: wrapper.scrolls,
					pathname,
				});
			await close();
		}
	});

	it('some English tables still scroll sideways at 320 px (a known limitation the statement lists)', async () => {
		const { page, close } = await open('fictional', '/en/open-data/', { width: 320 });
		expect(await page.locator('.table-scroll--scrolls[tabindex="0"]').count()).toBeGreaterThan(0);
		// Their captions stay within the screen, and say which table it is.
		const captions = await page
			.locator('.table-scroll--scrolls caption')
			.evaluateAll((elements) => elements.map((caption) => caption.getBoundingClientRect().right));
		for (const right of captions) expect(right).toBeLessThanOrEqual(320);
		await close();
	});

	it('stacks the indicator index into one card per row on a phone, each cell naming its column', async () => {
		const { page, close } = await open('fictional', '/ja/indicators/', { width: 320 });
		const cell = page.locator('main tbody td[data-label]').first();
		expect(await cell.evaluate((element) => getComputedStyle(element).display)).toBe('block');
		expect(await cell.evaluate((element) => getComputedStyle(element, '::before').content)).toContain(await cell.getAttribute('data-label'));
		// Still a table to assistive technology.
		expect(await page.getByRole('rowheader').count()).toBeGreaterThan(0);
		await close();
	});
});

describe('charts under user colours (fictional section page)', () => {
	/** Of a canvas's opaque pixels other than the page background, the share with at least 3:1 contrast against it. */
	async function contrastingShare(page: Page, background: string) {
		return page.locator('figure[data-drawn] canvas').evaluateAll((elements, pageBackground) => {
			const canvases = elements as HTMLCanvasElement[];
			const [r0, g0, b0] = pageBackground.match(/\d+/gu)!.map(Number);
			const luminance = (r: number, g: number, b: number) =>
				[r, g, b]
					.map((value) => {
						const channel = value / 255;
						return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
					})
					.reduce((sum, channel, index) => sum + channel * [0.2126, 0.7152, 0.0722][index], 0);
			const backgroundLuminance = luminance(r0, g0, b0);
			return canvases.map((canvas) => {
				const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
				let marks = 0;
				let contrasting = 0;
				for (let index = 0; index < data.length; index += 4) {
					if (data[index + 3] < 255 || (data[index] === r0 && data[index + 1] === g0 && data[index + 2] === b0)) continue;
					marks += 1;
					const own = luminance(data[index], data[index + 1], data[index + 2]);
					const ratio = (Math.max(own, backgroundLuminance) + 0.05) / (Math.min(own, backgroundLuminance) + 0.05);
					if (ratio >= 3) contrasting += 1;
				}
				return { marks, share: marks ? contrasting / marks : 0 };
			});
		}, background);
	}

	it.each(['dark', 'light'] as const)('chart text and marks have at least 3:1 contrast in forced colours (%s)', async (colorScheme) => {
		const { page, problems, close } = await open('fictional', withCharts);
		await page.emulateMedia({ forcedColors: 'active', colorScheme });
		expect(await drawAll(page)).toBe(3);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const text = await page.evaluate(() => getComputedStyle(document.querySelector('figure')!).color);
		expect(contrastRatio(toHex(text), toHex(background))).toBeGreaterThanOrEqual(7);
		for (const { marks, share } of await contrastingShare(page, background)) {
			expect(marks).toBeGreaterThan(500);
			// Anti-aliased edges aside (a few per cent), every mark stands out from the page.
			expect(share).toBeGreaterThan(0.95);
		}
		expect(problems).toEqual([]);
		await close();
	});

	it('draws again in the new colours when forced colours are turned on after drawing', async () => {
		const { page, close } = await open('fictional', withCharts);
		await page.emulateMedia({ colorScheme: 'light' });
		await drawAll(page);
		await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
		await page.waitForTimeout(500);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		for (const { share } of await contrastingShare(page, background)) expect(share).toBeGreaterThan(0.95);
		await close();
	});

	it('keeps the outline of review panels, summary boxes and charts in forced colours', async () => {
		const { page, close } = await open('fictional', withCharts);
		await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
		for (const selector of ['.review', '.section-summary', '.chart-figure']) {
			const border = await page
				.locator(selector)
				.first()
				.evaluate((element) => {
					const style = getComputedStyle(element);
					return { style: style.borderTopStyle, transparent: style.borderTopColor === 'rgba(0, 0, 0, 0)' };
				});
			expect(border, selector).toEqual({ style: 'solid', transparent: false });
		}
		await close();
	});

	it.each([320, 1280])('chart labels are not clipped (%i px)', async (width) => {
		for (const pathname of [withCharts, withCharts.replace('/en/', '/ja/')]) {
			const { page, close } = await open('fictional', pathname, { width });
			await drawAll(page);
			const edges = await page.locator('figure[data-drawn] canvas').evaluateAll((elements) =>
				(elements as HTMLCanvasElement[]).map((canvas) => {
					const { width: w, height: h } = canvas;
					const { data } = canvas.getContext('2d')!.getImageData(0, 0, w, h);
					// The two outermost pixel columns and rows are left blank: a label cut at an edge paints there.
					const painted = (x: number, y: number) => data[(y * w + x) * 4 + 3] > 0;
					let touching = 0;
					for (let y = 0; y < h; y += 1) if (painted(0, y) || painted(1, y) || painted(w - 1, y) || painted(w - 2, y)) touching += 1;
					for (let x = 0; x < w; x += 1) if (painted(x, 0) || painted(x, 1)) touching += 1;
					return touching;
				}),
			);
			// Nothing is drawn on the canvas's left, right or top edge: a label cut there would be.
			expect(edges, pathname).toEqual(edges.map(() => 0));
			await close();
		}
	});

	it('names the canvas briefly (the heading, summary and table say the rest) and shows no box without JavaScript', async () => {
		const { page, close } = await open('fictional', withCharts);
		await drawAll(page);
		const figure = page.locator('figure:has(#chart-results-title)');
		const label = (await figure.locator('canvas').getAttribute('aria-label')) ?? '';
		expect(label).toBe(messages.en['chart.canvasLabel']);
		expect(label).not.toContain(await figure.locator('.chart-figure__summary').textContent());
		await close();
		const plain = await open('fictional', withCharts, { javaScript: false });
		expect(await plain.page.getByRole('img').count()).toBe(0);
		for (const box of await plain.page.locator('.chart-figure__canvas').all()) expect(await box.isVisible()).toBe(false);
		await plain.close();
	});
});

describe('names, titles and the language switch', () => {
	it.each([...englishSections, ...japaneseSections, '/en/indicators/'])(
		'%s: accessible names of headings and row headers contain no permalink text',
		async (pathname) => {
			const { page, close } = await open('fictional', pathname);
			const snapshot = await page.locator('main').ariaSnapshot();
			const named = snapshot.split('\n').filter((line) => /^\s*- (heading|rowheader)\b/u.test(line));
			expect(named.length).toBeGreaterThan(0);
			const permalinkWords = [/Link to/u, /へのリンク/u];
			for (const line of named) for (const words of permalinkWords) expect(line).not.toMatch(words);
			// The permalinks are there, each named by itself.
			expect(await page.getByRole('link', { name: /Link to|へのリンク/u }).count()).toBe(
				pathname.includes('indicators') ? 0 : await page.locator('a.permalink').count(),
			);
			await close();
		},
	);

	it('links and buttons say where they go or what they do, each in its own words', async () => {
		const { page, close } = await open('fictional', withCharts);
		const csvLinks = await page.locator('a[download][href^="data:"]').evaluateAll((links) => links.map((link) => link.textContent?.trim()));
		expect(new Set(csvLinks).size).toBe(csvLinks.length);
		// The header search box is named what it shows.
		const placeholder = (await page.locator('#header-search-input').getAttribute('placeholder'))!;
		expect(await page.getByRole('searchbox', { name: placeholder, exact: true }).count()).toBe(1);
		await close();
		const index = await open('fictional', '/en/indicators/');
		const sort = index.page.getByRole('button', { name: 'Section', exact: true });
		await sort.click();
		expect(await index.page.locator('th[aria-sort]').getByRole('button', { name: 'Section', exact: true }).count()).toBe(1);
		await index.close();
	});

	it('every page title is unique, across fiscal years too, and a section page’s title names its year', () => {
		const titles = new Map<string, string[]>();
		for (const pathname of pagesOf('fictional')) {
			const title = /<title>([^<]*)<\/title>/u.exec(readFileSync(htmlFile(siteDirs.fictional, pathname), 'utf8'))?.[1] ?? '';
			titles.set(title, [...(titles.get(title) ?? []), pathname]);
		}
		expect([...titles].filter(([, pages]) => pages.length > 1)).toEqual([]);
		for (const { plan, ja, en } of fictionalSections) {
			for (const pathname of [ja, en]) expect([...titles].find(([, pages]) => pages.includes(pathname))?.[0]).toContain(String(plan.fiscalYear));
		}
		expect(new Set(fictionalSections.map(({ plan }) => plan.fiscalYear)).size).toBeGreaterThan(1);
	});

	it('the language switch keeps the anchor and the query; without JavaScript it leads to the plain page', async () => {
		const anchor = fictionalSections[0].plan.initiatives[0].id;
		const { page, close } = await open('fictional', `${fictionalSections[0].en}#${anchor}`);
		const japanese = page.locator('a[data-language-switch][hreflang="ja"]');
		expect(await japanese.getAttribute('href')).toBe(`${fictionalSections[0].ja}#${anchor}`);
		await page.evaluate(() => (location.hash = 'contents'));
		expect(await japanese.getAttribute('href')).toBe(`${fictionalSections[0].ja}#contents`);
		await Promise.all([page.waitForURL(`**${fictionalSections[0].ja}#contents`), japanese.click()]);
		await close();
		const search = await open('fictional', '/en/search/?q=training');
		expect(await search.page.locator('a[data-language-switch][hreflang="ja"]').getAttribute('href')).toBe('/ja/search/?q=training');
		await search.close();
		const plain = await open('fictional', `${fictionalSections[0].en}#${anchor}`, { javaScript: false });
		expect(await plain.page.locator('a[data-language-switch][hreflang="ja"]').getAttribute('href')).toBe(fictionalSections[0].ja);
		await plain.close();
	});
});

describe('reading', () => {
	it.each(japaneseSections)('%s keeps Japanese prose lines to at most 48 characters at 1280 px', async (pathname) => {
		const { page, close } = await open('fictional', pathname);
		const widest = await page.evaluate(() =>
			Math.max(
				...[...document.querySelectorAll<HTMLElement>('main :is(p, li, dd)')]
					.filter((element) => !element.closest('table') && element.checkVisibility())
					.map((element) => element.getBoundingClientRect().width / parseFloat(getComputedStyle(element).fontSize)),
			),
		);
		expect(widest).toBeLessThanOrEqual(48);
		await close();
	});
});

describe('the accessibility statement keeps its word', () => {
	it.each(['ja', 'en'] as const)(
		'publishes the checks the suite makes, the known problems, a target date and a contact needing no account (%s)',
		async (lang) => {
			const { accessibilityChecks, knownLimitations, targetDate } = await import('~/lib/site/accessibility-statement.ts');
			const { page, close } = await open('fictional', `/${lang}/accessibility/`);
			expect(await page.locator('[data-check]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-check')))).toEqual(
				accessibilityChecks.map(({ id }) => id),
			);
			expect(await page.locator('[data-limitation]').count()).toBe(knownLimitations.length);
			expect(await page.locator('main').innerText()).toContain(targetDate);
			// The fictional city's contact is an e-mail address: a route without an account.
			expect(await page.locator('main a[href^="mailto:"]').count()).toBeGreaterThan(0);
			expect(await page.locator('main').innerText()).toContain(messages[lang]['accessibility.noAccount']);
			await close();
		},
	);
});

function toHex(rgb: string): string {
	return `#${rgb
		.match(/\d+/gu)!
		.slice(0, 3)
		.map((value) => Number(value).toString(16).padStart(2, '0'))
		.join('')}`;
}
