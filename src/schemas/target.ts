import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text.ts';

/**
 * Which results meet a numeric target.
 * - `at-least`: the result must reach the value or more (most counts and rates; `以上`).
 * - `at-most`: the result must stay at or below the value (reductions, `以下`, `未満`, `減`).
 * - `exactly`: the result must equal the value.
 */
export const targetDirections = ['at-least', 'at-most', 'exactly'] as const;
export type TargetDirection = (typeof targetDirections)[number];

/**
 * Milestone targets: a stage of work to reach rather than a number.
 * Ids are English; each maps from the Japanese word that ends the official target text.
 */
export const milestoneWords = {
	decided: '決定',
	completed: '完了',
	started: '着手',
	implemented: '実施',
	introduced: '導入',
	finalized: '確定',
} as const;
export type MilestoneKind = keyof typeof milestoneWords;
/** The milestone ids, in the order above. */
export const milestoneKinds = Object.keys(milestoneWords) as MilestoneKind[];

/** A numeric target, e.g. `95%`, `累計68回(年12回)`, `月13時間/人`, `23億円`. */
export interface NumericMeasure {
	kind: 'numeric';
	/** The number in base units: `14万回` is 140000 and `23億円` is 2300000000. */
	value: number;
	/** The unit or counter as written, without scale words: `%`, `回`, `件`, `円`, `時間`. */
	unit: string;
	/** Which results meet the target. */
	direction: TargetDirection;
	/** True when the target counts from an earlier start (`累計`), not within the year. */
	cumulative: boolean;
	/** The period the value is counted over when the text states one (`月` per month, `年` per year). */
	period?: 'month' | 'year';
	/** The counter the value is divided by, when stated (`/人` per person). */
	per?: string;
	/** A parenthetical qualifier as written, e.g. `(年12回)` or `(20%減)`. */
	qualifier?: string;
}

/** A milestone target such as `決定` or `素案作成完了`. */
export interface MilestoneMeasure {
	kind: 'milestone';
	/** The stage the work must reach. */
	milestone: MilestoneKind;
}

/** A target that is neither a number nor a known milestone, e.g. `機器撤去・用途の検討`; shown as text only. */
export interface DescriptiveMeasure {
	kind: 'descriptive';
}

export type TargetMeasure = NumericMeasure | MilestoneMeasure | DescriptiveMeasure;

/** A target as written in a plan file. */
export const targetInputSchema = z.strictObject({
	/** The official target text exactly as published (`100%`, `月13時間/人`, `決定`), and its translation. */
	text: localizedTextSchema,
	/**
	 * Overrides the direction read from the text, for numeric targets whose text does not say it
	 * (e.g. overtime hours, where lower is better). Default: read from the text (`以上`, `以下`, `減`),
	 * else `at-least`.
	 */
	direction: z.enum(targetDirections).optional(),
});

export type TargetInput = z.output<typeof targetInputSchema>;
