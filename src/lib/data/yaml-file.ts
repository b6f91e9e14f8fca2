import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { core, ZodType } from 'astro/zod';
import type { DataProblem } from './data-problem.ts';
import { describeIssue } from './describe-issue.ts';
import { characterProblem, characterProblems, escapedCharacters } from './check-characters.ts';
import { yamlStructureProblems } from './check-yaml-structure.ts';
import { yamlErrorMessage } from './yaml-error-messages.ts';

const isError = (problem: DataProblem) => problem.severity === 'error';

/** A parsed YAML file that can say where any value in it stands. */
export interface YamlFile {
	/** Path as given, used in messages. */
	file: string;
	/** The plain data, or undefined when the YAML itself is broken. */
	data: unknown;
	/** What stopped the file being read (YAML syntax, characters, anchors…; then `data` is undefined) and warnings, located. */
	problems: DataProblem[];
	/** Line and column of the value at `path`, or of its nearest existing parent. */
	locate(path: ReadonlyArray<PropertyKey>, options?: { key?: string }): { line: number; column: number };
}

function nodeAt(document: Document, path: ReadonlyArray<PropertyKey>): Node | undefined {
	let node: unknown = document.contents;
	let found = node as Node | undefined;
	for (const key of path) {
		if (isMap(node) || isSeq(node)) {
			node = node.get(key as string | number, true);
			if (isNode(node)) found = node;
			else break;
		} else break;
	}
	return found;
}

function keyNode(document: Document, path: ReadonlyArray<PropertyKey>, key: string): Node | undefined {
	const parent = nodeAt(document, path);
	if (!isMap(parent)) return undefined;
	const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
	return pair && isNode(pair.key) ? pair.key : undefined;
}

/** A YAML document with the positions of its nodes: slow to build, so built only to locate a problem. */
function locatedDocument(text: string) {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};
	return { document, position };
}

/** The problem of a file that holds nothing but blank lines or comments. */
const emptyFile = (file: string): DataProblem => ({
	file,
	line: 1,
	column: 1,
	severity: 'error',
	message: {
		ja: 'ファイルが空です（コメントしかありません）。内容を書くか、ファイルを削除してください。',
		en: 'The file is empty (nothing but comments or blank lines). Write its content or delete the file.',
	},
});

/**
 * Parses YAML text, able to say where any value stands. Before parsing, the text is checked for control and
 * invisible characters (`check-characters.ts`) and for anchors, aliases, tags, merge keys and deep nesting
 * (`check-yaml-structure.ts`), so that nothing is expanded that should not be. Most files are valid, so the
 * data comes from js-yaml (about ten times faster); the `yaml` library's positioned document is built only
 * when a problem must be located, or when the text is broken and its error needs a line and a column.
 * `problems` holds errors (then `data` is undefined) and warnings (characters that may be meant).
 */
export function readYamlFile(file: string, text: string): YamlFile {
	let located: ReturnType<typeof locatedDocument> | undefined;
	const withPositions = () => (located ??= locatedDocument(text));
	let data: unknown;
	const characters = characterProblems(file, text);
	let problems: DataProblem[] = characters.some(isError) ? characters : [...characters, ...yamlStructureProblems(file, text)];
	if (!problems.some(isError)) {
		try {
			data = load(text, { schema: CORE_SCHEMA });
		} catch {
			const { document, position } = withPositions();
			const errors = document.errors.map((error): DataProblem => ({ file, ...position(error.pos[0]), severity: 'error', message: yamlErrorMessage(error) }));
			problems = [...problems, ...errors];
			data = errors.length ? undefined : document.toJS();
		}
	}
	const locate: YamlFile['locate'] = (path, options = {}) => {
		const { document, position } = withPositions();
		const node = (options.key ? keyNode(document, path, options.key) : undefined) ?? nodeAt(document, path);
		return position(node?.range?.[0] ?? 0);
	};
	if (!problems.some(isError)) {
		if (data === undefined || data === null) problems.push(emptyFile(file));
		for (const found of escapedCharacters(data)) problems.push(characterProblem(file, locate(found.path), found.character, found.place, 'error'));
		if (problems.some(isError)) data = undefined;
	}
	return { file, data, problems, locate };
}

/** An issue's position: an unknown key points at the key itself, anything else at the value. */
function issuePosition(yaml: YamlFile, issue: core.$ZodIssue) {
	if (issue.code === 'unrecognized_keys') return yaml.locate(issue.path, { key: issue.keys[0] });
	return yaml.locate(issue.path);
}

/** Validates a parsed YAML file against a schema, turning every issue into a located problem. */
export function validateYamlFile<Schema extends ZodType>(
	yaml: YamlFile,
	schema: Schema,
): { data?: Schema['_zod']['output']; problems: DataProblem[] } {
	if (yaml.problems.some(isError)) return { problems: yaml.problems };
	const result = schema.safeParse(yaml.data, { reportInput: true });
	if (result.success) return { data: result.data, problems: yaml.problems };
	return {
		problems: [...yaml.problems, ...result.error.issues.map((issue) => ({
			file: yaml.file,
			...issuePosition(yaml, issue),
			severity: 'error' as const,
			message: describeIssue(issue),
		}))],
	};
}
