import { indicatorRows } from '../site/indicator-rows.ts';
import type { SiteData } from '../site/site-data.ts';
import { latestDate } from '../site/file-dates.ts';

/** The data of one year's indicator index page: its rows, the other years, and when its data changed. */
export function indicatorIndexPage(data: SiteData, fiscalYear: number) {
	const plans = data.plans.filter((plan) => plan.fiscalYear === fiscalYear);
	return {
		fiscalYear,
		rows: indicatorRows(data.organization, data.planTypes, plans),
		years: data.years.map((year) => year.fiscalYear),
		updated: latestDate(plans.map((plan) => plan.updated)),
	};
}
