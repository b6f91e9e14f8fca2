import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadDatasetOnce } from '../data/load-dataset.ts';
import { indicatorRows } from '../open-data/indicator-rows.ts';
import { languages } from '../../schemas/localized-text.ts';
import { indicatorRecords, recordDocument } from './indicator-records.ts';

/**
 * Builds the search index after the site is written: every page's `<main>` (one index per `<html lang>`),
 * plus one record per indicator and language that leads to the indicator's permalink.
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error('Pagefind could not start.', { cause: errors });
				try {
					const pages = await index.addDirectory({ path: outDir });
					if (pages.errors.length) throw new Error('Pagefind could not index the built pages.', { cause: pages.errors });
					const { dataset } = loadDatasetOnce();
					const rows = indicatorRows(dataset!.organization, dataset!.plans.map(({ plan }) => plan));
					const records = languages.flatMap((lang) => indicatorRecords(rows, lang));
					const recordsDir = mkdtempSync(path.join(tmpdir(), 'pagefind-records-'));
					try {
						records.forEach((record, number) => writeFileSync(path.join(recordsDir, `${number}.html`), recordDocument(record)));
						const added = await index.addDirectory({ path: recordsDir });
						if (added.errors.length || added.page_count !== records.length) {
							throw new Error(`Pagefind indexed ${added.page_count} of ${records.length} indicator records.`, { cause: added.errors });
						}
					} finally {
						rmSync(recordsDir, { recursive: true, force: true });
					}
					const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
					if (written.errors.length) throw new Error('Pagefind could not write its index.', { cause: written.errors });
					// The measure lets `npm run bench` tell indexing time from the rest of the build.
					const { duration } = performance.measure('pagefind', { start: started });
					logger.info(`Indexed ${pages.page_count} pages and ${records.length} indicator records in ${(duration / 1000).toFixed(2)}s`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
