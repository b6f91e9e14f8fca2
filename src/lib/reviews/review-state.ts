import type { Initiative } from '../../schemas/plan.ts';

/** How far an initiative's reviews have been reported. */
export type ReviewState = 'not-reported' | 'mid-year' | 'year-end';

/** The latest review the initiative has: year-end, else mid-year, else none yet. */
export function reviewState(initiative: Pick<Initiative, 'review'>): ReviewState {
	if (initiative.review.yearEnd) return 'year-end';
	if (initiative.review.midYear) return 'mid-year';
	return 'not-reported';
}

/** How many initiatives are in each review state. */
export function reviewStateCounts(initiatives: ReadonlyArray<Pick<Initiative, 'review'>>): Record<ReviewState, number> {
	const counts: Record<ReviewState, number> = { 'not-reported': 0, 'mid-year': 0, 'year-end': 0 };
	for (const initiative of initiatives) counts[reviewState(initiative)] += 1;
	return counts;
}
