import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadDatasetOnce } from '../data/load-dataset.ts';
import { indicatorRows } from '../open-data/indicator-rows.ts';
import { languages } from '../../schemas/localized-text.ts';
import { indicatorRecords } from './indicator-records.ts';

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
					let records = 0;
					for (const lang of languages) {
						for (const record of indicatorRecords(rows, lang)) {
							const added = await index.addCustomRecord(record);
							if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}.`, { cause: added.errors });
							records += 1;
						}
					}
					const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
					if (written.errors.length) throw new Error('Pagefind could not write its index.', { cause: written.errors });
					// The measure lets `npm run bench` tell indexing time from the rest of the build.
					const { duration } = performance.measure('pagefind', { start: started });
					logger.info(`Indexed ${pages.page_count} pages and ${records} indicator records in ${(duration / 1000).toFixed(2)}s`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
