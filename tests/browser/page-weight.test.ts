import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './site-pages.ts';

const siteDir = inject('siteDirs').seed;
const gzipped = (file: string) => gzipSync(readFileSync(file)).byteLength;
const htmlFile = (pathname: string) => path.join(siteDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);

/** The HTML, CSS and JavaScript a page loads before any chart is drawn, gzipped, in bytes. */
function initialWeight(pathname: string): { bytes: number; scripts: string[] } {
	const html = readFileSync(htmlFile(pathname), 'utf8');
	const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/gu)].map((match) => match[1]);
	return {
		bytes: gzipped(htmlFile(pathname)) + assets.reduce((sum, asset) => sum + gzipped(path.join(siteDir, asset)), 0),
		scripts: assets.filter((asset) => asset.endsWith('.js')),
	};
}

const chartChunks = readdirSync(path.join(siteDir, '_astro')).filter((name) => name.startsWith('bar-chart') && name.endsWith('.js'));
const sectionPages = builtPages(siteDir).filter((pathname) => /^\/(ja|en)\/\d{4}\/[^/]+\/[^/]+\/$/u.test(pathname));

describe('page weight of the seed build (gzip, HTML + CSS + JS)', () => {
	it.each(sectionPages)('%s stays within 35 KB before charts and 85 KB with them', (pathname) => {
		const { bytes } = initialWeight(pathname);
		const withCharts = bytes + chartChunks.reduce((sum, name) => sum + gzipped(path.join(siteDir, '_astro', name)), 0);
		console.log(`page weight ${pathname}: ${bytes} B before charts, ${withCharts} B with charts`);
		expect(bytes).toBeLessThanOrEqual(35 * 1024);
		expect(withCharts).toBeLessThanOrEqual(85 * 1024);
	});

	it('ships no chart code on pages without charts', () => {
		expect(chartChunks.length).toBe(1);
		for (const pathname of ['/en/about/', '/ja/how-to-read/', '/en/open-data/']) {
			const html = readFileSync(htmlFile(pathname), 'utf8');
			expect(html, pathname).not.toContain('bar-chart');
			expect(initialWeight(pathname).scripts.some((script) => readFileSync(path.join(siteDir, script), 'utf8').includes('bar-chart')), pathname).toBe(false);
		}
	});
});
