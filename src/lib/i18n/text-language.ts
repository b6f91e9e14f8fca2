import type { Language } from '../../schemas/localized-text.ts';

const japaneseScript = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * The language of a free text whose language nobody recorded (a commit message): Japanese when it has
 * kana or kanji, else English. Used only for the `lang` attribute, so that a screen reader reads it right.
 */
export function textLanguage(text: string): Language {
	return japaneseScript.test(text) ? 'ja' : 'en';
}
