import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFile, pageWeight } from '../../scripts/bench/page-weight.ts';
import { builtPages } from './site-pages.ts';

const siteDir = inject('siteDirs').snapshot;
const sectionPages = builtPages(siteDir).filter((pathname) => /^\/(ja|en)\/\d{4}\/[^/]+\/[^/]+\/$/u.test(pathname));
/** chart.js's bar-chart parts, bundled from `src/scripts/bar-chart.ts`. */
const chartCode = (asset: string) => path.basename(asset).startsWith('bar-chart');

describe('page weight of the snapshot build (gzip, HTML + CSS + JS)', () => {
	it.each(sectionPages)('%s stays within 35 KB before charts and 85 KB with them', (pathname) => {
		const { initialBytes, withChartsBytes, lazyChunks } = pageWeight(siteDir, pathname);
		console.log(`page weight ${pathname}: ${initialBytes} B before charts, ${withChartsBytes} B with charts`);
		expect(lazyChunks.some(chartCode), 'chart.js is loaded on demand').toBe(true);
		expect(initialBytes).toBeLessThanOrEqual(35 * 1024);
		expect(withChartsBytes).toBeLessThanOrEqual(85 * 1024);
	});

	it.each(['/en/about/', '/ja/how-to-read/', '/en/open-data/', '/ja/search/'])('%s ships no chart code', (pathname) => {
		expect(readFileSync(htmlFile(siteDir, pathname), 'utf8')).not.toContain('bar-chart');
		const { scripts, lazyChunks } = pageWeight(siteDir, pathname);
		expect([...scripts, ...lazyChunks].filter(chartCode)).toEqual([]);
	});
});
