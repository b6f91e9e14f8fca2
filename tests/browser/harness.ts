import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDirectory } from './static-server.ts';
import { builtPages, pageType } from './site-pages.ts';
import { builds, rootBuilds, type SiteName } from './build-site.ts';
import { sectionPath } from '~/lib/site/paths.ts';
import { loadDataset, type Dataset } from '~/lib/data/load-dataset.ts';
import type { Plan } from '~/schemas/plan.ts';

export type { SiteName };

/** Every build, for `describe.each` over the invariants (see build-site.ts). */
export const siteNames = rootBuilds;

const siteDirs = inject('siteDirs');
let browser: Browser;
const servers = {} as Record<SiteName, Awaited<ReturnType<typeof serveDirectory>>>;

/** Starts Chromium and a local server per built site for the test file that calls it. */
export function useBrowser(): void {
	beforeAll(async () => {
		browser = await launchChromium();
		for (const site of Object.keys(siteDirs) as SiteName[]) {
			const build = builds[site];
			servers[site] = await serveDirectory(siteDirs[site], 'basePath' in build ? build.basePath : '/');
		}
	});
	afterAll(async () => {
		await browser?.close();
		await Promise.all(Object.values(servers).map((server) => server.close()));
	});
}

/** Every page of one built site. */
export function pagesOf(site: SiteName): string[] {
	return builtPages(siteDirs[site]);
}

/** A build's data set, read from its data directory as the build read it. */
export function datasetOf(site: SiteName): Dataset {
	return loadDataset(builds[site].dataDir).dataset!;
}

/** A build's section pages: each plan with the paths of its Japanese and English page. */
export function sectionPagesOf(site: SiteName) {
	return datasetOf(site).plans.map(({ plan }) => sectionPages(site, plan));
}

/** The section pages the per-section browser checks open: those of `pagesToSweep()`. */
export function sectionPagesToCheck(site: SiteName) {
	const swept = new Set(
		pagesToSweep()
			.filter((page) => page.site === site)
			.map(({ pathname }) => pathname),
	);
	return sectionPagesOf(site).filter(({ ja, en }) => swept.has(ja) || swept.has(en));
}

function sectionPages(site: SiteName, plan: Plan) {
	const { fiscalYear, department, section } = plan;
	return { site, plan, ja: sectionPath('ja', fiscalYear, department, section), en: sectionPath('en', fiscalYear, department, section) };
}

/** The section pages of `published-with-reviews` that hold the test reviews (see build-site.ts). */
export function reviewedSection() {
	const { file } = inject('reviewedInitiative');
	const { plan } = datasetOf('published-with-reviews').plans.find((record) => record.file === file)!;
	return sectionPages('published-with-reviews', plan);
}

/** Builds whose every page gets the slow per-page browser checks; the others are near copies of them. */
const sweptWhole: SiteName[] = ['published', 'fictional'];

/**
 * The pages a per-page browser check (axe, 320 px, landmarks…) opens: every page of `published` and
 * `fictional`; of the other builds one page per page type, plus the section pages that hold the test reviews.
 */
export function pagesToSweep(): Array<{ site: SiteName; pathname: string }> {
	const reviewed = reviewedSection();
	const mustInclude: Partial<Record<SiteName, string[]>> = { 'published-with-reviews': [reviewed.ja, reviewed.en] };
	return siteNames.flatMap((site) => {
		const pages = pagesOf(site);
		const sample = sweptWhole.includes(site)
			? pages
			: [...new Map(pages.map((pathname): [string, string] => [pageType(pathname), pathname]).reverse()).values()];
		return [...new Set([...sample, ...(mustInclude[site] ?? [])])].sort().map((pathname) => ({ site, pathname }));
	});
}

export interface OpenOptions {
	width?: number;
	javaScript?: boolean;
	reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Opens a page in a fresh browser context and records what went wrong while loading it:
 * console errors, page errors, failed requests (a missing favicon included), HTTP errors, and
 * any request that leaves the local server (the site must make no external requests).
 */
export async function open(site: SiteName, pathname: string, options: OpenOptions = {}) {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		javaScriptEnabled: options.javaScript ?? true,
		reducedMotion: options.reducedMotion ?? 'no-preference',
	});
	const page = await context.newPage();
	const origin = servers[site].url;
	const problems: string[] = [];
	page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
	page.on(
		'request',
		(request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && problems.push(`external request: ${request.url()}`),
	);
	page.on(
		'response',
		(response) => response.status() >= 400 && !response.url().endsWith('/404.html') && problems.push(`HTTP ${response.status()}: ${response.url()}`),
	);
	const response = await page.goto(origin + pathname, { waitUntil: 'load' });
	return { page, response, problems, origin, close: () => context.close() };
}
