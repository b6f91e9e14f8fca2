import ja from '../../translations/ja.json' with { type: 'json' };
import en from '../../translations/en.json' with { type: 'json' };
import type { Language } from '../../schemas/localized-text.ts';

/** Every UI string key; Japanese is the reference set (a test checks English has the same keys). */
export type MessageKey = keyof typeof ja;

export const messages: Record<Language, Record<MessageKey, string>> = { ja, en };

/**
 * The UI strings of one language. `{name}` placeholders are filled from `params`; for a `count`
 * param, a `<key>.one` string is used when the count is 1 and it exists.
 */
export function useTranslations(lang: Language) {
	const strings = messages[lang];
	return function t(key: MessageKey, params: Record<string, string | number> = {}): string {
		const singular = `${key}.one` as MessageKey;
		const template = params.count === 1 && singular in strings ? strings[singular] : strings[key];
		if (template === undefined) throw new Error(`Missing UI string "${key}" in ${lang}`);
		return template.replace(/\{(\w+)\}/gu, (match, name: string) => (name in params ? String(params[name]) : match));
	};
}

export type Translate = ReturnType<typeof useTranslations>;

/**
 * Splits a UI string around its `{name}` placeholders, keeping them, so that a page can put links in
 * their place: `'Data: {csv}, {json}'` → `['Data: ', '{csv}', ', ', '{json}']`.
 */
export function templateParts(template: string): string[] {
	return template.split(/(\{\w+\})/u).filter((part) => part !== '');
}
