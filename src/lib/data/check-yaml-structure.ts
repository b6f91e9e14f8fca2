import { Parser, type CST } from 'yaml';
import type { DataProblem } from './data-problem.ts';
import { textPositions } from './text-position.ts';

/**
 * How deep mappings and lists may nest in a data file. A plan nests about eight levels
 * (`initiatives[0].indicators[0].result.text.ja`); the limit leaves room and stops files built to exhaust the stack.
 */
export const maxNestingDepth = 32;

type Message = { ja: string; en: string };

/** How many of these problems one file reports at most. */
const maxReported = 20;

const refusals: Record<'anchor' | 'alias' | 'tag' | 'merge', Message> = {
	anchor: {
		ja: 'アンカー（&名前）は使えません。データファイルでは値をそのまま書いてください（展開で巨大になるのを防ぐため）。',
		en: 'YAML anchors (&name) are not allowed in data files: write each value out in full (expanding them can make a file enormous).',
	},
	alias: {
		ja: 'エイリアス（*名前）は使えません。参照先の値をそのまま書いてください（展開で巨大になるのを防ぐため）。',
		en: 'YAML aliases (*name) are not allowed in data files: write the value out in full (expanding them can make a file enormous).',
	},
	tag: {
		ja: 'タグ（! で始まる型指定）は使えません。値をそのまま書いてください。',
		en: 'YAML tags (starting with !) are not allowed in data files: write the plain value.',
	},
	merge: {
		ja: 'マージキー（<<）は使えません。項目をそのまま書いてください。',
		en: 'YAML merge keys (<<) are not allowed in data files: write the fields out in full.',
	},
};

type Walked = { token: CST.Token | CST.SourceToken; depth: number; isKey?: boolean };

/** The property tokens (anchors, tags) and children of a CST token. */
function partsOf(token: CST.Token): { props: CST.SourceToken[]; children: Array<{ token: CST.Token; isKey?: boolean }> } {
	const props: CST.SourceToken[] = [];
	const children: Array<{ token: CST.Token; isKey?: boolean }> = [];
	const take = (list: unknown) => {
		if (Array.isArray(list)) for (const item of list as CST.SourceToken[]) props.push(item);
	};
	const record = token as unknown as Record<string, unknown>;
	take(record.start);
	take(record.props);
	take(record.end);
	if (token.type === 'document' && token.value) children.push({ token: token.value });
	if ('items' in token && Array.isArray(token.items)) {
		for (const item of token.items as CST.CollectionItem[]) {
			take(item.start);
			take(item.sep);
			if (item.key) children.push({ token: item.key, isKey: true });
			if (item.value) children.push({ token: item.value });
		}
	}
	return { props, children };
}

/**
 * Finds what a data file must not use, before anything is expanded: anchors, aliases, tags and merge keys
 * (which staff never write, and which let a few kilobytes expand into gigabytes), and nesting deeper than
 * `maxNestingDepth` (which would exhaust the stack). Reads the `yaml` library's concrete syntax tree,
 * iteratively, so a hostile file costs milliseconds. Located, in both languages; YAML syntax errors are
 * left to the parser.
 */
export function yamlStructureProblems(file: string, text: string): DataProblem[] {
	const position = textPositions(text);
	const problems: DataProblem[] = [];
	const report = (offset: number, message: Message) => problems.push({ file, ...position(offset), severity: 'error', message });
	const stack: Walked[] = [];
	for (const document of new Parser().parse(text)) stack.push({ token: document, depth: 0 });
	let tooDeep = false;
	while (stack.length) {
		const { token, depth, isKey } = stack.pop()!;
		if (token.type === 'anchor') report(token.offset, refusals.anchor);
		else if (token.type === 'tag') report(token.offset, refusals.tag);
		else if (token.type === 'alias') report(token.offset, refusals.alias);
		else if (isKey && token.type === 'scalar' && token.source === '<<') report(token.offset, refusals.merge);
		if (!('type' in token) || !['document', 'block-map', 'block-seq', 'flow-collection', 'block-scalar'].includes(token.type)) continue;
		const { props, children } = partsOf(token as CST.Token);
		for (const prop of props) if (['anchor', 'tag', 'alias'].includes(prop.type)) stack.push({ token: prop, depth });
		const nested = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
		const childDepth = depth + (nested ? 1 : 0);
		if (childDepth > maxNestingDepth) {
			if (!tooDeep) {
				tooDeep = true;
				report((token as CST.Token).offset, {
					ja: `入れ子が深すぎます（${maxNestingDepth}段まで）。字下げや括弧 [ { の数を確認してください。`,
					en: `Nesting is too deep (at most ${maxNestingDepth} levels). Check the indentation and the brackets [ {.`,
				});
			}
			continue;
		}
		for (const child of children) stack.push({ token: child.token, depth: childDepth, isKey: child.isKey });
	}
	// The first few, in file order: a file built of aliases would otherwise give thousands of lines.
	return problems.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, maxReported);
}
