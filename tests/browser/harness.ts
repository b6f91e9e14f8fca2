import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDirectory } from './static-server.ts';
import { builtPages } from './site-pages.ts';

/** The production builds under test (see build-site.ts). */
export type SiteName = 'seed' | 'fictional';

const siteDirs = inject('siteDirs');
let browser: Browser;
const servers = {} as Record<SiteName, Awaited<ReturnType<typeof serveDirectory>>>;

/** Starts Chromium and a local server per built site for the test file that calls it. */
export function useBrowser(): void {
	beforeAll(async () => {
		browser = await launchChromium();
		for (const site of Object.keys(siteDirs) as SiteName[]) servers[site] = await serveDirectory(siteDirs[site]);
	});
	afterAll(async () => {
		await browser?.close();
		await Promise.all(Object.values(servers).map((server) => server.close()));
	});
}

/** Every page of the built sites, for tests that run on all of them. */
export function everyPage(): Array<{ site: SiteName; pathname: string }> {
	return (Object.keys(siteDirs) as SiteName[]).flatMap((site) => builtPages(siteDirs[site]).map((pathname) => ({ site, pathname })));
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
