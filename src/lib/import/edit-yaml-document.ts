import { parseDocument, type Document, type ToStringOptions } from 'yaml';

/** The layouts YAML files in the wild use: sequences indented under their key or not, flow collections padded or not. */
const layouts: ToStringOptions[] = [true, false].flatMap((indentSeq) =>
	[true, false].map((flowCollectionPadding) => ({ lineWidth: 0, indentSeq, flowCollectionPadding })),
);

/**
 * Edits a YAML file through the `yaml` Document API, so comments, key order and quoting survive, and writes it
 * back in the layout the file already had (the first layout that reproduces the unedited file byte for byte),
 * so that only the edited lines change.
 */
export function editYamlDocument(text: string, edit: (document: Document.Parsed) => void): string {
	const layout = layouts.find((options) => parseDocument(text).toString(options) === text) ?? layouts[0];
	const document = parseDocument(text);
	edit(document);
	return document.toString(layout);
}
