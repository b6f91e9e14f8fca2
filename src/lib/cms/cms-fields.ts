import type { PlanTypes } from '../../schemas/plan-types.ts';
import type { ReviewScales, ScaleLevel } from '../../schemas/review-scales.ts';
import { targetDirections } from '../../schemas/target.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';

/**
 * The form fields of a plan file for Decap CMS, built from the data set's plan types and review scales:
 * one field per field of `planSchema` (a unit test walks the schema to keep it so). Labels and hints are
 * Japanese first, then English, from the UI strings.
 */

/** A Decap CMS field, as far as this project uses it (https://decapcms.org/docs/widgets/). */
export interface CmsField {
	name: string;
	label?: string;
	widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'object' | 'list' | 'hidden';
	required?: boolean;
	hint?: string;
	/** A regular expression the value must match, and the message when it does not. */
	pattern?: [string, string];
	/** The fields of an object, or of each item of a list of objects. */
	fields?: CmsField[];
	options?: Array<{ label: string; value: string }>;
	multiple?: boolean;
	min?: number;
	max?: number;
	value_type?: 'int';
	step?: number;
	collapsed?: boolean;
	minimize_collapsed?: boolean;
	summary?: string;
	label_singular?: string;
}

/** The two languages' UI strings, for labels that read `日本語 / English`. */
export interface BilingualStrings {
	ja: Translate;
	en: Translate;
}

/** `日本語 / English` for a UI string. */
export const bilingual = (strings: BilingualStrings, key: MessageKey, params: Record<string, string | number> = {}) =>
	`${strings.ja(key, params)} / ${strings.en(key, params)}`;

/** Hints put each language on its own line. */
const hint = (strings: BilingualStrings, key: MessageKey, params: Record<string, string | number> = {}) =>
	`${strings.ja(key, params)}\n${strings.en(key, params)}`;

// The patterns of `src/schemas/`, for the form to check as staff type (the validator checks again).
const slugPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const itemNumberPattern = '^[①-⑳](?:ー\\d+)?$';
const markerPattern = '^(?:[①-⑳](?:ー\\d+)?|・|○)$';
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * A text in both languages: `ja` (official) and `en` (unofficial translation, optional). Inside a review,
 * which is optional as a whole, `ja` cannot be required by the form (it would block saving a plan that has
 * no review yet): the hint says so and the validator requires it once the review is there.
 */
function localizedText(
	strings: BilingualStrings,
	name: string,
	label: string,
	options: { required?: boolean; multiline?: boolean; hint?: string } = {},
): CmsField {
	const required = options.required ?? true;
	return {
		name,
		label,
		widget: 'object',
		required,
		collapsed: false,
		...(options.hint ? { hint: options.hint } : {}),
		fields: localizedTextFields(strings, required, options.multiline ?? false),
	};
}

/** The `ja` and `en` fields of a text. */
const localizedTextFields = (strings: BilingualStrings, required: boolean, multiline: boolean): CmsField[] => [
	{ name: 'ja', label: bilingual(strings, 'cms.text.ja'), widget: multiline ? 'text' : 'string', required, hint: hint(strings, 'cms.hint.official') },
	{ name: 'en', label: bilingual(strings, 'cms.text.en'), widget: multiline ? 'text' : 'string', required: false, hint: hint(strings, 'cms.hint.en') },
];

/** A list marker or item number field. */
const patterned = (name: string, label: string, pattern: [string, string], hintText: string): CmsField => ({
	name,
	label,
	widget: 'string',
	required: false,
	pattern,
	hint: hintText,
});

/** A paragraph or list item of official text: a mission sentence or an activity. */
function textItemFields(strings: BilingualStrings): CmsField[] {
	return [
		patterned('marker', bilingual(strings, 'cms.field.marker'), [markerPattern, strings.ja('cms.pattern.marker')], hint(strings, 'cms.hint.marker')),
		localizedText(strings, 'text', bilingual(strings, 'cms.field.text'), { multiline: true }),
	];
}

/** Select options from a review scale: ids as values, Japanese and English labels. */
export const scaleOptions = (levels: readonly ScaleLevel[]) =>
	levels.map((level) => ({ value: level.id, label: `${level.label.ja} / ${level.label.en ?? level.label.ja}` }));

function indicatorFields(strings: BilingualStrings): CmsField[] {
	return [
		patterned('number', bilingual(strings, 'indicator.number'), [itemNumberPattern, strings.ja('cms.pattern.number')], hint(strings, 'cms.hint.number')),
		localizedText(strings, 'name', bilingual(strings, 'indicator.name'), { multiline: true }),
		{
			name: 'target',
			label: bilingual(strings, 'indicator.target'),
			widget: 'object',
			collapsed: false,
			fields: [
				localizedText(strings, 'text', bilingual(strings, 'indicator.target'), { hint: hint(strings, 'cms.hint.targetText') }),
				{
					name: 'direction',
					label: bilingual(strings, 'cms.field.direction'),
					widget: 'select',
					required: false,
					hint: hint(strings, 'cms.hint.direction'),
					options: targetDirections.map((direction) => ({ value: direction, label: bilingual(strings, `cms.direction.${direction}`) })),
				},
			],
		},
		{
			name: 'result',
			label: bilingual(strings, 'indicator.result'),
			widget: 'object',
			required: false,
			collapsed: true,
			hint: hint(strings, 'cms.hint.result'),
			fields: [
				localizedText(strings, 'text', bilingual(strings, 'indicator.result'), { required: false }),
				{ name: 'achieved', label: bilingual(strings, 'review.achieved'), widget: 'boolean', required: false, hint: hint(strings, 'cms.hint.achieved') },
			],
		},
	];
}

