import type { Initiative } from '../../schemas/plan.ts';

/** How far an initiative's reviews have been reported. */
export type ReviewState = 'not-reported' | 'mid-year' | 'year-end';

/** The latest review the initiative has: year-end, else mid-year, else none yet. */
export function reviewState(initiative: Pick<Initiative, 'review'>): ReviewState {
	if (initiative.review.yearEnd) return 'year-end';
	if (initiative.review.midYear) return 'mid-year';
	return 'not-reported';
}
