import { parseDocument, visit, type Document, type ToStringOptions } from 'yaml';

/**
 * How every data file is written: two-space indents, no line folding (a long Japanese sentence stays on one
 * line, so a diff shows the sentence that changed), and the `yaml` package's default quoting (plain unless
 * the text needs quotes). The importer writes with the same options, so what it writes is already canonical.
 */
export const yamlWriteOptions = { indent: 2, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const satisfies ToStringOptions;

/**
 * Drops every scalar's and collection's own style (quotes, flow `[a, b]`, block scalars), so that the
 * document is written in the one style `yamlWriteOptions` gives: the style `stringify` gives the same data. Comments and blank lines are kept; values
 * (and their types) are not touched.
 */
export function resetStyles(document: Document): void {
	visit(document, {
		Scalar(_key, node) {
			if (typeof node.value === 'string') node.type = undefined;
		},
		// Empty collections stay `[]` / `{}`; the block style has no way to write them.
		Map(_key, node) {
			node.flow = node.items.length === 0;
		},
		Seq(_key, node) {
			node.flow = node.items.length === 0;
		},
	});
}

/** A YAML document as text in the canonical form. */
export function documentText(document: Document): string {
	return document.toString(yamlWriteOptions);
}

/**
 * The canonical form of a data file's text: the same data, comments and key order, written in one style.
 * Throws (with the parser's message) when the text is not valid YAML: callers report it located.
 */
export function canonicalYaml(text: string): string {
	const document = parseDocument(text, { keepSourceTokens: false });
	if (document.errors.length) throw document.errors[0];
	resetStyles(document);
	return documentText(document);
}
