import { isMap, isScalar, isSeq, Pair, Scalar, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Writing a form's values back into the YAML document they were read from, changing only what differs, so
 * that a saved plan keeps its key order, its comments, its quoting and every field the form does not know.
 *
 * The form hands back plain data. Rules, for each value:
 * - equal to the document's value: the node is left as it is (no change at all for a save without edits);
 * - a different scalar: the scalar's value is replaced, keeping its style and comments;
 * - empty (`''`, `null`, `undefined`) where the document has a value: the key is removed (a cleared optional field);
 * - a key the document lacks: added, unless empty, after the keys that come before it in the form's order;
 * - a key the form does not send: kept (fields unknown to the form survive);
 * - lists: merged item by item; added items are appended, removed ones cut from the end.
 */

/** True for the values a cleared form field sends. */
const isBlank = (value: unknown) => value === undefined || value === null || value === '';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value without blank fields, empty objects and (unless `keepEmptyLists`, for a whole new file that
 * says `planTypes: []`) empty lists; undefined when nothing is left.
 */
export function withoutBlanks(value: unknown, { keepEmptyLists = false } = {}): unknown {
	const prune = (item: unknown) => withoutBlanks(item, { keepEmptyLists });
	if (isBlank(value)) return undefined;
	if (Array.isArray(value)) {
		const items = value.map(prune).filter((item) => item !== undefined);
		return items.length || keepEmptyLists ? items : undefined;
	}
	if (isPlainObject(value)) {
		const entries = Object.entries(value)
			.map(([key, item]) => [key, prune(item)] as const)
			.filter(([, item]) => item !== undefined);
		return entries.length ? Object.fromEntries(entries) : undefined;
	}
	return value;
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** Merges `value` into `node`; returns the node to keep (the same one when it could be updated in place). */
function mergeValue(document: Document, node: unknown, value: unknown): { node: unknown; changed: boolean } {
	if (Array.isArray(value) && isSeq(node)) return { node, changed: mergeSeq(document, node, value) };
	if (isPlainObject(value) && isMap(node)) return { node, changed: mergeMap(document, node, value) };
	if (!Array.isArray(value) && !isPlainObject(value) && isScalar(node)) {
		if (node.value === value) return { node, changed: false };
		node.value = value;
		return { node, changed: true };
	}
	return { node: document.createNode(withoutBlanks(value) ?? value), changed: true };
}

function mergeSeq(document: Document, seq: YAMLSeq, values: unknown[]): boolean {
	let changed = false;
	values.forEach((value, index) => {
		if (index < seq.items.length) {
			const merged = mergeValue(document, seq.items[index], value);
			seq.items[index] = merged.node as Node;
			changed ||= merged.changed;
			return;
		}
		const added = withoutBlanks(value);
		if (added === undefined) return;
		seq.items.push(document.createNode(added));
		changed = true;
	});
	if (seq.items.length > values.length) {
		seq.items.splice(values.length);
		changed = true;
	}
	return changed;
}

/** Where a new key goes: after the last existing key that comes before it in the form's order. */
function insertionIndex(map: YAMLMap, order: string[], key: string): number {
	const before = new Set(order.slice(0, order.indexOf(key)));
	let index = 0;
	map.items.forEach((pair, position) => {
		if (before.has(keyOf(pair as Pair))) index = position + 1;
	});
	return index;
}

function mergeMap(document: Document, map: YAMLMap, values: Record<string, unknown>): boolean {
	let changed = false;
	const order = Object.keys(values);
	for (const [key, value] of Object.entries(values)) {
		const position = map.items.findIndex((pair) => keyOf(pair as Pair) === key);
		if (position >= 0) {
			const pair = map.items[position] as Pair;
			if (isBlank(value)) {
				if (isScalar(pair.value) && isBlank(pair.value.value)) continue;
				map.items.splice(position, 1);
				changed = true;
				continue;
			}
			const merged = mergeValue(document, pair.value, value);
			pair.value = merged.node;
			changed ||= merged.changed;
			continue;
		}
		const added = withoutBlanks(value);
		if (added === undefined) continue;
		map.items.splice(insertionIndex(map, order, key), 0, new Pair(new Scalar(key), document.createNode(added)));
		changed = true;
	}
	return changed;
}

/**
 * Writes `value` into `document` (in place) by the rules above. Returns true when anything changed, so a
 * caller can return the original text byte for byte when nothing did.
 */
export function mergeIntoDocument(document: Document, value: Record<string, unknown>): boolean {
	if (!isMap(document.contents)) {
		document.contents = document.createNode(withoutBlanks(value) ?? {});
		return true;
	}
	return mergeMap(document, document.contents, value);
}
