import { indicatorRows } from '../site/indicator-rows.ts';
import type { SiteData } from '../site/site-data.ts';
import { latestDate } from '../site/file-dates.ts';
import { changedTargetKeys, indicatorRowKey } from '../site/target-change-rows.ts';

/**
 * The data of one year's indicator index page: its rows (each flagged when its target changed after first
 * publication), the other years, and when its data changed.
 */
export function indicatorIndexPage(data: SiteData, fiscalYear: number) {
	const plans = data.plans.filter((plan) => plan.fiscalYear === fiscalYear);
	const changed = changedTargetKeys(plans);
	return {
		fiscalYear,
		rows: indicatorRows(data.organization, data.planTypes, plans).map((row) => ({ ...row, targetChanged: changed.has(indicatorRowKey(row)) })),
		years: data.years.map((year) => year.fiscalYear),
		updated: latestDate(plans.map((plan) => plan.updated)),
	};
}
