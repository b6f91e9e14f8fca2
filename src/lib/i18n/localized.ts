import type { Language, LocalizedText } from '../../schemas/localized-text.ts';

/** A text picked for a page, with the language it is really in. */
export interface PickedText {
	value: string;
	/** The language of `value`: the page's, or Japanese when the translation is missing. */
	lang: Language;
	/** True when the page wanted English but only the Japanese exists. */
	isFallback: boolean;
}

/** Picks the text in the page's language, falling back to the official Japanese. */
export function pickText(text: LocalizedText, lang: Language): PickedText {
	if (lang === 'en' && text.en) return { value: text.en, lang: 'en', isFallback: false };
	return { value: text.ja, lang: 'ja', isFallback: lang !== 'ja' };
}

/**
 * The `lang` attribute an element needs for a text on a page: none when the text is in the page's
 * language, else the text's own language (Japanese shown on an English page is marked `lang="ja"`).
 */
export function langAttribute(text: Pick<PickedText, 'lang'>, pageLang: Language): Language | undefined {
	return text.lang === pageLang ? undefined : text.lang;
}
