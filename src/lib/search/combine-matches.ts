import type { QueryPart, Synonym } from './plan-query.ts';

/** The ids Pagefind found for each alternative of each part, in its ranking order (same shape as the parts). */
export type PartMatches = string[][];

/** What a query found: the ids that match every part, in rank order, and how. */
export interface CombinedMatches {
	ids: string[];
	/** For ids found only through a synonym of some part: the synonyms that found it. */
	synonymsOf: Map<string, Synonym[]>;
	/** The parts (as typed) that matched nothing at all: the reason a query has no result. */
	unmatchedParts: string[];
}

/**
 * A result must match every part of the query, through the part as typed or one of its synonyms: no
 * part is dropped silently. Ids keep the rank order of the first part's searches (as typed first).
 */
export function combineMatches(parts: readonly QueryPart[], matches: PartMatches[]): CombinedMatches {
	const synonymsOf = new Map<string, Synonym[]>();
	const unmatchedParts: string[] = [];
	let ids: string[] | undefined;
	parts.forEach((part, partIndex) => {
		const found = new Map<string, Synonym | undefined>();
		part.alternatives.forEach((alternative, index) => {
			for (const id of matches[partIndex][index] ?? []) if (!found.has(id)) found.set(id, alternative.synonym);
		});
		if (!found.size) unmatchedParts.push(part.typed);
		for (const [id, synonym] of found) if (synonym) synonymsOf.set(id, [...(synonymsOf.get(id) ?? []), synonym]);
		ids = ids === undefined ? [...found.keys()] : ids.filter((id) => found.has(id));
	});
	const matching = ids ?? [];
	const kept = new Set(matching);
	for (const id of synonymsOf.keys()) if (!kept.has(id)) synonymsOf.delete(id);
	return { ids: matching, synonymsOf, unmatchedParts };
}

/** The ids in every list, in the order of the first: an alternative's results, when it is several Pagefind queries. */
export function intersectIds(lists: readonly string[][]): string[] {
	const [first = [], ...others] = lists;
	const sets = others.map((list) => new Set(list));
	return first.filter((id) => sets.every((set) => set.has(id)));
}

/** How a result shows the synonyms that found it: `時間外勤務 (残業)`. */
export const synonymLabel = ({ planWord, readerWord }: Synonym) => `${planWord} (${readerWord})`;
