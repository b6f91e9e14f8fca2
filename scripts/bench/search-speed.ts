/**
 * How the search page answers on a built site, for `npm run bench`: the time from the last keystroke to
 * the first rendered result (median and 95th percentile over a set of queries typed as a reader types
 * them), and the bytes the first and a second query download, gzip as served (see
 * `compressed-server.ts`). Runs Debian's Chromium headless.
 */
import { chromium } from 'playwright-core';
import { serveCompressed } from './compressed-server.ts';

/** Words of the seed's vocabulary (the synthetic plans are composed from it): each finds results at any size. */
const queries = [
	'監査',
	'研修',
	'時間外勤務',
	'アンケート',
	'スマートフォン',
	'工程表',
	'記事化件数',
	'標準準拠',
	'サーバ室',
	'オンライン',
	'デジラボ',
	'複合機',
];

export interface SearchSpeed {
	firstResultMs: { median: number; p95: number; samples: number };
	/** Every Pagefind file the page loaded from its opening to the first query's results, gzip as served. */
	firstQueryGzipBytes: number;
	/** The same by kind: scripts, WebAssembly, metadata, index chunks, filter lists, fragments. */
	firstQueryByKind: Record<string, number>;
	/** What a second query added. */
	secondQueryGzipBytes: number;
}

/** The kind of a Pagefind file, by its name. */
function fileKind(file: string): string {
	if (file.endsWith('.js')) return 'scripts';
	if (file.endsWith('.pagefind')) return 'wasm';
	const extension = /\.pf_(\w+)$/u.exec(file)?.[1];
	return extension ?? 'other';
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];

/** Measures the Japanese search page of the site built in `siteDir` (at the root of its server). */
export async function measureSearch(siteDir: string, rounds = 3): Promise<SearchSpeed> {
	const server = await serveCompressed(siteDir);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
	});
	try {
		const page = await browser.newPage();
		const pagefindFiles = () => [...server.sent].filter(([file]) => file.includes('/pagefind/'));
		const pagefindBytes = () => pagefindFiles().reduce((sum, [, bytes]) => sum + bytes, 0);
		await page.goto(`${server.url}/ja/search/`);
		await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '') !== '');
		const typeAndTime = async (query: string) => {
			await page.fill('#search-input', '');
			await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 0);
			// The clock starts at the last keystroke and stops when the first result is in the page.
			const typed = page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const input = document.querySelector<HTMLInputElement>('#search-input')!;
						let last = 0;
						input.addEventListener('input', () => (last = performance.now()));
						new MutationObserver((_, observer) => {
							if (document.querySelector('.search-result')) {
								observer.disconnect();
								resolve(performance.now() - last);
							}
						}).observe(document.querySelector('[data-results]')!, { childList: true });
					}),
			);
			await page.locator('#search-input').pressSequentially(query, { delay: 30 });
			return typed;
		};
		// The first query's bytes: Pagefind's scripts, wasm and metadata (loaded as the page opens), the index
		// chunks and filter lists the query needs, and the ten fragments shown.
		await typeAndTime(queries[0]);
		const firstQueryGzipBytes = pagefindBytes();
		const firstQueryByKind: Record<string, number> = {};
		for (const [file, bytes] of pagefindFiles()) firstQueryByKind[fileKind(file)] = (firstQueryByKind[fileKind(file)] ?? 0) + bytes;
		const afterFirst = pagefindBytes();
		await typeAndTime(queries[1]);
		const secondQueryGzipBytes = pagefindBytes() - afterFirst;
		const samples: number[] = [];
		for (let round = 0; round < rounds; round += 1) for (const query of queries.slice(2)) samples.push(await typeAndTime(query));
		samples.sort((a, b) => a - b);
		const round = (ms: number) => Math.round(ms);
		return {
			firstResultMs: { median: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), samples: samples.length },
			firstQueryGzipBytes,
			firstQueryByKind,
			secondQueryGzipBytes,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
