import { Document, parseDocument } from 'yaml';
import { documentText } from '../yaml-format/canonical-yaml.ts';
import type { CmsField } from './cms-fields.ts';
import { mergeIntoDocument, withoutBlanks } from './merge-into-document.ts';

/**
 * How the form editor reads and writes plan files (registered with `CMS.registerCustomFormat`, and run by
 * the tests in Node). Decap's own YAML format rewrites the whole file from the form's data, losing comments,
 * quoting and key order; this one keeps the document it read and merges the form's values into it
 * (`merge-into-document.ts`), so that a save changes only the lines that were edited, and a save without
 * edits returns the file byte for byte.
 */

/** The name under which this format is registered with the CMS (the collections' `format`). */
export const planFormatName = 'plan-yaml';

type PlainObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is PlainObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value with its object keys in the order of the form's fields (keys the form does not know keep their place after them). */
export function inFieldOrder(value: unknown, fields: readonly CmsField[] | undefined): unknown {
	if (!fields) return value;
	if (Array.isArray(value)) return value.map((item) => inFieldOrder(item, fields));
	if (!isPlainObject(value)) return value;
	const known = fields.filter((field) => field.name in value);
	const ordered: PlainObject = {};
	for (const field of known) ordered[field.name] = inFieldOrder(value[field.name], field.fields);
	for (const [key, item] of Object.entries(value)) if (!(key in ordered)) ordered[key] = item;
	return ordered;
}

/** A plan's identity in its data: the file of a section in a year. */
const planKey = (data: unknown) => (isPlainObject(data) ? `${String(data.fiscalYear)}/${String(data.department)}/${String(data.section)}` : '');

/** The `fromFile`/`toFile` pair Decap calls, remembering each plan's document between reading and writing. */
export interface PlanFileFormat {
	fromFile(text: string): PlainObject;
	toFile(data: PlainObject): string;
}

/**
 * A plan file format for the given plan fields. `toFile` finds the document the plan was read from by the
 * plan's year, department and section (which the form never changes); a plan it has not read is written
 * afresh in the canonical form. Lines the merge rewrites (a changed scalar keeps its quotes) and a file
 * not yet in the canonical form (which the whole document is then written in) are what `npm run format-data`
 * settles.
 */
export function createPlanFileFormat(fields: readonly CmsField[]): PlanFileFormat {
	const read = new Map<string, { document: Document; text: string }>();
	return {
		fromFile(text) {
			const document = parseDocument(text);
			if (document.errors.length) throw new Error(document.errors.map((error) => error.message).join('\n'));
			const data = document.toJS() as PlainObject;
			read.set(planKey(data), { document, text });
			return data;
		},
		toFile(data) {
			const ordered = inFieldOrder(data, fields) as PlainObject;
			const original = read.get(planKey(data));
			if (!original) return documentText(new Document(withoutBlanks(ordered, { keepEmptyLists: true })));
			// Each save merges into the document as it was read, so undoing every edit gives back the file byte for byte.
			const document = original.document.clone();
			return mergeIntoDocument(document, ordered) ? documentText(document) : original.text;
		},
	};
}
