import path from 'node:path';
import { listFiles } from '~/lib/files/list-files.ts';

/** Every page of a built site, as URL paths (`/ja/2025/…/`), 404 page included. */
export function builtPages(siteDir: string): string[] {
	return listFiles(siteDir, /\.html$/u)
		.map((file) => {
			const relative = path.relative(siteDir, file).split(path.sep).join('/');
			return relative === '404.html' ? '/404.html' : `/${relative.replace(/index\.html$/u, '')}`;
		})
		.sort();
}
