import type { Language } from '../../schemas/localized-text.ts';
import type { IndicatorRow } from '../site/indicator-rows.ts';
import { pickText } from '../i18n/localized.ts';
import { displayMarker } from '../i18n/markers.ts';
import { escapeXml } from '../site/xml.ts';

/** A search record of one indicator: its permalink, text, language, metadata and filters. */
export interface SearchRecord {
	url: string;
	content: string;
	language: Language;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/**
 * One search record per indicator and language, so that a search lands on the exact indicator
 * (its permalink) and its result shows the section, the indicator and its target. The content holds
 * the indicator, its target, its initiative and the section; Japanese records also get the official
 * text only (English records fall back to Japanese where untranslated).
 */
export function indicatorRecords(rows: readonly IndicatorRow[], lang: Language): SearchRecord[] {
	return rows.map((row) => {
		const text = (value: { ja: string; en?: string }) => pickText(value, lang).value;
		const number = row.number ? `${displayMarker(row.number, lang)} ` : '';
		const planTypes = row.initiative.planTypes.map((planType) => planType.label[lang]);
		return {
			url: `${row.pages[lang]}#${row.anchor}`,
			language: lang,
			content: [
				text(row.name),
				text(row.target),
				text(row.initiative.title),
				text(row.section.name),
				...(lang === 'en' ? [row.name.ja, row.initiative.title.ja] : []),
			].join('\n'),
			meta: {
				title: `${number}${text(row.name)}`,
				section: text(row.section.name),
				initiative: text(row.initiative.title),
				target: text(row.target),
				year: String(row.fiscalYear),
				kind: 'indicator',
			},
			filters: {
				year: [String(row.fiscalYear)],
				section: [text(row.section.name)],
				...(planTypes.length ? { planType: planTypes } : {}),
			},
		};
	});
}

/**
 * A search record as a small HTML document that Pagefind indexes like a page: its content, its metadata
 * and filters as `<meta>` elements (values may hold commas), and its permalink as the `url` metadata,
 * which the search page links to. Pagefind's `addCustomRecord` compares each new record with, and
 * formats for its log, every record already added, so on a large site the indexing time grew with the
 * square of the indicators; a folder of these documents is indexed in one pass.
 */
export function recordDocument(record: SearchRecord): string {
	const meta = Object.entries({ ...record.meta, url: record.url }).map(
		([key, value]) => `<meta data-pagefind-meta="${escapeXml(key)}[content]" content="${escapeXml(value)}">`,
	);
	const filters = Object.entries(record.filters).flatMap(([key, values]) =>
		values.map((value) => `<meta data-pagefind-filter="${escapeXml(key)}[content]" content="${escapeXml(value)}">`),
	);
	const paragraphs = record.content.split('\n').map((line) => `<p>${escapeXml(line)}</p>`);
	return `<!doctype html><html lang="${record.language}"><head><meta charset="utf-8"><title>${escapeXml(record.meta.title ?? record.url)}</title>${[...meta, ...filters].join('')}</head><body><main data-pagefind-body>${paragraphs.join('')}</main></body></html>\n`;
}
