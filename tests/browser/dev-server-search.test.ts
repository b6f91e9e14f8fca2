import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';

/** `npm run dev` on the fictional fixture, under a base path as a city's sub-path site runs it. */
let server: ChildProcess;
let address: string;
let browser: Browser;

beforeAll(async () => {
	server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4399'], {
		// A clean environment, as a developer's shell: under Vitest's NODE_ENV=test and VITEST, astro dev serves no pages.
		env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: 'tests/fixtures/fictional-city', BASE_PATH: '/plans/' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	address = await new Promise<string>((resolve, reject) => {
		let output = '';
		server.stdout!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const local = /Local\s+(http:\/\/\S+)/u.exec(output);
			if (local) resolve(local[1]);
		});
		server.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
	});
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	server?.kill();
});

describe('the search page under npm run dev', () => {
	it.each([
		['ja', 'npm run build && npm run preview'],
		['en', 'Search works on the built site: run npm run build && npm run preview'],
	])('says in %s that search works on the built site, instead of failing', async (lang, wanted) => {
		expect(address).toMatch(/\/plans\/$/u);
		const page = await browser.newPage();
		await page.goto(`${address}${lang}/search/?q=records`);
		const notice = page.locator('[data-development-notice]');
		await notice.waitFor({ state: 'visible' });
		expect((await notice.textContent())?.replace(/\s+/gu, ' ')).toContain(wanted);
		expect(await page.locator('[data-error]').isHidden()).toBe(true);
		expect(await page.locator('form.search__form').isHidden()).toBe(true);
		await page.close();
	});
});
