import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFile } from '../../scripts/bench/page-weight.ts';
import { pagesOf, siteNames } from './harness.ts';

const siteDirs = inject('siteDirs');

/** The file a site path is served from, or undefined when there is none (the static server's rules). */
function servedFile(siteDir: string, pathname: string): string | undefined {
	const file = path.join(siteDir, decodeURIComponent(pathname));
	if (!existsSync(file)) return undefined;
	if (!statSync(file).isDirectory()) return file;
	return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
}

/** Every link and resource of a page that stays on the site, as `href`/`src` wrote it. */
function localReferences(html: string): string[] {
	return [...html.matchAll(/\s(?:href|src)="([^"]*)"/gu)]
		.map((match) => match[1].replaceAll('&amp;', '&'))
		.filter((reference) => !/^[a-z][a-z0-9+.-]*:/iu.test(reference));
}

/** Where a reference on a page leads that does not exist: a missing file, or an anchor the target lacks. */
function brokenReferences(siteDir: string, pathname: string): string[] {
	const html = readFileSync(htmlFile(siteDir, pathname), 'utf8');
	return localReferences(html).filter((reference) => {
		const url = new URL(reference, `http://site${pathname}`);
		const file = servedFile(siteDir, url.pathname);
		if (!file) return true;
		const anchor = decodeURIComponent(url.hash.slice(1));
		return anchor !== '' && file.endsWith('.html') && !readFileSync(file, 'utf8').includes(`id="${anchor}"`);
	});
}

describe.each(siteNames)('links of the %s build', (site) => {
	it.each(pagesOf(site))('every link and resource of %s resolves, anchors included', (pathname) => {
		expect(brokenReferences(siteDirs[site], pathname)).toEqual([]);
	});
});
