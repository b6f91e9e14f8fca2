import type { Language } from '../../schemas/localized-text.ts';
import { useTranslations, type MessageKey } from '../i18n/translate.ts';
import type { IndicatorRow } from '../open-data/indicator-rows.ts';
import { pickText } from '../site/localized.ts';
import { displayMarker } from '../site/markers.ts';

/** A search record of one indicator, in the shape Pagefind's `addCustomRecord` takes. */
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
	const t = useTranslations(lang);
	return rows.map((row) => {
		const text = (value: { ja: string; en?: string }) => pickText(value, lang).value;
		const number = row.number ? `${displayMarker(row.number, lang)} ` : '';
		const planTypes = row.initiative.planTypes.map((id) => t(`planType.${id}` as MessageKey));
		return {
			url: `${row.pages[lang]}#${row.anchor}`,
			language: lang,
			content: [text(row.name), text(row.target), text(row.initiative.title), text(row.section.name), ...(lang === 'en' ? [row.name.ja, row.initiative.title.ja] : [])].join('\n'),
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
