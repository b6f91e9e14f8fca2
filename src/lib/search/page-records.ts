import type { Language } from '../../schemas/localized-text.ts';
import type { SearchRecord } from './search-records.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of some built HTML: tags dropped (block ends as line breaks), scripts and styles left out, entities read. */
function htmlText(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ')
		.replace(/<\/(?:p|li|h\d|div|dd|dt|tr|section|article)>|<br\s*\/?>/giu, '\n')
		.replace(/<[^>]+>/gu, ' ')
		.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (match, name: string) => {
			if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
			return entities[name] ?? match;
		})
		.replace(/[ \t]+/gu, ' ')
		.trim();
}

/**
 * The search record of an editorial page (about, how to read, accessibility, or the city's own), from its
 * built HTML: the text of its `<main>`, its heading weighted above it. Its result shows its title.
 */
export function editorialRecord(html: string, url: string, lang: Language): SearchRecord | undefined {
	const main = /<main\b[^>]*>([\s\S]*?)<\/main>/u.exec(html)?.[1];
	if (!main) return undefined;
	const title = htmlText(/<h1\b[^>]*>([\s\S]*?)<\/h1>/u.exec(main)?.[1] ?? '');
	return {
		kind: 'page',
		url,
		language: lang,
		searchable: [
			{ text: title, weight: 3 },
			{ text: htmlText(main), weight: 1 },
		],
		meta: { kind: 'page', title: title || url },
		otherLanguage: [],
		filters: {},
	};
}
