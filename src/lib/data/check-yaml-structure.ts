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

/** What may start a node or a key and needs the full check: anchor, alias, tag, flow collection, explicit key or value, directive, reserved. */
const nodeStartMarks = new Set(['&', '*', '!', '[', ']', '{', '}', '?', ':', '%', '@', '`']);
/** Any mark of those anywhere in a line that starts with a quote (a quoted key may hide a value after it). */
const anyMark = /[&*![\]{}]/u;

/**
 * Whether a text certainly uses none of what `yamlStructureProblems` refuses, read line by line without
 * parsing: true only for block YAML (no flow collections) in which nothing that can start a node (a line's
 * content after its indentation and `- ` indicators, a plain key's value after `: `) is an anchor, alias,
 * tag, explicit key or collection in brackets (but the empty `[]` and `{}`), no key is `<<`, and no line is indented far enough to nest more than
 * `maxNestingDepth` levels (each level of block nesting moves its content at least one column to the right,
 * except a list under a key, which the next level then moves two: depth ≤ deepest column + 2, and one more
 * for an empty `[]`). Anything
 * unusual, in a scalar or not, answers false and the file gets the full check: a fast way through for the
 * files staff write, never a way around the check.
 */
export function certainlyPlainBlockYaml(text: string): boolean {
	// Tabs, and a carriage return that does not end a line (YAML reads it as a line break, a split on \n would not).
	if (text.includes('\t') || /\r(?!\n)/u.test(text)) return false;
	let deepestColumn = 0;
	for (const rawLine of text.split('\n')) {
		const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
		const column = /^ *(?:-(?: +|$))*/u.exec(line)![0].length;
		const rest = line.slice(column);
		if (!rest || rest.startsWith('#')) continue;
		deepestColumn = Math.max(deepestColumn, column);
		if (nodeStartMarks.has(rest[0])) return false;
		if (/^(?:---|\.\.\.)/u.test(rest) && !/^(?:---|\.\.\.)$/u.test(rest)) return false;
		if (rest[0] === '"' || rest[0] === "'") {
			if (anyMark.test(rest)) return false;
			continue;
		}
		// Every `: ` of the line may end a key (a second one is a syntax error the parser reports, but the tree
		// would still read what follows as a node).
		const segments = rest.split(/:(?: +|$)/u);
		if (segments.slice(0, -1).some((key) => key.trim() === '<<')) return false;
		for (const value of segments.slice(1).map((segment) => segment.trimStart())) {
			// An empty list or mapping (`planTypes: []`) nests one level and holds nothing.
			if (value && nodeStartMarks.has(value[0]) && !/^(?:\[\]|\{\})(?: +#.*)?$/u.test(value)) return false;
		}
	}
	// One more level than the indentation gives, for an empty list or mapping.
	return deepestColumn + 3 <= maxNestingDepth;
}

/**
 * Finds what a data file must not use, before anything is expanded: anchors, aliases, tags and merge keys
 * (which staff never write, and which let a few kilobytes expand into gigabytes), and nesting deeper than
 * `maxNestingDepth` (which would exhaust the stack). Reads the `yaml` library's concrete syntax tree,
 * iteratively, so a hostile file costs milliseconds. Located, in both languages; YAML syntax errors are
 * left to the parser.
 */
export function yamlStructureProblems(file: string, text: string): DataProblem[] {
	// Most files need no syntax tree to tell (at 10,000 plan files the tree took 15 s of a build).
	return certainlyPlainBlockYaml(text) ? [] : yamlTreeProblems(file, text);
}

/** `yamlStructureProblems` read from the syntax tree, whatever the text (the tests compare it with the fast way). */
export function yamlTreeProblems(file: string, text: string): DataProblem[] {
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
