/**
 * Formatting of UI strings, shared by pages and client scripts: client scripts import this file (not the
 * translation files) and receive the strings they need from the page with `pickMessages`.
 */

/** UI strings by key, as a page or a client script holds them. */
export type MessageTable = Readonly<Record<string, string>>;

/** Values for a string's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** The key of a string's singular form: used when the `count` param is 1 and the language has one. */
export const singularKey = (key: string) => `${key}.one`;

/**
 * A string of the table with its `{name}` placeholders filled from `params`; for a `count` param of 1,
 * the `<key>.one` form when the table has one ("1 result", not "1 results"). Throws on an unknown key.
 */
export function formatMessage(table: MessageTable, key: string, params: MessageParams = {}): string {
	const singular = singularKey(key);
	const template = params.count === 1 && singular in table ? table[singular] : table[key];
	if (template === undefined) throw new Error(`Missing UI string "${key}"`);
	return template.replace(/\{(\w+)\}/gu, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * Splits a UI string around its `{name}` placeholders, keeping them, so that a page can put links in
 * their place: `'Data: {csv}, {json}'` → `['Data: ', '{csv}', ', ', '{json}']`.
 */
export function templateParts(template: string): string[] {
	return template.split(/(\{\w+\})/u).filter((part) => part !== '');
}
