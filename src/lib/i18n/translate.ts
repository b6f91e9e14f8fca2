import ja from '../../translations/ja.json' with { type: 'json' };
import en from '../../translations/en.json' with { type: 'json' };
import type { Language } from '../../schemas/localized-text.ts';
import { formatMessage, singularKey, type MessageParams, type MessageTable } from './format-message.ts';

export { templateParts } from './format-message.ts';

/** Every UI string key; Japanese is the reference set (a test checks English has the same keys). */
export type MessageKey = keyof typeof ja;

export const messages: Record<Language, Record<MessageKey, string>> = { ja, en };

/**
 * The UI strings of one language. `{name}` placeholders are filled from `params`, then from `siteWords` (the
 * city's names, see `site-words.ts`); for a `count` param, a `<key>.one` string is used when the count is 1
 * and it exists.
 */
export function useTranslations(lang: Language, siteWords: MessageParams = {}) {
	const table: MessageTable = messages[lang];
	return function t(key: MessageKey, params: MessageParams = {}): string {
		try {
			return formatMessage(table, key, { ...siteWords, ...params });
		} catch {
			throw new Error(`Missing UI string "${key}" in ${lang}`);
		}
	};
}

export type Translate = ReturnType<typeof useTranslations>;

/**
 * The strings a client script needs, with their singular forms, for `formatMessage` in the browser:
 * a page passes them in a `data-` attribute so that the script formats exactly as the server does.
 */
export function pickMessages(lang: Language, keys: readonly MessageKey[]): MessageTable {
	const table: MessageTable = messages[lang];
	const picked: Record<string, string> = {};
	for (const key of keys) {
		picked[key] = table[key];
		const singular = singularKey(key);
		if (singular in table) picked[singular] = table[singular];
	}
	return picked;
}
