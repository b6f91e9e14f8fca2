import { describe, expect, it } from 'vitest';
import { datasetOf, open, pagesToSweep, sectionPagesOf, sectionPagesToCheck, siteNames, useBrowser } from './harness.ts';
import { indicatorAnchor, initiativeAnchor } from '~/lib/site/anchors.ts';
import type { Plan } from '~/schemas/plan.ts';
import { snapshotDir } from '../data-dirs.ts';

useBrowser();

/** Every official Japanese text of a plan, its reviews and results included, as it must appear on the section's Japanese page. */
function officialTexts(plan: Plan): string[] {
	return [
		...plan.mission.map((item) => item.text.ja),
		...plan.initiatives.flatMap((initiative) => {
			const { midYear, yearEnd } = initiative.review;
			return [
				initiative.title.ja,
				...initiative.activities.map((item) => item.text.ja),
				...initiative.indicators.flatMap((indicator) => [indicator.name.ja, indicator.target.text.ja, ...(indicator.result ? [indicator.result.text.ja] : [])]),
				...initiative.notes.map((note) => note.ja),
				...(midYear ? [midYear.firstHalfAssessment.ja, midYear.secondHalfPlan.ja] : []),
				...(yearEnd ? [yearEnd.summary.ja, yearEnd.ratingBasis.ja, yearEnd.issuesAndResponse.ja] : []),
			];
		}),
	];
}

/** How many "not yet reported" marks a section page must show: each missing review and each missing result. */
function unreportedCount(plan: Plan): number {
	return plan.initiatives.reduce(
		(sum, { review, indicators }) => sum + Number(!review.midYear) + Number(!review.yearEnd) + indicators.filter((indicator) => !indicator.result).length,
		0,
	);
}

describe.each(siteNames)('section pages of the %s build (all of published and fictional, the sampled ones of the others)', (site) => {
	const sections = sectionPagesToCheck(site);

	it.each(sections)('$ja and its English twin link to each other', async ({ ja, en }) => {
		for (const [lang, pathname, other] of [
			['ja', ja, en],
			['en', en, ja],
		] as const) {
			const { page, response, problems, close } = await open(site, pathname);
			expect(response?.status()).toBe(200);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(new URL((await page.getAttribute(`link[rel=alternate][hreflang=${lang}]`, 'href'))!).pathname).toBe(pathname);
			const otherLang = lang === 'ja' ? 'en' : 'ja';
			expect(new URL((await page.getAttribute(`link[rel=alternate][hreflang=${otherLang}]`, 'href'))!).pathname).toBe(other);
			const switchLink = page.getByRole('navigation', { name: lang === 'ja' ? '言語' : 'Language' }).locator(`a[lang=${otherLang}]`);
			expect(await switchLink.getAttribute('href')).toBe(other);
			expect(problems).toEqual([]);
			await close();
		}
	});

	it.each(sections)('$ja shows every official text of the plan verbatim, reviews and results included', async ({ plan, ja }) => {
		const { page, close } = await open(site, ja);
		const text = (await page.locator('main').textContent())!.replace(/\s+/gu, ' ');
		const missing = officialTexts(plan).filter((official) => !text.includes(official));
		expect(missing).toEqual([]);
		await close();
	});

	it.each(sections)('$en has every initiative and indicator permalink of $ja', async ({ plan, ja, en }) => {
		const anchors = plan.initiatives.flatMap((initiative) => [
			initiativeAnchor(initiative),
			...initiative.indicators.map((indicator, position) => indicatorAnchor(initiative, indicator, position)),
		]);
		for (const pathname of [ja, en]) {
			const { page, close } = await open(site, pathname);
			const ids = await page.evaluate((wanted) => wanted.filter((id) => document.getElementById(id)), anchors);
			expect(ids).toEqual(anchors);
			await close();
		}
	});

	it.each(sections)('$ja says "not yet reported" for exactly the reviews and results not reported yet', async ({ plan, ja, en }) => {
		for (const [pathname, label] of [
			[ja, '未報告'],
			[en, 'Not yet reported'],
		]) {
			const { page, close } = await open(site, pathname);
			const notReported = page.locator('.not-reported', { hasText: label });
			expect(await notReported.count()).toBe(unreportedCount(plan));
			await close();
		}
	});
});

describe('section pages of the snapshot', () => {
	it('orders initiatives by rank and puts each indicator table under its initiative', async () => {
		const { plan, en } = sectionPagesOf('snapshot').find(({ plan }) => plan.section === 'digital-strategy')!;
		const { page, close } = await open('snapshot', en);
		const ranks = await page.locator('.initiative__rank').allTextContents();
		expect(ranks).toEqual(plan.initiatives.map((initiative) => `Rank ${initiative.rank}`));
		const security = page.getByRole('article', { name: 'Ensuring information security' });
		const table = security.getByRole('table', { name: /Indicators and targets/u });
		expect(await table.getByRole('rowheader').count()).toBe(3);
		expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Indicator', 'Target', 'Result', 'Link']);
		await close();
	});
});

