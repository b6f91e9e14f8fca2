import { describe, expect, it } from 'vitest';
import { formatMessage, templateParts } from '~/lib/i18n/format-message.ts';
import { pickMessages, useTranslations } from '~/lib/i18n/translate.ts';

describe('UI strings formatted in the browser', () => {
	it('use the singular form for one search result, in both languages, exactly as the server does', () => {
		const english = pickMessages('en', ['search.count']);
		const japanese = pickMessages('ja', ['search.count']);
		expect(formatMessage(english, 'search.count', { count: 1, query: 'DX' })).toBe('1 result for “DX”');
		expect(formatMessage(english, 'search.count', { count: 2, query: 'DX' })).toBe('2 results for “DX”');
		expect(formatMessage(japanese, 'search.count', { count: 1, query: 'DX' })).toBe(useTranslations('ja')('search.count', { count: 1, query: 'DX' }));
		expect(formatMessage(japanese, 'search.count', { count: 1, query: 'DX' })).toMatch(/1件/u);
	});

	it('send a client script only the strings it asks for, with their singular forms', () => {
		expect(Object.keys(pickMessages('en', ['search.count', 'search.none'])).sort()).toEqual(['search.count', 'search.count.one', 'search.none']);
	});

	it('fail loudly on a string that was not sent', () => {
		expect(() => formatMessage({}, 'search.count', { count: 1 })).toThrow(/search\.count/u);
	});

	it('split around placeholders so that a page can put a link in their place', () => {
		expect(templateParts('Data: {csv}, {json}')).toEqual(['Data: ', '{csv}', ', ', '{json}']);
	});
});
