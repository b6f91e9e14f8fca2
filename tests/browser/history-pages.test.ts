import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { buildSite } from './build-site.ts';
import { launchChromium } from './chromium.ts';
import { createHistoryRepository, historySteps, type HistoryRepository } from './history-site.ts';
import { parseCsv } from './parse-csv.ts';
import { restoreCell } from '~/lib/open-data/spreadsheet-cell.ts';
import { serveDirectory } from './static-server.ts';

/**
 * The site built from a FICTIONAL plan committed step by step in its own git repository (DATA_DIR points
 * into it, not into this project's repository), and from a shallow clone of that repository.
 */
let repository: HistoryRepository;
let shallowDir: string;
let siteDir: string;
let shallowSiteDir: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
	repository = createHistoryRepository();
	shallowDir = mkdtempSync(path.join(tmpdir(), 'plans-site-shallow-'));
	execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository.dir}`, shallowDir]);
	siteDir = buildSite(repository.dataDir, 'tmp/test-sites/history');
	shallowSiteDir = buildSite(path.join(shallowDir, 'data'), 'tmp/test-sites/history-shallow');
	browser = await launchChromium();
	server = await serveDirectory(siteDir);
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	repository?.remove();
	if (shallowDir) rmSync(shallowDir, { recursive: true, force: true });
});

const sectionPage = (lang: string) => `/${lang}/2025/civic-services/records/`;
const step = (name: (typeof historySteps)[number]['name']) => historySteps.find((candidate) => candidate.name === name)!;
const short = (name: keyof HistoryRepository['commits']) => repository.commits[name].slice(0, 7);

async function open(pathname: string, javaScript = true) {
	const context = await browser.newContext({ javaScriptEnabled: javaScript });
	const page = await context.newPage();
	const response = await page.goto(server.url + pathname);
	expect(response?.status(), pathname).toBe(200);
	return { page, close: () => context.close() };
}

/** The text a sighted reader sees: without the labels only screen readers hear. */
const visibleText = (locator: Locator) =>
	locator.evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
		return copy.textContent;
	});

const html = (dir: string, pathname: string) => readFileSync(path.join(dir, pathname, 'index.html'), 'utf8');

describe('a plan with a history in its own repository', () => {
	it('lists every published version on the section page: date, reason, commit, old → new', async () => {
		const { page, close } = await open(sectionPage('ja'));
		const history = page.locator('#change-history + details');
		const entries = history.locator('ol').first().locator(':scope > li');
		// Newest first; the English-only edit is not a plan change.
		const planSteps = ['yearEnd', 'midYear', 'target', 'first'] as const;
		await expect(entries.count()).resolves.toBe(planSteps.length);
		for (const [index, name] of planSteps.entries()) {
			const text = (await entries.nth(index).textContent()) ?? '';
			expect(text).toContain(step(name).date);
			expect(text).toContain(step(name).reason);
			expect(text).toContain(short(name));
		}
		// The folded history is in the page (and on paper); opening it shows it.
		await page.locator('#change-history + details summary').click();
		const target = entries.nth(2);
		await expect(target.innerText()).resolves.toContain('目標値を変更');
		await expect(target.locator('del').allTextContents()).resolves.toEqual(['削除: 2']);
		await expect(target.locator('ins').allTextContents()).resolves.toEqual(['追加: 5']);
		await expect(visibleText(target.locator('.text-diff__old'))).resolves.toBe('累計1,200件(年300件)');
		await expect(visibleText(target.locator('.text-diff__new'))).resolves.toBe('累計1,500件(年300件)');
		expect(await axeViolations(page), 'the opened history and the marks pass axe').toEqual([]);
		await close();
	});

	it('lists the English-only edit apart, as a translation update, on the English page', async () => {
		const { page, close } = await open(sectionPage('en'));
		await page.locator('#change-history + details summary').click();
		const lists = page.locator('#change-history + details ol');
		await expect(lists.first().innerText()).resolves.not.toContain(step('english').date);
		const translations = await lists.nth(1).innerText();
		expect(translations).toContain(step('english').date);
		expect(translations).toContain(step('english').reason);
		await expect(visibleText(lists.nth(1).locator('.text-diff__old'))).resolves.toBe('Digitizing records (fictional)');
		await expect(visibleText(lists.nth(1).locator('.text-diff__new'))).resolves.toBe('Digitization of records (fictional)');
		await expect(lists.nth(1).locator('del').first().textContent()).resolves.toMatch(/^Deleted: /u);
		await expect(lists.nth(1).locator('ins').first().textContent()).resolves.toMatch(/^Added: /u);
		await expect(page.locator('#change-history-translation').innerText()).resolves.toBe('Translation updates (not changes to the plan)');
		await close();
	});

	it('marks the changed target where it is, with its date and old → new, in both languages', async () => {
		for (const [lang, label] of [
			['ja', `目標値を変更 ${step('target').date}`],
			['en', `Target changed ${step('target').date}`],
		]) {
			const { page, close } = await open(sectionPage(lang), false);
			const cells = page.locator('.indicator-table td.target');
			await expect(cells.first().locator('.change-mark').innerText()).resolves.toContain(label);
			await expect(cells.first().locator('.change-mark del').count()).resolves.toBe(1);
			await expect(cells.first().locator('.change-mark ins').count()).resolves.toBe(1);
			await expect(cells.nth(1).locator('.change-mark').count(), 'the unchanged indicator has no mark').resolves.toBe(0);
			await close();
		}
	});

	it('flags the indicator in the index, and the filter keeps only changed targets', async () => {
		const { page, close } = await open('/ja/indicators/');
		const rows = page.locator('tbody tr');
		await expect(rows.count()).resolves.toBe(2);
		await expect(rows.nth(0).locator('.target-changed').innerText()).resolves.toBe('目標値を変更');
		await expect(rows.nth(1).locator('.target-changed').count()).resolves.toBe(0);
		await page.getByLabel('目標値の変更あり').check();
		await expect(rows.nth(0).isVisible()).resolves.toBe(true);
		await expect(rows.nth(1).isVisible()).resolves.toBe(false);
		await expect(page.locator('[data-count]').innerText()).resolves.toContain('1');
		await close();
	});

	it('lists the target change on the year’s target-changes page, linked to the indicator', async () => {
		for (const pathname of ['/ja/target-changes/2025/', '/ja/target-changes/']) {
			const { page, close } = await open(pathname);
			const cells = await page.locator('tbody tr').first().locator('th, td').allInnerTexts();
			expect(cells[0]).toBe(step('target').date);
			expect(cells[3]).toBe('累計1,200件(年300件)');
			expect(cells[4]).toBe('累計1,500件(年300件)');
			expect(cells[5]).toContain(step('target').reason);
			await expect(page.locator('tbody tr').count()).resolves.toBe(1);
			const link = await page.locator('tbody th a').getAttribute('href');
			expect(link).toMatch(/^\/ja\/2025\/civic-services\/records\/#digitize-records-indicator-1$/u);
			await expect(page.locator('caption').count()).resolves.toBe(1);
			expect(await axeViolations(page)).toEqual([]);
			await close();
		}
	});

	it('publishes every change as a row of changes.csv and changes.json', () => {
		const text = readFileSync(path.join(siteDir, 'data/2025/changes.csv'), 'utf8');
		const [header, ...rows] = parseCsv(text.slice(1));
		const records = rows.map((row) => Object.fromEntries(header.map((name, index) => [name, restoreCell(row[index])])));
		expect(records.map((row) => [row.date, row.field, row.kind, row.commit])).toEqual([
			[step('first').date, 'first-publication', 'first-publication', repository.commits.first],
			[step('target').date, 'target', 'plan', repository.commits.target],
			[step('midYear').date, 'mid-year-review-added', 'plan', repository.commits.midYear],
			[step('english').date, 'title', 'translation', repository.commits.english],
			[step('yearEnd').date, 'year-end-review-added', 'plan', repository.commits.yearEnd],
		]);
		expect(records[1]).toMatchObject({ old: '累計1,200件(年300件)', new: '累計1,500件(年300件)', reason: step('target').reason, indicator: '#1' });
		const json = JSON.parse(readFileSync(path.join(siteDir, 'data/2025/changes.json'), 'utf8'));
		expect(json).toEqual(records.map((row) => ({ ...row, fiscalYear: 2025 })));
	});

	it('has a per-section Atom feed, linked from the page: plan published, reviews, changes with reasons', async () => {
		const page = html(siteDir, sectionPage('ja'));
		expect(page).toContain('<link rel="alternate" type="application/atom+xml" href="/ja/feeds/civic-services/records.xml"');
		expect(page).toContain('href="/ja/feeds/civic-services/records.xml">');
		const feed = readFileSync(path.join(siteDir, 'ja/feeds/civic-services/records.xml'), 'utf8');
		const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/gu)].map(([, entry]) => entry);
		const updated = (entry: string) => /<updated>(.*?)T/u.exec(entry)![1];
		const plan = entries.find((entry) => entry.includes(':plan/2025/civic-services/records<'))!;
		expect(updated(plan)).toBe(step('first').date);
		const change = entries.find((entry) => entry.includes(`change/2025/civic-services/records/${repository.commits.target}`))!;
		expect(updated(change)).toBe(step('target').date);
		expect(change).toContain(step('target').reason);
		expect(change).toContain('目標値を変更');
		expect(entries.some((entry) => entry.includes('/digitize-records/midYear'))).toBe(true);
		expect(feed, 'markup in the data is escaped').not.toContain('<script>');
		expect(feed).not.toContain(repository.commits.english);
	});
});

describe('a shallow clone of the same repository', () => {
	it('says plainly that the history is not available, never "no changes"', () => {
		for (const [lang, message] of [
			['ja', '変更履歴はこのビルドでは利用できません（git の履歴がありません）'],
			['en', 'The change history is not available in this build (no git history)'],
		]) {
			const page = html(shallowSiteDir, sectionPage(lang));
			expect(page).toContain(message);
			expect(page).not.toContain('class="change-mark"');
		}
		expect(html(shallowSiteDir, '/en/target-changes/2025/')).toContain('so this list is incomplete');
		expect(existsSync(path.join(shallowSiteDir, 'data/2025/changes.csv')), 'no change file that would read as "no changes"').toBe(false);
	});
});
