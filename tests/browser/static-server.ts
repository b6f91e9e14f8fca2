import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

/** Content types of the files a built site contains. */
const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/**
 * A static file server for a built site on 127.0.0.1, serving `404.html` for unknown paths. With a
 * `prefix` (`/plans/`), the site is mounted under it, as a web server publishes a site under a path of
 * its domain: anything outside the prefix is a bare 404.
 */
export async function serveDirectory(directory: string, prefix = '/'): Promise<{ url: string; close(): Promise<void>; server: Server }> {
	const root = path.resolve(directory);
	const server = createServer((request, response) => {
		const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!requested.startsWith(prefix)) {
			response.writeHead(404, { 'content-type': contentTypes['.txt'] }).end('Not found: outside the site');
			return;
		}
		const pathname = `/${requested.slice(prefix.length)}`;
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		try {
			if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
			statSync(file);
		} catch {
			const notFoundPage = path.join(root, '404.html');
			response.writeHead(404, { 'content-type': contentTypes['.html'] });
			if (existsSync(notFoundPage)) createReadStream(notFoundPage).pipe(response);
			else response.end('Not found');
			return;
		}
		response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		server,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
