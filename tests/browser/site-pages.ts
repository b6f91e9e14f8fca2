import path from 'node:path';
import { listFiles } from '~/lib/files/list-files.ts';

/**
 * Every public page of a built site, as URL paths (`/ja/2025/…/`), 404 page included. The staff's form editor
 * (`/admin/`, Decap CMS) is not a public page: its own test covers it (tests/form-editor/).
 */
export function builtPages(siteDir: string): string[] {
	return listFiles(siteDir, /\.html$/u)
		.filter((file) => !path.relative(siteDir, file).startsWith(`admin${path.sep}`))
		.map((file) => {
			const relative = path.relative(siteDir, file).split(path.sep).join('/');
			return relative === '404.html' ? '/404.html' : `/${relative.replace(/index\.html$/u, '')}`;
		})
		.sort();
}

/**
 * The kind of page behind a path: the same template with other data (`/en/<year>/<department>/<section>/`)
 * is one kind; pages of their own (`/en/search/`, `/ja/about/`) are each their own kind.
 */
export function pageType(pathname: string): string {
	return pathname
		.replace(/^\/(ja|en)\/indicators\/\d{4}\/$/u, '/$1/indicators/<year>/')
		.replace(/^\/(ja|en)\/indicators\/\d{4}\/[^/]+\/$/u, '/$1/indicators/<year>/<department>/')
		.replace(/^\/(ja|en)\/\d{4}\/$/u, '/$1/<year>/')
		.replace(/^\/(ja|en)\/\d{4}\/[^/]+\/$/u, '/$1/<year>/<department>/')
		.replace(/^\/(ja|en)\/\d{4}\/[^/]+\/[^/]+\/$/u, '/$1/<year>/<department>/<section>/');
}
