/**
 * A static file server for a built site that gzips what it sends, as `npm run preview` (Astro's preview
 * server) and a production web server configured as in docs/deploy.md do, and counts the bytes it sends:
 * `npm run bench` measures what a search downloads, as served. Pagefind's index chunks and fragments are
 * gzip inside already and are sent as they are; its JavaScript, the pages and their assets are
 * compressed on the fly.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};
/** Files compressed on the fly; anything else (Pagefind's `.pf_*` and `.pagefind` files, images) is sent as stored. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv', '.xml', '.txt']);

export interface CompressedServer {
	url: string;
	server: Server;
	/** Bytes sent in response bodies since the last `resetBytes()`, by site path. */
	sent: Map<string, number>;
	resetBytes(): void;
	close(): Promise<void>;
}

/** Serves `directory` on 127.0.0.1 (`port` 0: any free port), with `404.html` for unknown paths. */
export async function serveCompressed(directory: string, port = 0): Promise<CompressedServer> {
	const root = path.resolve(directory);
	const sent = new Map<string, number>();
	const cache = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) return void response.writeHead(403).end();
		let status = 200;
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) {
			status = 404;
			file = path.join(root, '404.html');
			if (!existsSync(file)) return void response.writeHead(404).end('Not found');
		}
		const extension = path.extname(file);
		const gzip = compressible.has(extension) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
		const key = `${gzip ? 'gz:' : ''}${file}`;
		let body = cache.get(key);
		if (!body) {
			body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
			cache.set(key, body);
		}
		sent.set(pathname, (sent.get(pathname) ?? 0) + body.byteLength);
		response.writeHead(status, {
			'content-type': contentTypes[extension] ?? 'application/octet-stream',
			'content-length': body.byteLength,
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actualPort}`,
		server,
		sent,
		resetBytes: () => sent.clear(),
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
