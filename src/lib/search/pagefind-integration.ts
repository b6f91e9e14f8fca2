import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cityPagesFolder, loadDatasetOnce, type Dataset } from '../data/load-dataset.ts';
import { listFiles } from '../files/list-files.ts';
import { languages, type Language } from '../../schemas/localized-text.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';
import { recordDocument } from './record-document.ts';
import { editorialPath } from '../site/paths.ts';
import { editorialRecord } from './page-records.ts';
import { buildSearchShards, searchShardFolder } from './search-shards.ts';
import type { Plan } from '../../schemas/plan.ts';

/** The editorial pages of a language, generic and the city's own, as built: their records. */
function editorialRecords(outDir: string, lang: Language): SearchRecord[] {
	const folders = [path.join('src', 'content', 'pages', lang), path.join(cityPagesFolder(), lang)];
	const slugs = new Set(folders.flatMap((folder) => (existsSync(folder) ? listFiles(folder, /\.mdx$/u).map((file) => path.basename(file, '.mdx')) : [])));
	return [...slugs].flatMap((slug) => {
		const file = path.join(outDir, lang, slug, 'index.html');
		const record = existsSync(file) ? editorialRecord(readFileSync(file, 'utf8'), editorialPath(lang, slug), lang) : undefined;
		return record ? [record] : [];
	});
}

/** How many records are sent to Pagefind at a time: it reads one batch while the next is being prepared. */
const recordBatch = 500;

/** Indexes search records in one Pagefind process and writes the bundle to `outputPath`; returns how many it indexed. */
async function writeIndex(outputPath: string, lang: Language, records: SearchRecord[]): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
	if (!index) throw new Error('Pagefind could not start.', { cause: errors });
	try {
		for (let from = 0; from < records.length; from += recordBatch) {
			const batch = records.slice(from, from + recordBatch);
			const added = await Promise.all(batch.map((record, offset) => index.addHTMLFile({ url: `/${from + offset}.html`, content: recordDocument(record) })));
			const failed = added.filter((result) => result.errors.length);
			if (failed.length) throw new Error(`Pagefind could not index ${failed.length} of ${records.length} ${lang} search records.`, { cause: failed[0].errors });
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index.`, { cause: written.errors });
		return records.length;
	} finally {
		// Ends the Pagefind process, and with it the memory of what it indexed.
		await pagefind.close();
	}
}

/** Moves a folder, or copies it where the two are on different file systems. */
function moveFolder(from: string, to: string): void {
	mkdirSync(path.dirname(to), { recursive: true });
	try {
		renameSync(from, to);
	} catch {
		cpSync(from, to, { recursive: true });
	}
}

/** The search records of some plans in one language. */
function planRecords(dataset: Dataset, plans: Plan[], lang: Language): SearchRecord[] {
	return searchRecords(dataset.organization, dataset.planTypes, plans, lang);
}

/**
 * Builds the search indexes, one per language at `pagefind/<lang>/` under the base path, from the data's
 * search records (sections, indicators, initiatives without indicators; see `search-records.ts`) and the
 * editorial pages, each landing on its permalink. Pagefind's script takes the base path of result links
 * from its own address.
 *
 * Pagefind holds what it indexes in memory, so every index is written by its own Pagefind process, one after
 * the other, and a large site's records are indexed in parts (`search-shards.ts`) that the search page merges.
 * The parts after the first hold data records only, which need no page to be built: they are indexed while
 * Astro renders the pages, on the core rendering leaves idle, into a staging folder copied into the site at
 * the end. The first part of each language, with the editorial pages read from the built HTML, comes last
 * (on a site in parts it holds those pages alone).
 */
export function pagefindIntegration(): AstroIntegration {
	let shards: Plan[][] = [];
	let staging: string | undefined;
	let background: Promise<number> | undefined;
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:start': () => {
				const { dataset } = loadDatasetOnce();
				// Invalid data: the content collections report it and the build stops before anything is indexed.
				if (!dataset) return;
				shards = buildSearchShards();
				if (shards.length < 2) return;
				const folder = mkdtempSync(path.join(tmpdir(), 'pagefind-parts-'));
				staging = folder;
				background = (async () => {
					let count = 0;
					for (const lang of languages) {
						for (const [shard, plans] of shards.entries()) {
							if (shard > 0) count += await writeIndex(path.join(folder, searchShardFolder(lang, shard)), lang, planRecords(dataset, plans, lang));
						}
					}
					return count;
				})();
				// Reported when the build is done: a rejection left waiting would end the build mid-page.
				background.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const { dataset } = loadDatasetOnce();
				let recordCount = 0;
				try {
					// The parts indexed while the pages were built; Pagefind's process is free again once they are.
					if (background) recordCount += await background;
					for (const lang of languages) {
						const records = [...planRecords(dataset!, shards[0] ?? [], lang), ...editorialRecords(outDir, lang)];
						recordCount += await writeIndex(path.join(outDir, searchShardFolder(lang, 0)), lang, records);
					}
					// Moved in after the first part: Pagefind empties the folder it writes an index to.
					for (const lang of staging ? languages : []) {
						for (let shard = 1; shard < shards.length; shard += 1) {
							moveFolder(path.join(staging!, searchShardFolder(lang, shard)), path.join(outDir, searchShardFolder(lang, shard)));
						}
					}
				} finally {
					if (staging) rmSync(staging, { recursive: true, force: true });
				}
				// The measure lets `npm run bench` tell indexing time from the rest of the build.
				const { duration } = performance.measure('pagefind', { start: started });
				const parts = shards.length > 1 ? ` in ${shards.length} parts per language` : '';
				logger.info(`Indexed ${recordCount} search records${parts}; ${(duration / 1000).toFixed(2)}s after the pages were built`);
			},
		},
	};
}
