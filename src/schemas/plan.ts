import { z } from 'astro/zod';
import { bilingual } from './bilingual-message.ts';
import { localizedTextSchema } from './localized-text.ts';
import { fiscalYearSchema, slugSchema } from './identifiers.ts';
import { targetInputSchema } from './target.ts';
import { indicatorResultSchema, reviewSchema } from './review.ts';
import { measureTarget } from '../lib/targets/parse-target.ts';

/**
 * An item number as the city writes it: a circled number (`①`…`⑳`), optionally with a
 * sub-number after a long-vowel dash (`①ー1`). Activity ① belongs with indicator ① and its target.
 */
export const itemNumberSchema = z
	.string()
	.regex(
		/^[①-⑳](?:ー\d+)?$/u,
		bilingual('Write the number as the city does: ①, ②, … or ①ー1, ①ー2.', '番号は市の書き方で書いてください（①、②… または ①ー1、①ー2）。'),
	);

/** A paragraph or list item of official text: a mission sentence or an activity. */
export const textItemSchema = z.strictObject({
	/** The list marker as published: a circled number (`①`), `・` or `○`. Omit for unmarked paragraphs. */
	marker: z
		.string()
		.regex(/^(?:[①-⑳](?:ー\d+)?|・|○)$/u, bilingual('Use ①…⑳, ①ー1, ・ or ○.', '①…⑳、①ー1、・、○ のいずれかを使ってください。'))
		.optional(),
	/** The text, without its marker. */
	text: localizedTextSchema,
});

/** What an initiative measures (指標), with its target (目標値) and, once reported, its result. */
export const indicatorSchema = z
	.strictObject({
		/** The indicator's number (`①`, `①ー1`) where the plan numbers its indicators. */
		number: itemNumberSchema.optional(),
		/** What is measured, e.g. 研修を受講した職員の割合. */
		name: localizedTextSchema,
		/** The target for the fiscal year; its structure is read from the official text. */
		target: targetInputSchema,
		/** Result against target (year-end review). Omit until reported. */
		result: indicatorResultSchema.optional(),
	})
	.transform((indicator) => ({
		...indicator,
		/** The target's structure (number, unit and direction, or milestone), read from the Japanese text. */
		measure: measureTarget(indicator.target.text.ja, indicator.target.direction),
	}));

/** One ranked initiative (取組項目) of a section's action plan. */
export const initiativeSchema = z.strictObject({
	/** Stable ASCII id, unique in the file; the initiative's permalink anchor in both languages. */
	id: slugSchema,
	/** Rank (順位): priority order, 1 = highest, consecutive within the plan. */
	rank: z.number().int().min(1),
	/**
	 * Plan types (計画類型): ids from `plan-types.yaml`, each once, at most its `maxPerInitiative`; none is `[]` (`-` in
	 * the table). Checked against the defined ids in `check-plan.ts`, which lists them when a label or near miss is written.
	 */
	planTypes: z.array(z.string().trim().min(1)).default([]),
	/** The initiative's title (取組項目). */
	title: localizedTextSchema,
	/** Activities (具体的な活動内容), in published order. */
	activities: z.array(textItemSchema).min(1),
	/** Indicators (指標) with their targets (目標値), in published order. */
	indicators: z.array(indicatorSchema).min(1),
	/** Notes printed with the indicators, e.g. the definition of 営業日. */
	notes: z.array(localizedTextSchema).default([]),
	/** The mid-year and year-end reviews; empty until reported. */
	review: reviewSchema,
});

/** Where a plan's official text came from. */
export const planSourceSchema = z.strictObject({
	/** The raw export in this repository, e.g. `data/sources/2025-policy-management-plan-tables.tsv`. */
	file: z.string().min(1),
	/** Line of the export where this section's table starts (its `部課名` row). */
	line: z.number().int().min(1).optional(),
});

/** One section's action plan for one fiscal year: `data/plans/<year>/<department>/<section>.yaml`. */
export const planSchema = z.strictObject({
	/** The fiscal year (年度) the plan covers; must match the folder the file is in. */
	fiscalYear: fiscalYearSchema,
	/** Id of the department (from `data/organization.yaml`); must match the folder. */
	department: slugSchema,
	/** Id of the section (from `data/organization.yaml`); must match the file name. */
	section: slugSchema,
	/** The section mission (課の使命): one or more official sentences. */
	mission: z.array(textItemSchema).min(1),
	/** The action plan (実行計画): initiatives in rank order. */
	initiatives: z.array(initiativeSchema).min(1),
	/** The record the plan was imported from. Optional. */
	source: planSourceSchema.optional(),
});

export type TextItem = z.output<typeof textItemSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type Initiative = z.output<typeof initiativeSchema>;
export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
