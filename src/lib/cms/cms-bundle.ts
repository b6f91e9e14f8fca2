import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Decap CMS bundle the site serves at `/admin/decap/`, copied from the installed `decap-cms` package
 * (no CDN): its main script, the chunks it loads on demand (from the folder of the main script), its
 * WebAssembly files and its licence notice. Source maps are left out.
 */

/** The folder of the installed bundle, found from the project's own folder. */
function bundleFolder(): string {
	const require = createRequire(path.join(process.cwd(), 'package.json'));
	return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** The file names the site serves: `decap-cms.js`, `<chunk>.decap-cms.js`, `*.wasm`, `decap-cms.js.LICENSE.txt`. */
export function cmsBundleFiles(): string[] {
	return readdirSync(bundleFolder())
		.filter((name) => /^(?:[\w-]+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/u.test(name))
		.sort();
}

/** The content type a bundle file is served with. */
export function cmsBundleContentType(name: string): string {
	if (name.endsWith('.wasm')) return 'application/wasm';
	if (name.endsWith('.txt')) return 'text/plain; charset=utf-8';
	return 'text/javascript; charset=utf-8';
}

/** One bundle file's bytes. */
export const readCmsBundleFile = (name: string): Buffer => readFileSync(path.join(bundleFolder(), path.basename(name)));