describe('every page (all of published and fictional, one of each page type of the other builds)', () => {
	const allPages = pagesToSweep();

	it.each(allPages)('$site $pathname: one h1, a working skip link, landmarks, no errors', async ({ site, pathname }) => {
		const { page, problems, close } = await open(site, pathname);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('header').count()).toBeGreaterThanOrEqual(1);
		expect(await page.locator('main#main-content').count()).toBe(1);
		expect(await page.locator('footer').count()).toBeGreaterThanOrEqual(1);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
		expect(problems).toEqual([]);
		await close();
	});

	it.each(allPages.filter(({ pathname }) => pathname.startsWith('/en/')))(
		'$site $pathname has no Japanese outside parts marked lang="ja"',
		async ({ site, pathname }) => {
			const { page, close } = await open(site, pathname);
			const unmarked = await page.evaluate(() => {
				const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
				const found: string[] = [];
				const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					const shown = !['SCRIPT', 'STYLE'].includes(node.parentElement?.tagName ?? '');
					if (shown && japanese.test(text) && node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'ja') found.push(text.trim());
				}
				for (const element of document.querySelectorAll('[title],[aria-label],[alt],meta[content]')) {
					for (const name of ['title', 'aria-label', 'alt', 'content']) {
						const value = element.getAttribute(name) ?? '';
						if (japanese.test(value) && element.closest('[lang]')?.getAttribute('lang') !== 'ja') found.push(`${name}="${value}"`);
					}
				}
				return found;
			});
			expect(unmarked).toEqual([]);
			await close();
		},
	);

	it.each(allPages)('$site $pathname fits a 320 px screen without sideways scrolling', async ({ site, pathname }) => {
		const { page, close } = await open(site, pathname, { width: 320 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await close();
	});
});

describe('the fictional fixture', () => {
	it('shows a fallback notice for an untranslated initiative, marked as Japanese', async () => {
		const { page, close } = await open('fictional', '/en/2025/civic-services/resident-support/');
		const title = page.locator('#untranslated-initiative-title');
		expect(await title.getAttribute('lang')).toBe('ja');
		expect(await title.textContent()).toContain('翻訳前の取組（架空）');
		expect(await title.locator('.fallback-notice').getAttribute('lang')).toBe('en');
		expect(await title.locator('.fallback-notice').textContent()).toContain('Not yet translated');
		await close();
	});

	it('shows filled reviews with their scale labels and results', async () => {
		const { page, close } = await open('fictional', '/ja/2025/civic-services/resident-support/');
		const article = page.locator('#faster-answers');
		expect(await article.locator('.badge').allTextContents()).toEqual(['順調', '一部達成']);
		expect(await article.locator('td.result').allTextContents()).toEqual(['93%', '3回']);
		await close();
	});

	it('says on every page that the data is fictional', async () => {
		const { page, close } = await open('fictional', '/en/');
		expect(await page.locator('.fictional-banner').textContent()).toContain('fictional test data');
		await close();
	});

	it('shows markup inside data as text and never runs it', async () => {
		const { page, close } = await open('fictional', '/ja/2025/civic-services/records/');
		expect(await page.locator('.mission').textContent()).toContain('<script>window.markupRan = true</script>');
		expect(await page.evaluate(() => (window as unknown as { markupRan?: boolean }).markupRan)).toBeUndefined();
		await close();
	});

	it('links each section page to its data file for editing when a repository is configured', async () => {
		const { page, close } = await open('fictional', '/en/2025/civic-services/records/');
		expect(await page.getByRole('link', { name: 'Edit this plan (in the repository)' }).getAttribute('href')).toBe(
			'https://example.org/city/plans/edit/main/tests/fixtures/fictional-city/plans/2025/civic-services/records.yaml',
		);
		await close();
		const snapshot = await open('snapshot', '/en/2025/policy-management/secretarial/');
		expect(await snapshot.page.locator('.plan-footer code').textContent()).toBe(`${snapshotDir}/plans/2025/policy-management/secretarial.yaml`);
		expect(await snapshot.page.getByRole('link', { name: 'Edit this plan (in the repository)' }).count()).toBe(0);
		await snapshot.close();
	});

	it('names a unit with its division in listings', async () => {
		const { page, close } = await open('fictional', '/en/2025/civic-services/');
		expect(await page.getByRole('link', { name: 'Resident Support Division (fictional), Records Unit (fictional)' }).count()).toBe(1);
		await close();
	});
});

describe.each(siteNames)('the root page of the %s build', (site) => {
	it('offers both languages, each named in itself, under the city’s name', async () => {
		const { page, close } = await open(site, '/');
		const main = page.getByRole('main');
		expect(await main.getByRole('link', { name: '日本語' }).getAttribute('href')).toBe('/ja/');
		expect(await main.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/en/');
		expect(await main.getByRole('link', { name: 'English' }).getAttribute('lang')).toBe('en');
		expect(await page.getByRole('navigation', { name: '言語' }).count()).toBe(0);
		const { city } = datasetOf(site).site;
		expect(await page.locator('h1').textContent()).toContain(city.ja);
		expect(await page.locator('h1 [lang=en]').textContent()).toContain(city.en);
		await close();
	});
});

describe('the root page of the snapshot', () => {
	it('names the site after Machida', async () => {
		const { page, close } = await open('snapshot', '/');
		expect(await page.locator('h1').textContent()).toContain('Machida City Section Plans');
		await close();
	});
});
