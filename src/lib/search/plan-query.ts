/**
 * What the search page asks Pagefind for a query: each space-separated part on its own (a result must match
 * every part), each part as an exact phrase of its tokens (so 広報誌 finds 広報誌, never 広報 alone), and,
 * where a part holds a word readers use that the plans write differently (残業), the plan's word too.
 * Pure: the search page runs it in the browser, the tests in Node.
 */
import { normaliseText } from './normalise-text.ts';
import { charToken, searchTokens } from './search-tokens.ts';

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
	/**
	 * The Pagefind queries a result must match all of: quoted phrases of tokens, and for a Japanese character
	 * standing alone (60分 in 60分以上) its token, searched as the prefix of every pair it starts.
	 */
	pagefindQueries: string[];
	/** The synonym this alternative comes from, when it is not the part as typed. */
	synonym?: Synonym;
}

/** One space-separated part of a query, as typed, and the ways it is searched (as typed first). */
export interface QueryPart {
	typed: string;
	alternatives: Alternative[];
}

/** Runs of tokens searched as phrases, with each lone character's token searched on its own as a prefix. */
function pagefindQueries(tokens: string[], singles: Set<string>): string[] {
	const queries: string[] = [];
	let phrase: string[] = [];
	const flush = () => {
		if (phrase.length) queries.push(`"${phrase.join(' ')}"`);
		phrase = [];
	};
	for (const token of tokens) {
		if (singles.has(token)) {
			flush();
			queries.push(token);
		} else phrase.push(token);
	}
	flush();
	return queries;
}

function alternative(text: string, synonym?: Synonym): Alternative | undefined {
	const tokens = searchTokens(text);
	if (!tokens.length) return undefined;
	// A Japanese character standing alone has no pair of its own in the query.
	const singles = new Set([...text].filter((char) => searchTokens(char).length === 1 && tokens.includes(charToken(char))).map(charToken));
	return { text, pagefindQueries: pagefindQueries(tokens, singles), ...(synonym ? { synonym } : {}) };
}

/** The parts of a query with their alternatives; parts with nothing searchable (punctuation alone) are left out. */
export function planQuery(query: string, synonyms: readonly Synonym[] = []): QueryPart[] {
	return query.split(/[\s\u3000]+/u).flatMap((typed) => {
		const part = normaliseText(typed);
		const own = alternative(part);
		if (!own) return [];
		const key = (found: Alternative) => found.pagefindQueries.join(' ');
		const seen = new Set([key(own)]);
		const alternatives = [own];
		for (const synonym of synonyms) {
			const reader = normaliseText(synonym.readerWord);
			if (!reader || !part.includes(reader)) continue;
			const other = alternative(part.replace(reader, normaliseText(synonym.planWord)), synonym);
			if (other && !seen.has(key(other))) {
				seen.add(key(other));
				alternatives.push(other);
			}
		}
		return [{ typed, alternatives }];
	});
}
