/**
 * `node scripts/bench/build-site.ts [<cache-dir>]` runs `astro build` in this process (DATA_DIR and OUT_DIR from the environment, as for `npm run build`)
 * and prints one JSON line with the build's timing, so that `npm run bench` can tell the page build from
 * the Pagefind step (measured by the integration as `pagefind`).
 */
import { build } from 'astro';

const cacheDir = process.argv[2];
const started = performance.now();
// A cache folder of its own keeps a benchmark's content store out of the project's.
await build({ root: process.cwd(), logLevel: 'warn', ...(cacheDir ? { cacheDir } : {}) });
const totalMs = performance.now() - started;
const pagefindMs = performance.getEntriesByName('pagefind').at(-1)?.duration ?? 0;
console.log(JSON.stringify({ totalMs, pagefindMs, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
