import { escapeXml } from '../site/xml.ts';
import { normaliseText } from './normalise-text.ts';
import type { SearchRecord } from './search-records.ts';
import { searchTokens } from './search-tokens.ts';

/** The meta field that names the fields shown in the other language (space-separated). */
export const otherLanguageMeta = 'other';

/**
 * A search record as a small HTML document that Pagefind indexes like a page. Its body holds only the
 * normalised tokens of the record's texts (see `search-tokens.ts`), each text with its weight; what the
 * result shows is the original text, in `<meta>` elements (values may hold commas), with the permalink
 * as the `url` metadata. They reach Pagefind through `addHTMLFile`, in batches, never as files (writing and
 * deleting 220,000 small files took a third of a 10,000-section build's main thread); Pagefind's
 * `addCustomRecord` compares each new record with every record already added, so on a large site its
 * indexing time grew with the square of the records.
 */
export function recordDocument(record: SearchRecord): string {
	const metaValues = { ...record.meta, url: record.url, ...(record.otherLanguage.length ? { [otherLanguageMeta]: record.otherLanguage.join(' ') } : {}) };
	const meta = Object.entries(metaValues).map(([key, value]) => `<meta data-pagefind-meta="${escapeXml(key)}[content]" content="${escapeXml(value)}">`);
	const filters = Object.entries(record.filters).flatMap(([key, values]) =>
		values.map((value) => `<meta data-pagefind-filter="${escapeXml(key)}[content]" content="${escapeXml(value)}">`),
	);
	const paragraphs = record.searchable
		.map(({ text, weight }) => ({ tokens: searchTokens(normaliseText(text)).join(' '), weight }))
		.filter(({ tokens }) => tokens)
		.map(({ tokens, weight }) => (weight === 1 ? `<p>${tokens}</p>` : `<p data-pagefind-weight="${weight}">${tokens}</p>`));
	const title = escapeXml(record.meta.title ?? record.url);
	return `<!doctype html><html lang="${record.language}"><head><meta charset="utf-8"><title>${title}</title>${[...meta, ...filters].join('')}</head><body><main data-pagefind-body>${paragraphs.join('')}</main></body></html>\n`;
}
