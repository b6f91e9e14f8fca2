/**
 * What a built page costs a reader's phone: its HTML, CSS and JavaScript gzipped, before any chart is
 * drawn (the page and what its scripts import statically) and with every chart drawn (plus the chunks
 * its scripts import on demand, i.e. chart.js). Used by the page-weight budget test and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../../src/lib/files/list-files.ts';

export interface PageWeight {
	/** HTML + CSS + JS loaded up front, gzip bytes. */
	initialBytes: number;
	/** The same plus the chunks loaded on demand when charts are drawn, gzip bytes. */
	withChartsBytes: number;
	/** Site paths of the scripts loaded up front. */
	scripts: string[];
	/** Site paths of the chunks loaded on demand. */
	lazyChunks: string[];
}

/** The built HTML file of a site path (`/ja/` → `<site>/ja/index.html`). */
export const htmlFile = (siteDir: string, pathname: string) => path.join(siteDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);

const gzipped = (file: string) => gzipSync(readFileSync(file)).byteLength;

/** Static (`import "./x.js"`, `from "./x.js"`) and dynamic (`import("./x.js")`) imports of a built chunk. */
function chunkImports(source: string): { staticImports: string[]; dynamicImports: string[] } {
	const staticImports = [...source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/gu)].map((match) => match[1]);
	const dynamicImports = [...source.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/gu)].map((match) => match[1]);
	return { staticImports, dynamicImports };
}

/** Weighs one built page of the site in `siteDir`. */
export function pageWeight(siteDir: string, pathname: string): PageWeight {
	const html = readFileSync(htmlFile(siteDir, pathname), 'utf8');
	const referenced = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/gu)].map((match) => match[1]);
	const upFront = new Set(referenced);
	const lazy = new Set<string>();
	// Follow the scripts' imports: static ones load with the page, dynamic ones when a chart is drawn.
	const queue = referenced.filter((asset) => asset.endsWith('.js')).map((asset) => ({ asset, eager: true }));
	while (queue.length) {
		const { asset, eager } = queue.shift()!;
		const { staticImports, dynamicImports } = chunkImports(readFileSync(path.join(siteDir, asset), 'utf8'));
		const resolve = (relative: string) => path.posix.join(path.posix.dirname(asset), relative);
		for (const [imports, eagerImport] of [
			[staticImports, eager],
			[dynamicImports, false],
		] as const) {
			for (const imported of imports.map(resolve)) {
				if (upFront.has(imported) || (!eagerImport && lazy.has(imported))) continue;
				if (eagerImport) lazy.delete(imported);
				(eagerImport ? upFront : lazy).add(imported);
				queue.push({ asset: imported, eager: eagerImport });
			}
		}
	}
	const assetBytes = (assets: Iterable<string>) => [...assets].reduce((sum, asset) => sum + gzipped(path.join(siteDir, asset)), 0);
	const initialBytes = gzipped(htmlFile(siteDir, pathname)) + assetBytes(upFront);
	return {
		initialBytes,
		withChartsBytes: initialBytes + assetBytes(lazy),
		scripts: [...upFront].filter((asset) => asset.endsWith('.js')),
		lazyChunks: [...lazy],
	};
}

/** The heaviest HTML page of a built site by its own gzip size (no assets): what a reader's phone downloads first. */
export function largestPage(siteDir: string): { path: string; gzipBytes: number } {
	let largest = { path: '', gzipBytes: 0 };
	for (const file of listFiles(siteDir, /\.html$/u)) {
		const gzipBytes = gzipped(file);
		if (gzipBytes > largest.gzipBytes) largest = { path: `/${path.relative(siteDir, file).split(path.sep).join('/')}`, gzipBytes };
	}
	return largest;
}
