import { isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The node for `value`, reusing `node` (and the comments on it and inside it) wherever its shape still fits. */
function merged(document: Document, node: unknown, value: unknown): unknown {
	if (isMap(node) && isRecord(value)) {
		for (const pair of [...node.items]) {
			const key = isScalar(pair.key) ? pair.key.value : pair.key;
			if (typeof key !== 'string' || !(key in value)) node.delete(pair.key);
		}
		for (const [key, item] of Object.entries(value)) {
			if (item === undefined) continue;
			const existing = node.get(key, true);
			node.set(key, isNode(existing) ? merged(document, existing, item) : document.createNode(item));
		}
		return node;
	}
	if (isSeq(node) && Array.isArray(value)) {
		node.items = value.map((item, index) =>
			index < node.items.length ? merged(document, node.items[index], item) : document.createNode(item),
		) as typeof node.items;
		return node;
	}
	if (isScalar(node) && (value === null || typeof value !== 'object')) {
		node.value = value;
		return node;
	}
	return document.createNode(value);
}

/**
 * The text of an existing YAML file changed to hold `data`, editing its document rather than writing it
 * afresh, so that its `#` comments (a translator's note, the import header) and the order of its keys are kept.
 */
export function updatedYamlText(existingText: string, data: unknown): string {
	const document = parseDocument(existingText);
	document.contents = merged(document, document.contents, data) as typeof document.contents;
	return document.toString({ lineWidth: 0 });
}
