/**
 * What the search page asks Pagefind for a query: each space-separated part on its own (a result must match
 * every part), each part as an exact phrase of its tokens (so 広報誌 finds 広報誌, never 広報 alone), and,
 * where a part holds a word readers use that the plans write differently (残業), the plan's word too.
 * Pure: the search page runs it in the browser, the tests in Node.
 */
import { normaliseText } from './normalise-text.ts';
import { searchTokens } from './search-tokens.ts';

/** A reader's word and the plans' word it stands for (see `data/search-synonyms.yaml`). */
export interface Synonym {
	/** What readers type, e.g. 残業. */
	readerWord: string;
	/** What the plans write, e.g. 時間外勤務. */
	planWord: string;
}

/** One way to search a part of the query. */
export interface Alternative {
	/** The words searched, normalised, e.g. 時間外勤務. */
	text: string;
	/** The Pagefind query: a quoted phrase of tokens, or one character's token (a prefix of the pairs it starts). */
	pagefindQuery: string;
	/** The synonym this alternative comes from, when it is not the part as typed. */
	synonym?: Synonym;
}

/** One space-separated part of a query, as typed, and the ways it is searched (as typed first). */
export interface QueryPart {
	typed: string;
	alternatives: Alternative[];
}

function alternative(text: string, synonym?: Synonym): Alternative | undefined {
	const tokens = searchTokens(text);
	if (!tokens.length) return undefined;
	// One Japanese character has no pair of its own: it is searched as the start of every pair.
	const single = tokens.length === 1 && text.length === 1;
	return { text, pagefindQuery: single ? tokens[0] : `"${tokens.join(' ')}"`, ...(synonym ? { synonym } : {}) };
}

/** The parts of a query with their alternatives; parts with nothing searchable (punctuation alone) are left out. */
export function planQuery(query: string, synonyms: readonly Synonym[] = []): QueryPart[] {
	return query.split(/[\s\u3000]+/u).flatMap((typed) => {
		const part = normaliseText(typed);
		const own = alternative(part);
		if (!own) return [];
		const seen = new Set([own.pagefindQuery]);
		const alternatives = [own];
		for (const synonym of synonyms) {
			const reader = normaliseText(synonym.readerWord);
			if (!reader || !part.includes(reader)) continue;
			const other = alternative(part.replace(reader, normaliseText(synonym.planWord)), synonym);
			if (other && !seen.has(other.pagefindQuery)) {
				seen.add(other.pagefindQuery);
				alternatives.push(other);
			}
		}
		return [{ typed, alternatives }];
	});
}
