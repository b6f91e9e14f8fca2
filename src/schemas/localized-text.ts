import { z } from 'astro/zod';
import { bilingual } from './bilingual-message.ts';

/**
 * A human-readable text in the site's two languages.
 * Japanese is the official wording and always required; English is our unofficial translation
 * and may be missing (the site then shows the Japanese with `lang="ja"` and a notice).
 */
export const localizedTextSchema = z.strictObject({
	/** Official Japanese text, verbatim from the city's plan (export artifacts repaired, typos kept). */
	ja: z.string().trim().min(1, bilingual('Japanese text (ja) must not be empty.', '日本語（ja）が空です。公式の文章を書いてください。')),
	/** Unofficial English translation. Omit or leave empty while untranslated. */
	en: z
		.string()
		.trim()
		.transform((text) => (text ? text : undefined))
		.optional(),
});

/** A text in both languages, as pages use it; `en` is absent while untranslated. */
export interface LocalizedText {
	ja: string;
	en?: string;
}

/** Languages the site is published in; Japanese first, as the official language. */
export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];