const reportedOn = (strings: BilingualStrings): CmsField =>
	patterned('reportedOn', bilingual(strings, 'cms.field.reportedOn'), [datePattern, strings.ja('cms.pattern.date')], hint(strings, 'cms.hint.reportedOn'));

function reviewField(strings: BilingualStrings, scales: ReviewScales): CmsField {
	const text = (name: string, key: MessageKey) => localizedText(strings, name, bilingual(strings, key), { required: false, multiline: true });
	const scale = (name: string, key: MessageKey, levels: readonly ScaleLevel[]): CmsField => ({
		name,
		label: bilingual(strings, key),
		widget: 'select',
		required: false,
		options: scaleOptions(levels),
	});
	return {
		name: 'review',
		label: bilingual(strings, 'review.heading'),
		widget: 'object',
		required: false,
		collapsed: false,
		hint: hint(strings, 'cms.hint.review'),
		fields: [
			{
				name: 'midYear',
				label: bilingual(strings, 'review.midYear'),
				widget: 'object',
				required: false,
				collapsed: true,
				hint: hint(strings, 'cms.hint.midYear'),
				fields: [
					scale('status', 'review.status', scales.progressStatus),
					text('firstHalfAssessment', 'review.firstHalfAssessment'),
					text('secondHalfPlan', 'review.secondHalfPlan'),
					reportedOn(strings),
				],
			},
			{
				name: 'yearEnd',
				label: bilingual(strings, 'review.yearEnd'),
				widget: 'object',
				required: false,
				collapsed: true,
				hint: hint(strings, 'cms.hint.yearEnd'),
				fields: [
					text('summary', 'review.summary'),
					scale('rating', 'review.rating', scales.rating),
					text('ratingBasis', 'review.ratingBasis'),
					text('issuesAndResponse', 'review.issuesAndResponse'),
					reportedOn(strings),
				],
			},
		],
	};
}

function initiativeFields(strings: BilingualStrings, scales: ReviewScales, planTypes: PlanTypes): CmsField[] {
	const max = planTypes.maxPerInitiative;
	return [
		{
			name: 'id',
			label: bilingual(strings, 'cms.field.id'),
			widget: 'string',
			pattern: [slugPattern, strings.ja('cms.pattern.id')],
			hint: hint(strings, 'cms.hint.id'),
		},
		{ name: 'rank', label: bilingual(strings, 'cms.field.rank'), widget: 'number', value_type: 'int', min: 1, step: 1, hint: hint(strings, 'cms.hint.rank') },
		{
			name: 'planTypes',
			label: bilingual(strings, 'initiative.planTypes'),
			widget: 'select',
			multiple: true,
			required: false,
			...(max ? { max } : {}),
			hint: max ? hint(strings, 'cms.hint.planTypesMax', { max }) : hint(strings, 'cms.hint.planTypes'),
			options: planTypes.planTypes.map((type) => ({ value: type.id, label: `${type.label.ja} / ${type.label.en ?? type.label.ja}` })),
		},
		localizedText(strings, 'title', bilingual(strings, 'cms.field.title')),
		{
			name: 'activities',
			label: bilingual(strings, 'initiative.activitiesHeading'),
			label_singular: bilingual(strings, 'cms.field.activity'),
			widget: 'list',
			min: 1,
			collapsed: false,
			summary: '{{fields.marker}} {{fields.text.ja}}',
			hint: hint(strings, 'cms.hint.activities'),
			fields: textItemFields(strings),
		},
		{
			name: 'indicators',
			label: bilingual(strings, 'cms.field.indicators'),
			label_singular: bilingual(strings, 'cms.field.indicator'),
			widget: 'list',
			min: 1,
			collapsed: true,
			summary: '{{fields.number}} {{fields.name.ja}}',
			fields: indicatorFields(strings),
		},
		{
			name: 'notes',
			label: bilingual(strings, 'cms.field.notes'),
			label_singular: bilingual(strings, 'cms.field.note'),
			widget: 'list',
			required: false,
			collapsed: true,
			summary: '{{fields.ja}}',
			fields: localizedTextFields(strings, true, true),
		},
		reviewField(strings, scales),
	];
}

/** Every field of a plan file, in the order of `planSchema`. */
export function planFields(strings: BilingualStrings, scales: ReviewScales, planTypes: PlanTypes): CmsField[] {
	return [
		// Fixed by the file's place (`plans/<year>/<department>/<section>.yaml`) and by the importer: shown to no one, kept as they are.
		{ name: 'fiscalYear', widget: 'hidden' },
		{ name: 'department', widget: 'hidden' },
		{ name: 'section', widget: 'hidden' },
		{
			name: 'mission',
			label: bilingual(strings, 'cms.field.mission'),
			label_singular: bilingual(strings, 'cms.field.missionItem'),
			widget: 'list',
			min: 1,
			collapsed: false,
			summary: '{{fields.marker}} {{fields.text.ja}}',
			fields: textItemFields(strings),
		},
		{
			name: 'initiatives',
			label: bilingual(strings, 'cms.field.initiatives'),
			label_singular: bilingual(strings, 'cms.field.initiative'),
			widget: 'list',
			min: 1,
			collapsed: true,
			summary: '{{fields.rank}}. {{fields.title.ja}}',
			fields: initiativeFields(strings, scales, planTypes),
		},
		{ name: 'source', widget: 'hidden' },
	];
}
