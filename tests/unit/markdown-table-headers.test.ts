import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { addHeaders } from '~/lib/site/markdown-table-headers.ts';

const element = (tagName: string, children: Element['children'] = [], properties: Element['properties'] = {}): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string) => ({ type: 'text' as const, value });

/** `| Term | Meaning |` with one row, as Markdown makes it. */
const markdownTable = () =>
	element('table', [
		element('thead', [element('tr', [element('th', [text('Term')]), element('th', [text('Meaning')])])]),
		element('tbody', [element('tr', [element('td', [text('Rank')]), element('td', [text('Priority')])])]),
	]);

describe('tables of editorial pages', () => {
	it('get the heading they stand under as caption, column scopes and a row header per row', () => {
		const table = markdownTable();
		addHeaders(table, element('h2', [text('Parts of a plan')]), 'editorial-table-1');
		const [caption, head, body] = table.children as Element[];
		expect(caption).toMatchObject({ tagName: 'caption', properties: { id: 'editorial-table-1' }, children: [text('Parts of a plan')] });
		expect((head.children[0] as Element).children.map((cell) => (cell as Element).properties)).toEqual([{ scope: 'col' }, { scope: 'col' }]);
		expect((body.children[0] as Element).children.map((cell) => [(cell as Element).tagName, (cell as Element).properties.scope])).toEqual([
			['th', 'row'],
			['td', undefined],
		]);
		expect(table.properties.dataCaptionId).toBe('editorial-table-1');
	});

	it('are captioned by their column names when no heading comes before them', () => {
		const table = markdownTable();
		addHeaders(table, undefined, 'editorial-table-2');
		expect((table.children[0] as Element).children).toEqual([text('Term / Meaning')]);
	});
});
