import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadDatasetOnce } from '../data/load-dataset.ts';
import { indicatorRows } from '../site/indicator-rows.ts';
import { languages, type Language } from '../../schemas/localized-text.ts';
import { indicatorRecords, recordDocument, type SearchRecord } from './indicator-records.ts';
import { searchIndexFolder } from '../site/paths.ts';
import { builtInPreview } from '../preview/preview-scope.ts';

/** Indexes one language's pages (its `<main>`) and indicator records, and writes its Pagefind bundle. */
async function buildLanguageIndex(outDir: string, lang: Language, records: SearchRecord[]): Promise<{ pages: number; records: number }> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
	if (!index) throw new Error('Pagefind could not start.', { cause: errors });
	const recordsDir = mkdtempSync(path.join(tmpdir(), 'pagefind-records-'));
	try {
		const pages = await index.addDirectory({ path: outDir, glob: `${lang}/**/*.html` });
		if (pages.errors.length) throw new Error(`Pagefind could not index the ${lang} pages.`, { cause: pages.errors });
		records.forEach((record, number) => writeFileSync(path.join(recordsDir, `${number}.html`), recordDocument(record)));
		const added = await index.addDirectory({ path: recordsDir });
		if (added.errors.length || added.page_count !== records.length) {
			throw new Error(`Pagefind indexed ${added.page_count} of ${records.length} ${lang} indicator records.`, { cause: added.errors });
		}
		const written = await index.writeFiles({ outputPath: path.join(outDir, searchIndexFolder(lang)) });
		if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index.`, { cause: written.errors });
		return { pages: pages.page_count, records: records.length };
	} finally {
		rmSync(recordsDir, { recursive: true, force: true });
		await pagefind.close();
	}
}

/**
 * Builds the search indexes after the site is written, one per language at `pagefind/<lang>/` under the
 * base path: every page's `<main>`, plus one record per indicator that leads to the indicator's
 * permalink. Pagefind's script takes the base path of result links from its own address.
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const { dataset } = loadDatasetOnce();
				const rows = indicatorRows(
					dataset!.organization,
					dataset!.planTypes,
					// A pull-request preview indexes only the plans it rebuilt (see src/lib/preview/).
					dataset!.plans.map(({ plan }) => plan).filter((plan) => builtInPreview({ kind: 'section', ...plan })),
				);
				let pageCount = 0;
				let recordCount = 0;
				// One index per language, each built and written by its own Pagefind process in turn: Pagefind
				// holds every page it indexes in memory, so a prefecture-size site fits only one language at a time.
				for (const lang of languages) {
					const built = await buildLanguageIndex(outDir, lang, indicatorRecords(rows, lang));
					pageCount += built.pages;
					recordCount += built.records;
				}
				// The measure lets `npm run bench` tell indexing time from the rest of the build.
				const { duration } = performance.measure('pagefind', { start: started });
				logger.info(`Indexed ${pageCount} pages and ${recordCount} indicator records in ${(duration / 1000).toFixed(2)}s`);
			},
		},
	};
}
