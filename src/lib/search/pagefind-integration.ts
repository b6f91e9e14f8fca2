import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cityPagesFolder, loadDatasetOnce } from '../data/load-dataset.ts';
import { listFiles } from '../files/list-files.ts';
import { languages, type Language } from '../../schemas/localized-text.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';
import { recordDocument } from './record-document.ts';
import { editorialPath, searchIndexFolder } from '../site/paths.ts';
import { editorialRecord } from './page-records.ts';
import { builtInPreview } from '../preview/preview-scope.ts';

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

/** Indexes one language's search records and writes its Pagefind bundle. */
async function buildLanguageIndex(outDir: string, lang: Language, records: SearchRecord[]): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
	if (!index) throw new Error('Pagefind could not start.', { cause: errors });
	const recordsDir = mkdtempSync(path.join(tmpdir(), 'pagefind-records-'));
	try {
		records.forEach((record, number) => writeFileSync(path.join(recordsDir, `${number}.html`), recordDocument(record)));
		const added = await index.addDirectory({ path: recordsDir });
		if (added.errors.length || added.page_count !== records.length) {
			throw new Error(`Pagefind indexed ${added.page_count} of ${records.length} ${lang} search records.`, { cause: added.errors });
		}
		const written = await index.writeFiles({ outputPath: path.join(outDir, searchIndexFolder(lang)) });
		if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index.`, { cause: written.errors });
		return records.length;
	} finally {
		rmSync(recordsDir, { recursive: true, force: true });
		await pagefind.close();
	}
}

/**
 * Builds the search indexes after the site is written, one per language at `pagefind/<lang>/` under the
 * base path, from the data's search records (sections, indicators, initiatives without indicators; see
 * `search-records.ts`) and the editorial pages, each landing on its permalink. Pagefind's script takes the base path of result
 * links from its own address.
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const { dataset } = loadDatasetOnce();
				// A pull-request preview indexes only the plans it rebuilt (see src/lib/preview/).
				const plans = dataset!.plans.map(({ plan }) => plan).filter((plan) => builtInPreview({ kind: 'section', ...plan }));
				let recordCount = 0;
				// One index per language, each built and written by its own Pagefind process in turn: Pagefind
				// holds every page it indexes in memory, so a prefecture-size site fits only one language at a time.
				for (const lang of languages) {
					const records = [...searchRecords(dataset!.organization, dataset!.planTypes, plans, lang), ...editorialRecords(outDir, lang)];
					recordCount += await buildLanguageIndex(outDir, lang, records);
				}
				// The measure lets `npm run bench` tell indexing time from the rest of the build.
				const { duration } = performance.measure('pagefind', { start: started });
				logger.info(`Indexed ${recordCount} search records in ${(duration / 1000).toFixed(2)}s`);
			},
		},
	};
}
