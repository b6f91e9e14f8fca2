import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every page of a built site, as URL paths (`/ja/2025/…/`), 404 page included. */
export function builtPages(siteDir: string): string[] {
	return readdirSync(siteDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const relative = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
			return relative === '404.html' ? '/404.html' : `/${relative.replace(/index\.html$/u, '')}`;
		})
		.sort();
}
