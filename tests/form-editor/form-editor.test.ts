import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { collectionName } from '~/lib/cms/cms-config.ts';
import { scaleOptions } from '~/lib/cms/cms-fields.ts';
import { launchChromium } from '../browser/chromium.ts';
import { buildSite } from '../browser/build-site.ts';
import { serveDirectory } from '../browser/static-server.ts';
import { fictionalDir } from '../data-dirs.ts';

/**
 * The form editor in its local mode, as `npm run cms` runs it: Decap CMS on the built site, talking to the
 * local proxy (`decap-server` in git mode, which keeps the editorial workflow: each save is a commit on its
 * own `cms/<collection>/<section>` branch, the local stand-in for a pull request). The proxy works on a
 * temporary git repository holding a copy of the fictional fixture, never on `data/`.
 */

const work = mkdtempSync(path.join(os.tmpdir(), 'form-editor-'));
const repository = path.join(work, 'repository');
const dataDir = path.join(repository, 'data');
const git = (...args: string[]) => execFileSync('git', ['-C', repository, ...args], { encoding: 'utf8' });

/** A port nothing listens on yet. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Starts the local proxy and waits until it listens. */
async function startProxy(port: number): Promise<ChildProcess> {
	const proxy = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
		env: { ...process.env, MODE: 'git', PORT: String(port), GIT_REPO_DIRECTORY: repository, LOG_LEVEL: 'info' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	await new Promise<void>((resolve, reject) => {
		let output = '';
		const listen = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('configured with')) resolve();
		};
		proxy.stdout!.on('data', listen);
		proxy.stderr!.on('data', listen);
		proxy.on('exit', (code) => reject(new Error(`The local proxy stopped (${code}): ${output}`)));
	});
	return proxy;
}

let browser: Browser;
let proxy: ChildProcess;
let site: Awaited<ReturnType<typeof serveDirectory>>;
let siteDir: string;

beforeAll(async () => {
	cpSync(fictionalDir, dataDir, { recursive: true });
	git('init', '--quiet', '--initial-branch=main');
	git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
	git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'Fictional data');
	git('config', 'user.name', 'Test');
	git('config', 'user.email', 'test@example.org');
	const port = await freePort();
	siteDir = buildSite(dataDir, path.join(work, 'site'), { CMS_BRANCH: 'main', CMS_PROXY_URL: `http://localhost:${port}/api/v1`, CMS_REPOSITORY: '' });
	proxy = await startProxy(port);
	site = await serveDirectory(siteDir);
	browser = await launchChromium();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	proxy?.kill();
	rmSync(work, { recursive: true, force: true });
});

/** The plan the test edits: the first plan file with an initiative that has no mid-year review yet. */
function seedSection() {
	const dataset = loadDataset(dataDir).dataset!;
	for (const { file, plan } of dataset.plans) {
		const index = plan.initiatives.findIndex((initiative) => !initiative.review.midYear);
		if (index >= 0) return { file: path.relative(repository, file), plan, index, scales: dataset.scales };
	}
	throw new Error('The fixture has no initiative without a mid-year review.');
}

/** Opens the editor of a section's plan, logged in to the local proxy. */
async function openPlan(page: Page, fiscalYear: number, department: string, section: string) {
	await page.goto(`${site.url}/admin/`);
	await page.getByRole('button', { name: 'ログイン' }).click();
	await page.goto(`${site.url}/admin/#/collections/${collectionName(fiscalYear, department)}/entries/${section}`);
}

/** The element that holds the form field labelled `label` (Decap ties each label to its field by `for`). */
async function field(page: Page, scope: ReturnType<Page['locator']> | Page, label: string) {
	const id = await scope.locator('label', { hasText: label }).first().getAttribute('for');
	return page.locator(`[id="${id}"]`);
}

