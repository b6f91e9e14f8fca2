import { indicatorRows } from '../site/indicator-rows.ts';
import type { SiteData, PlanWithFile } from '../site/site-data.ts';
import type { DepartmentYear, YearIndex } from '../site/plan-index.ts';
import { latestDate } from '../site/file-dates.ts';
import { changedTargetKeys, indicatorRowKey } from '../site/target-change-rows.ts';
import { indicatorIndexIsSplit, indicatorIndexThreshold, yearIndicatorCount } from '../site/indicator-index-parts.ts';

/** The plans of a year, or of one of its departments, from the plan index. */
const plansOf = (departments: ReadonlyArray<DepartmentYear<PlanWithFile>>) => departments.flatMap((department) => department.sections.map(({ plan }) => plan));

/** The rows of the given plans, each flagged when its target changed after first publication. */
function flaggedRows(data: SiteData, plans: PlanWithFile[]) {
	const changed = changedTargetKeys(plans);
	return indicatorRows(data.organization, data.planTypes, plans).map((row) => ({ ...row, targetChanged: changed.has(indicatorRowKey(row)) }));
}

function yearOf(data: SiteData, fiscalYear: number): YearIndex<PlanWithFile> {
	const year = data.years.find((candidate) => candidate.fiscalYear === fiscalYear);
	if (!year) throw new Error(`No plans for fiscal year ${fiscalYear}.`);
	return year;
}

/**
 * The data of one year's indicator index page. Up to the threshold (`indicator-index-parts.ts`) it is
 * one table of every indicator (`kind: 'table'`); above it, the list of departments with their counts
 * (`kind: 'departments'`), each department's table being a page of its own (`indicatorIndexPart`).
 */
export function indicatorIndexPage(data: SiteData, fiscalYear: number, threshold = indicatorIndexThreshold()) {
	const year = yearOf(data, fiscalYear);
	const plans = plansOf(year.departments);
	const common = {
		fiscalYear,
		indicatorCount: yearIndicatorCount(year),
		years: data.years.map((other) => other.fiscalYear),
		updated: latestDate(plans.map((plan) => plan.updated)),
	};
	if (indicatorIndexIsSplit(year, threshold)) {
		return {
			...common,
			kind: 'departments' as const,
			departments: year.departments.map(({ department, sections, indicatorCount }) => ({ department, sectionCount: sections.length, indicatorCount })),
		};
	}
	return { ...common, kind: 'table' as const, rows: flaggedRows(data, plans) };
}

/** One department's part of a split year's indicator index: its rows, the year's other years, and when its data changed. */
export function indicatorIndexPart(data: SiteData, fiscalYear: number, departmentId: string) {
	const departmentYear = yearOf(data, fiscalYear).departments.find(({ department }) => department.id === departmentId);
	if (!departmentYear) throw new Error(`No plans for department ${departmentId} in fiscal year ${fiscalYear}.`);
	const plans = plansOf([departmentYear]);
	return {
		kind: 'department' as const,
		fiscalYear,
		department: departmentYear.department,
		rows: flaggedRows(data, plans),
		years: data.years.map((other) => other.fiscalYear),
		updated: latestDate(plans.map((plan) => plan.updated)),
	};
}
