import type { Language } from '../../schemas/localized-text.ts';
import type { Plan } from '../../schemas/plan.ts';
import { loadDatasetOnce } from '../data/load-dataset.ts';
import { builtInPreview } from '../preview/preview-scope.ts';
import { searchIndexFolder } from '../site/paths.ts';

/**
 * How many search records one Pagefind process indexes at most. Pagefind holds everything it indexes in
 * memory until it writes the index (about 90 KB per record here, measured at 10,000 sections), so a site
 * with more records than this is indexed in parts, one process after the other, and the search page merges
 * the parts (Pagefind's `mergeIndex`). 16,000 records keep a part near 1.4 GB: a city (a few thousand
 * records) and a site of 1,000 sections (about 11,000) stay one index.
 */
export const searchShardRecords = 16_000;

/** The part size in effect: `searchShardRecords`, or `SEARCH_SHARD_RECORDS` from the environment (to see the parts on a small data set). */
export function searchShardLimit(env: Record<string, string | undefined> = process.env): number {
	const configured = env.SEARCH_SHARD_RECORDS;
	if (configured === undefined || configured === '') return searchShardRecords;
	const limit = Number(configured);
	if (!/^\d+$/u.test(configured) || limit < 1) {
		throw new Error(
			`SEARCH_SHARD_RECORDS must be a whole number of at least 1, not "${configured}". / SEARCH_SHARD_RECORDS は1以上の整数で指定してください（"${configured}"）。`,
		);
	}
	return limit;
}

/** The number of search records a plan gives (see `searchRecords`): its section, each indicator, each initiative without one. */
export const searchRecordCount = (plan: Plan): number => 1 + plan.initiatives.reduce((sum, initiative) => sum + Math.max(1, initiative.indicators.length), 0);

/**
 * The plans split into the parts of the search index, each part holding at most `limit` records (a plan larger
 * than the limit only in a part of its own): as few parts as that allows, the plans dealt out in turn (plan 1
 * to part 1, plan 2 to part 2, …), so that every part is a sample of the whole site and ranks its results with
 * word statistics close to the whole site's (each part ranks its own results; the search page merges the
 * lists). Always one part at least. The split depends on the plans only, so both languages have the same
 * parts, and the search page knows them without reading the index.
 */
export function searchShards<P extends Plan>(plans: readonly P[], limit: number): P[][] {
	const counts = plans.map(searchRecordCount);
	const total = counts.reduce((sum, count) => sum + count, 0);
	// No more parts than plans: a part is never empty (except the one part of a site with nothing to index).
	for (let partCount = Math.max(1, Math.min(Math.ceil(total / limit), plans.length)); ; partCount += 1) {
		const parts = Array.from({ length: partCount }, (): P[] => []);
		const records = new Array<number>(partCount).fill(0);
		plans.forEach((plan, index) => {
			parts[index % partCount].push(plan);
			records[index % partCount] += counts[index];
		});
		if (parts.every((part, index) => records[index] <= limit || part.length === 1)) return parts;
	}
}

/**
 * Where a part of a language's search index is written, relative to the build's output folder: the first
 * part (which also holds the editorial pages) is the language's index itself, `pagefind/<lang>/`; the others
 * are `pagefind/<lang>/part-<n>/`, which the search page merges into it.
 */
export const searchShardFolder = (lang: Language, shard: number) => (shard === 0 ? searchIndexFolder(lang) : `${searchIndexFolder(lang)}part-${shard}/`);

/**
 * The plans of each part of the search index. The first part also holds the editorial pages, which are read
 * from the built HTML, so it is indexed after the pages are built; the others are indexed while they are
 * built. So one index (a city) holds everything, and a site in parts gets a first part of the editorial pages
 * alone: then nothing but those few pages waits for the pages to be built.
 */
export function searchIndexParts<P extends Plan>(plans: readonly P[], limit: number): P[][] {
	const shards = searchShards(plans, limit);
	return shards.length > 1 ? [[], ...shards] : shards;
}

/**
 * The parts of this build's search index (`searchIndexParts`) of the plans it indexes: all of them, or those
 * a pull-request preview rebuilt, in the data set's order. The search integration indexes them and the search
 * page merges them, both from this one function.
 */
export function buildSearchShards(): Plan[][] {
	const { dataset } = loadDatasetOnce();
	const plans = (dataset?.plans ?? []).map(({ plan }) => plan).filter((plan) => builtInPreview({ kind: 'section', ...plan }));
	return searchIndexParts(plans, searchShardLimit());
}
