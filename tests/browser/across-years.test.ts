import { describe, expect, it } from 'vitest';
import { open, useBrowser } from './harness.ts';

useBrowser();

/** In the FICTIONAL fixture, faster-answers is renamed from FY2024 to FY2025 (same id), and counter-services is merged into resident-support. */
const merged = '/en/2025/civic-services/resident-support/';

describe('a section page across fiscal years (fictional fixture)', () => {
	it('links to the section and to the section merged into it in the previous year, named as they were then', async () => {
		const { page, problems, close } = await open('fictional', merged);
		const nav = page.getByRole('navigation', { name: 'This section in other fiscal years' });
		expect(await nav.getByRole('link').allInnerTexts()).toEqual([
			'← Previous year: FY2024, Resident Support Division (fictional)',
			'← Previous year: FY2024, Counter Services Division (fictional)',
		]);
		await nav.getByRole('link', { name: /Counter Services Division/u }).click();
		await page.waitForURL(/\/en\/2024\/civic-services\/counter-services\/$/u);
		const back = page.getByRole('navigation', { name: 'This section in other fiscal years' }).getByRole('link');
		expect(await back.allInnerTexts()).toEqual(['Next year: FY2025, Resident Support Division (fictional) →']);
		expect(problems).toEqual([]);
		await close();
	});

	it('links each continued initiative to itself last year, through the merge too', async () => {
		const { page, close } = await open('fictional', merged);
		const renamed = page.locator('#faster-answers').getByRole('link', { name: 'Same initiative in the previous year (FY2024)' });
		expect(await renamed.getAttribute('href')).toBe('/en/2024/civic-services/resident-support/#faster-answers');
		const fromMerged = page.locator('#new-office-system').getByRole('link', { name: 'Same initiative in the previous year (FY2024)' });
		await fromMerged.click();
		await page.waitForURL(/\/en\/2024\/civic-services\/counter-services\/#new-office-system$/u);
		expect(await page.locator('#new-office-system').count()).toBe(1);
		expect(await page.locator('#new-office-system').getByRole('link', { name: 'Same initiative in the next year (FY2025)' }).getAttribute('href')).toBe(
			`${merged}#new-office-system`,
		);
		await close();
	});

	it('folds how a renamed initiative changed, marked for readers who cannot see colour or strike-through', async () => {
		const { page, close } = await open('fictional', merged);
		const details = page.locator('#faster-answers details.continued-from');
		expect(await details.locator('summary').innerText()).toBe('Changes since FY2024');
		expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
		await details.locator('summary').click();
		const title = details.locator('dd').first();
		expect(await title.locator('del').allTextContents()).toEqual(['Deleted: Quick']);
		expect(await title.locator('ins').allTextContents()).toEqual(['Added: Fast']);
		expect(await title.textContent()).toBe('Deleted: QuickAdded: Faster answers to enquiries (fictional)');
		expect(await details.locator('li', { hasText: '① Share of enquiries answered within 10 days' }).locator('del, ins').allTextContents()).toEqual([
			'Deleted: 85',
			'Added: 90',
		]);
		expect(await page.locator('#untranslated-initiative details, #untranslated-initiative .initiative-years').count()).toBe(0);
		await close();
	});

	it('gives a citation with the commit and permanent link of the data file, the page and a blank for the day accessed', async () => {
		const { page, close } = await open('fictional', merged);
		const citation = await page.getByRole('region', { name: 'Cite this plan' }).locator('blockquote').innerText();
		expect(citation).toMatch(
			/^Fictional City \(made-up test data\)\. “Annual goals”: Civic Services Department \(fictional\), Resident Support Division \(fictional\), FY2025 \(data of \d{4}-\d{2}-\d{2}, commit [0-9a-f]{12}\)\. Data: https:\/\/example\.org\/city\/plans\/blob\/[0-9a-f]{40}\/tests\/fixtures\/fictional-city\/plans\/2025\/civic-services\/resident-support\.yaml Page: https?:\/\/[^ ]+\/en\/2025\/civic-services\/resident-support\/ \(accessed on ____\)\.$/u,
		);
		await close();
	});
});
