import { indicatorRows } from '../site/indicator-rows.ts';
import { latestDate } from '../site/file-dates.ts';
import type { SiteData } from '../site/site-data.ts';
import { targetChangeRows } from '../site/target-change-rows.ts';

/**
 * The data of one fiscal year's target-changes page: every target changed after first publication, the
 * other years, and whether the list is complete (it is not when some plan's history is unavailable).
 */
export function targetChangesPage(data: SiteData, fiscalYear: number) {
	const plans = data.plans.filter((plan) => plan.fiscalYear === fiscalYear);
	const rows = targetChangeRows(plans, indicatorRows(data.organization, data.planTypes, plans));
	return {
		fiscalYear,
		rows,
		years: data.years.map((year) => year.fiscalYear),
		complete: plans.every((plan) => plan.history.available),
		updated: latestDate(plans.map((plan) => plan.updated)),
	};
}
