import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text.ts';
import { slugSchema } from './identifiers.ts';

/**
 * How a level of a scale reads at a glance. Charts and badges use it, never colour alone.
 * - `good`: on track or achieved · `caution`: partly or slightly behind · `bad`: behind or not achieved
 * - `neutral`: neither (e.g. not started yet by design)
 */
export const scaleTones = ['good', 'caution', 'bad', 'neutral'] as const;

/** One value a reviewer may choose, e.g. 順調 / On track. */
export const scaleLevelSchema = z.strictObject({
	/** Stable English id written in plan files, e.g. `on-track`. */
	id: slugSchema,
	/** The label shown to readers, in both languages. */
	label: localizedTextSchema,
	/** What choosing this level means, for reviewers and readers. Optional. */
	description: localizedTextSchema.optional(),
	/** How the level reads at a glance (see `scaleTones`). */
	tone: z.enum(scaleTones),
});

/** The review scales, defined once for the whole data set (`data/review-scales.yaml`). */
export const reviewScalesSchema = z.strictObject({
	/** Values of the mid-year progress status (進捗状況), best first. */
	progressStatus: z.array(scaleLevelSchema).min(1),
	/** Values of the year-end rating (評価), best first. */
	rating: z.array(scaleLevelSchema).min(1),
});

export type ScaleLevel = z.output<typeof scaleLevelSchema>;
export type ReviewScales = z.output<typeof reviewScalesSchema>;
export type ScaleName = keyof ReviewScales;
