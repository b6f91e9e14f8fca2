import { z } from 'astro/zod';

/** Words readers search for that the plans write differently: one entry per word of the plans. */
export const searchSynonymSchema = z.strictObject({
	/** The word as the plans write it, e.g. 時間外勤務 or survey. A search for a reader's word also searches this. */
	planWord: z.string().trim().min(1),
	/** What readers type for it, e.g. 残業, or questionnaire. Each is searched as the plan's word too, and the result says so (時間外勤務 (残業)). */
	readerWords: z.array(z.string().trim().min(1)).min(1),
});

/**
 * The search synonyms of the data set (`data/search-synonyms.yaml`, optional: without it a search finds
 * only what it was typed as). Real synonyms only: a reader's word must mean what the plan's word means.
 */
export const searchSynonymsSchema = z.strictObject({
	/** Every plan word with the words readers use for it, in any order. */
	synonyms: z.array(searchSynonymSchema),
});

export type SearchSynonyms = z.output<typeof searchSynonymsSchema>;
/** The search synonyms of a data set without `search-synonyms.yaml`. */
export const noSearchSynonyms: SearchSynonyms = { synonyms: [] };
