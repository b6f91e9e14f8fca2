import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { htmlErrors } from './html-validation.ts';
import { htmlFile } from '../../scripts/bench/page-weight.ts';
import { open, pagesOf, pagesToSweep, siteNames, useBrowser } from './harness.ts';
import { serveDirectory } from './static-server.ts';
import { launchChromium } from './chromium.ts';

const siteDirs = inject('siteDirs');
useBrowser();

const sectionPage = '/ja/2025/policy-management/digital-strategy/';

describe('every page passes axe-core (WCAG 2.0/2.1/2.2 A and AA, best practices): all of published and fictional, one of each page type of the other builds', () => {
	it.each(pagesToSweep())('$site $pathname', async ({ site, pathname }) => {
		const { page, problems, close } = await open(site, pathname);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await close();
	});
});

describe('every page of every build is valid HTML (html-validate)', () => {
	it.each(siteNames.flatMap((site) => pagesOf(site).map((pathname) => ({ site, pathname }))))('$site $pathname', async ({ site, pathname }) => {
		const file = htmlFile(siteDirs[site], pathname);
		expect(await htmlErrors(readFileSync(file, 'utf8'), file)).toEqual([]);
	});
});

describe('the checks catch a violation', () => {
	it('axe and html-validate both fail on a deliberately broken page', async () => {
		const server = await serveDirectory('tests/fixtures/broken-page');
		const browser = await launchChromium();
		const page = await browser.newPage();
		await page.goto(`${server.url}/`);
		const violations = await axeViolations(page);
		await browser.close();
		await server.close();
		for (const rule of ['image-alt', 'link-name', 'label', 'color-contrast', 'html-has-lang']) {
			expect(
				violations.some((violation) => violation.startsWith(`${rule}:`)),
				rule,
			).toBe(true);
		}
		const errors = await htmlErrors(readFileSync('tests/fixtures/broken-page/index.html', 'utf8'), 'broken-page/index.html');
		expect(errors.some((error) => error.includes('no-dup-id'))).toBe(true);
		expect(errors.some((error) => error.includes('wcag/h37'))).toBe(true);
	});
});

describe('keyboard journeys (snapshot)', () => {
	/** Presses Tab until the focused element matches, failing after a bounded number of presses. */
	async function tabTo(page: import('playwright-core').Page, matches: (element: Element) => boolean, label: string) {
		for (let presses = 0; presses < 200; presses += 1) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
		}
		throw new Error(`Tab never reached ${label}`);
	}

	it('from the home page to a section’s indicator table and on to the other language, by keyboard alone', async () => {
		const { page, close } = await open('snapshot', '/ja/');
		await tabTo(page, (element) => element.textContent?.trim() === 'デジタル戦略室', 'the Digital Strategy Office link');
		await Promise.all([page.waitForURL('**/ja/2025/policy-management/digital-strategy/'), page.keyboard.press('Enter')]);
		await tabTo(page, (element) => element.getAttribute('href') === '#digital-transformation', 'the contents link to initiative 4');
		await page.keyboard.press('Enter');
		await tabTo(
			page,
			(element) => element.matches('table a.permalink') && element.closest('#digital-transformation') !== null,
			'the first indicator permalink of initiative 4',
		);
		expect(await page.evaluate(() => document.activeElement?.closest('table')?.querySelector('caption')?.textContent)).toContain(
			'デジタルトランスフォーメーションの推進',
		);
		await page.keyboard.press('Shift+Tab');
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.keyboard.press('Home');
		await page.focus('body');
		await tabTo(page, (element) => element.getAttribute('lang') === 'en' && element.closest('nav') !== null, 'the English link of the language switch');
		// The switch keeps the place: the same initiative in the other language.
		await Promise.all([page.waitForURL('**/en/2025/policy-management/digital-strategy/#digital-transformation'), page.keyboard.press('Enter')]);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await close();
	});

	it('shows a visible focus indicator on every interactive element of a section page', async () => {
		const { page, close } = await open('snapshot', sectionPage);
		// What a keyboard reaches: controls that are shown (not those folded in a closed <details>), and each summary.
		const count = await page.evaluate(
			() =>
				[...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter((element) => element.checkVisibility())
					.length,
		);
		const unmarked: string[] = [];
		for (let index = 0; index < count; index += 1) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				const style = getComputedStyle(element);
				const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
				return { visible, name: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 30)}` };
			});
			if (!focus.visible) unmarked.push(focus.name);
		}
		expect(unmarked).toEqual([]);
		await close();
	});
});

describe('layout (snapshot)', () => {
	it.each(['/ja/', sectionPage, '/en/2025/policy-management/public-relations/', '/en/how-to-read/'])(
		'%s keeps its content within the screen with text at 200 %%',
		async (pathname) => {
			const { page, close } = await open('snapshot', pathname, { width: 640 });
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
			await close();
		},
	);

	it('lets tables scroll inside their own region at 320 px, not the page', async () => {
		const { page, close } = await open('snapshot', '/en/2025/policy-management/digital-strategy/', { width: 320 });
		const overflow = await page.evaluate(() => getComputedStyle(document.querySelector('.table-scroll')!).overflowX);
		expect(overflow).toBe('auto');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await close();
	});

	it('runs no animation or smooth scrolling when reduced motion is asked for', async () => {
		const { page, close } = await open('snapshot', sectionPage, { reducedMotion: 'reduce' });
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
		await close();
	});

	it('keeps borders and focus visible in forced-colours mode', async () => {
		const { page, close } = await open('snapshot', sectionPage);
		await page.emulateMedia({ forcedColors: 'active' });
		const tagBorder = await page.evaluate(() => getComputedStyle(document.querySelector('.tag')!).borderTopStyle);
		expect(tagBorder).toBe('solid');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		await close();
	});

	it('prints a section plan without navigation, with its tables whole', async () => {
		const { page, close } = await open('snapshot', sectionPage);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['.site-header', '.breadcrumbs', '.contents', '.skip-link', '.site-footer__links']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await page.locator('main table').first().isVisible()).toBe(true);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.table-scroll')!).overflowX)).toBe('visible');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		await close();
	});
});