describe('the form editor in local mode', () => {
	it('adds a mid-year review as a commit on its own branch that adds only the review lines, and the result validates', async () => {
		const { file, plan, index, scales } = seedSection();
		const initiative = plan.initiatives[index];
		const status = scaleOptions(scales.progressStatus)[0];
		const assessment = '上半期は計画どおり進みました（テスト用の架空の記述）。';
		const secondHalf = '下半期も同じ方法で続けます（テスト用の架空の記述）。';
		const original = readFileSync(path.join(repository, file), 'utf8');

		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await openPlan(page, plan.fiscalYear, plan.department, plan.section);
		const heading = page.getByText(`${initiative.rank}. ${initiative.title.ja}`, { exact: true });
		await heading.locator('xpath=preceding-sibling::div[1]//button[1]').click();
		const midYear = await field(page, page, '中間確認 / Mid-year review');
		await midYear.getByRole('button').first().click();
		await (await field(page, midYear, '進捗状況 / Progress status')).click();
		await page.getByText(status.label, { exact: true }).click();
		await (await field(page, midYear, '上半期の状況や評価')).locator('textarea').first().fill(assessment);
		await (await field(page, midYear, '下半期の予定')).locator('textarea').first().fill(secondHalf);
		await page.getByRole('button', { name: '保存', exact: true }).click();

		const branch = `cms/${collectionName(plan.fiscalYear, plan.department)}/${plan.section}`;
		// Saved once the proxy has committed on the branch and switched back to main (it checks the branch out
		// meanwhile), and the working tree is main's again: on a busy machine the file may still hold the branch's
		// text for a moment after HEAD names main.
		const saved = () =>
			git('branch', '--list', branch).trim() === branch &&
			git('branch', '--show-current').trim() === 'main' &&
			git('rev-parse', branch) !== git('rev-parse', 'main') &&
			readFileSync(path.join(repository, file), 'utf8') === original;
		await expect.poll(saved, { timeout: 30_000 }).toBe(true);
		// The working tree stays on main, untouched: the change waits on its branch, as in a pull request.
		expect(readFileSync(path.join(repository, file), 'utf8')).toBe(original);
		expect(git('log', '-1', '--format=%s', branch)).toContain(plan.section);

		const diff = git('diff', 'main', branch, '--', file)
			.split('\n')
			.filter((line) => /^[+-]/u.test(line) && !/^(?:\+\+\+|---) /u.test(line));
		expect(diff.filter((line) => line.startsWith('-'))).toEqual([]);
		expect(diff.map((line) => line.slice(1).trim())).toEqual([
			'review:',
			'midYear:',
			`status: ${status.value}`,
			'firstHalfAssessment:',
			`ja: ${assessment}`,
			'secondHalfPlan:',
			`ja: ${secondHalf}`,
		]);
		const expected = parse(original);
		expected.initiatives[index].review = { midYear: { status: status.value, firstHalfAssessment: { ja: assessment }, secondHalfPlan: { ja: secondHalf } } };
		expect(parse(git('show', `${branch}:${file}`))).toEqual(expected);

		const checkout = path.join(work, 'branch');
		git('worktree', 'add', '--quiet', checkout, branch);
		const validation = spawnSync(process.execPath, ['scripts/validate.ts', path.join(checkout, 'data'), '--no-cache'], { encoding: 'utf8' });
		expect(validation.status, validation.stdout + validation.stderr).toBe(0);

		// No script from another host: the page, Decap's bundle and the local proxy only.
		const hosts = new Set(requests.map((url) => new URL(url).host));
		expect([...hosts].filter((host) => !host.startsWith('127.0.0.1:') && !host.startsWith('localhost:'))).toEqual([]);
		await page.close();
	});

	it('has nothing to save after an edit is undone, and leaves every file and branch as it was', async () => {
		const dataset = loadDataset(dataDir).dataset!;
		const { plan } = dataset.plans.at(-1)!;
		const before = { status: git('status', '--porcelain'), branches: git('branch', '--list'), head: git('rev-parse', 'HEAD') };
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await openPlan(page, plan.fiscalYear, plan.department, plan.section);
		const text = page.locator('textarea').first();
		await text.waitFor();
		const value = await text.inputValue();
		await text.fill(`${value}（編集）`);
		const save = page.getByRole('button', { name: '保存', exact: true });
		await expect.poll(() => save.isEnabled()).toBe(true);
		await text.fill(value);
		await expect.poll(() => save.isEnabled()).toBe(false);
		expect({ status: git('status', '--porcelain'), branches: git('branch', '--list'), head: git('rev-parse', 'HEAD') }).toEqual(before);
		await page.close();
	});

	it('is kept out of search engines, the site search and the sitemap, and labelled in Japanese', async () => {
		expect(readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
		expect(readFileSync(path.join(siteDir, 'admin/index.html'), 'utf8')).not.toContain('data-pagefind');
		const page = await browser.newPage();
		await page.goto(`${site.url}/admin/`);
		await expect.poll(() => page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
		expect(await page.locator('html').getAttribute('lang')).toBe('ja');
		await expect.poll(() => page.title()).toContain('計画の編集');
		await page.close();
	});
});
