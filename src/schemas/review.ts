import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text.ts';
import { isoDateSchema } from './identifiers.ts';

/** The mid-year review (中間確認), written by the section around September. */
export const midYearReviewSchema = z.strictObject({
	/**
	 * Progress status (進捗状況): an id from `progressStatus` in `data/review-scales.yaml` (checked in `check-plan.ts`,
	 * which lists the ids with their labels when a label or near miss is written).
	 */
	status: z.string().trim().min(1),
	/** First-half status and assessment (上半期の状況や評価). */
	firstHalfAssessment: localizedTextSchema,
	/** Second-half plan (下半期の予定). */
	secondHalfPlan: localizedTextSchema,
	/** The day the review was published, `YYYY-MM-DD`. Optional. */
	reportedOn: isoDateSchema.optional(),
});

/** The year-end review (年度末確認), written after the fiscal year closes. */
export const yearEndReviewSchema = z.strictObject({
	/** Annual summary (1年間の総括). */
	summary: localizedTextSchema,
	/** Rating (評価): an id from `rating` in `data/review-scales.yaml` (checked in `check-plan.ts`, like `status`). */
	rating: z.string().trim().min(1),
	/** Basis of the rating (評価の視点). */
	ratingBasis: localizedTextSchema,
	/** Issues and response (課題と対応). */
	issuesAndResponse: localizedTextSchema,
	/** The day the review was published, `YYYY-MM-DD`. Optional. */
	reportedOn: isoDateSchema.optional(),
});

/**
 * Result against target (目標値に対する実績値) for one indicator, part of the year-end review.
 * Written on the indicator it measures.
 */
export const indicatorResultSchema = z.strictObject({
	/** The result as the city reports it (`98%`, `完了`), and its translation. */
	text: localizedTextSchema,
	/**
	 * For milestone and descriptive targets: whether the milestone was reached.
	 * Numeric results are compared with the target from their text instead.
	 */
	achieved: z.boolean().optional(),
});

/** An initiative's reviews. Both are empty until the section reports; the site then says "not yet reported". */
export const reviewSchema = z
	.strictObject({
		/** The mid-year review, once reported. */
		midYear: midYearReviewSchema.optional(),
		/** The year-end review, once reported. */
		yearEnd: yearEndReviewSchema.optional(),
	})
	.default({});

export type MidYearReview = z.output<typeof midYearReviewSchema>;
export type YearEndReview = z.output<typeof yearEndReviewSchema>;
export type IndicatorResult = z.output<typeof indicatorResultSchema>;
export type Review = z.output<typeof reviewSchema>;
