import type { Element, ElementContent, RootContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/**
 * A Markdown (Sätteri hast) plugin for the tables of editorial pages (`| a | b |`), which Markdown cannot give
 * a caption or header scopes: each table gets a caption (the text of the heading it stands under, else its
 * column names), `scope="col"` on its header cells, and the first cell of each body row becomes a row header
 * (`<th scope="row">`). The caption's id is `data-caption-id` on the table, for the scrolling wrapper
 * (`MarkdownTable.astro`, given to MDX as the `table` component).
 */
export const tableHeadersPlugin: HastPluginDefinition = {
	name: 'table-headers',
	element: {
		filter: ['table'],
		visit(node, context) {
			const siblings: ReadonlyArray<RootContent | ElementContent> = context.parent(node)?.children ?? [];
			const before = siblings.slice(0, context.indexOf(node) ?? 0).filter(isElement);
			const heading = before.findLast((sibling) => /^h[1-6]$/u.test(sibling.tagName));
			const tablesBefore = before.filter((sibling) => sibling.tagName === 'table').length;
			const table = structuredClone(node) as Element;
			addHeaders(table, heading, `editorial-table-${tablesBefore + 1}`);
			return table;
		},
	},
};

/** Captions a table (heading text, else its column names) and gives its header cells their scope. */
export function addHeaders(table: Element, heading: Element | undefined, id: string): void {
	const sections = table.children.filter(isElement);
	if (sections.some((child) => child.tagName === 'caption')) return;
	const head = sections.find((child) => child.tagName === 'thead');
	const body = sections.find((child) => child.tagName === 'tbody');
	const headerCells = head ? rowsOf(head).flatMap((row) => row.children.filter(isElement)) : [];
	for (const cell of headerCells) if (cell.tagName === 'th') cell.properties = { ...cell.properties, scope: 'col' };
	for (const row of body ? rowsOf(body) : []) {
		const first = row.children.find(isElement);
		if (first) {
			first.tagName = 'th';
			first.properties = { ...first.properties, scope: 'row' };
		}
	}
	const caption = heading ? textOf(heading) : headerCells.map(textOf).join(' / ');
	table.children.unshift({ type: 'element', tagName: 'caption', properties: { id }, children: [{ type: 'text', value: caption }] });
	table.properties = { ...table.properties, dataCaptionId: id };
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const rowsOf = (section: Element) => section.children.filter(isElement).filter((child) => child.tagName === 'tr');
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('').trim() : '');
