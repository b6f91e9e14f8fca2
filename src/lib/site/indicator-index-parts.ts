import type { Plan } from '../../schemas/plan.ts';
import type { YearIndex } from './plan-index.ts';

/**
 * Above this many indicators in a fiscal year, the year's indicator index lists its departments with their
 * counts and each department's indicators get a page of their own, so that no page grows with the size of
 * the organization: 3,000 rows are about 2 MB of HTML (200 KB gzip), where a prefecture's 100,000 would be
 * 67 MB. A city (a few hundred indicators) keeps one table. The bulk CSV and JSON downloads stay whole.
 */
export const indicatorIndexSplitAbove = 3000;

/**
 * The threshold in effect: `indicatorIndexSplitAbove`, or `INDICATOR_INDEX_SPLIT_ABOVE` from the
 * environment, so that tests and demos can see the split on a small data set.
 */
export function indicatorIndexThreshold(env: Record<string, string | undefined> = process.env): number {
	const configured = env.INDICATOR_INDEX_SPLIT_ABOVE;
	if (configured === undefined || configured === '') return indicatorIndexSplitAbove;
	const value = Number(configured);
	if (!Number.isInteger(value) || value < 0) {
		throw new Error(
			`INDICATOR_INDEX_SPLIT_ABOVE must be a whole number of at least 0, not "${configured}". / INDICATOR_INDEX_SPLIT_ABOVE は0以上の整数で指定してください（"${configured}"）。`,
		);
	}
	return value;
}

/** How many indicators a fiscal year has, from the plan index's counts. */
export const yearIndicatorCount = (year: YearIndex<Plan>) => year.departments.reduce((sum, department) => sum + department.indicatorCount, 0);

/** Whether a fiscal year's indicator index is split into one page per department. */
export const indicatorIndexIsSplit = (year: YearIndex<Plan>, threshold = indicatorIndexThreshold()) => yearIndicatorCount(year) > threshold;

/** The department parts of every split year (fiscal year and department id), for static paths and the sitemap. */
export const indicatorIndexParts = (years: ReadonlyArray<YearIndex<Plan>>, threshold = indicatorIndexThreshold()) =>
	years
		.filter((year) => indicatorIndexIsSplit(year, threshold))
		.flatMap((year) => year.departments.map(({ department }) => ({ fiscalYear: year.fiscalYear, department: department.id })));
