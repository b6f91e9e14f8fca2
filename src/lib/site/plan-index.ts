import type { Department, Organization, Section } from '../../schemas/organization.ts';
import type { Plan } from '../../schemas/plan.ts';
import { reviewStateCounts, type ReviewState } from '../reviews/review-state.ts';
import { orderedDepartments, sectionKey } from './section-order.ts';

/** One section's plan for a year, with the counts the listings show. */
export interface SectionPlanSummary<P extends Plan = Plan> {
	department: Department;
	section: Section;
	plan: P;
	initiativeCount: number;
	indicatorCount: number;
	/** How many initiatives are in each review state. */
	reviewCounts: Record<ReviewState, number>;
}

/** A department's sections with plans in one year, in the organization's order. */
export interface DepartmentYear<P extends Plan = Plan> {
	department: Department;
	sections: SectionPlanSummary<P>[];
	initiativeCount: number;
	indicatorCount: number;
}

/** Everything published for one fiscal year. */
export interface YearIndex<P extends Plan = Plan> {
	fiscalYear: number;
	departments: DepartmentYear<P>[];
}

function summarize<P extends Plan>(department: Department, section: Section, plan: P): SectionPlanSummary<P> {
	return {
		department,
		section,
		plan,
		initiativeCount: plan.initiatives.length,
		indicatorCount: plan.initiatives.reduce((sum, initiative) => sum + initiative.indicators.length, 0),
		reviewCounts: reviewStateCounts(plan.initiatives),
	};
}

/**
 * Groups plans by fiscal year (newest first) and department (in the organization's order), in one pass
 * over the plans, so listing pages never search the collection inside a loop.
 */
export function buildPlanIndex<P extends Plan>(organization: Organization, plans: readonly P[]): YearIndex<P>[] {
	const byKey = new Map<string, P>();
	const years = new Set<number>();
	for (const plan of plans) {
		byKey.set(`${plan.fiscalYear}/${sectionKey(plan.department, plan.section)}`, plan);
		years.add(plan.fiscalYear);
	}
	const departments = orderedDepartments(organization);
	return [...years]
		.sort((a, b) => b - a)
		.map((fiscalYear) => ({
			fiscalYear,
			departments: departments.flatMap(({ department, sections: organizationSections }) => {
				const sections = organizationSections.flatMap((section) => {
					const plan = byKey.get(`${fiscalYear}/${sectionKey(department.id, section.id)}`);
					return plan ? [summarize(department, section, plan)] : [];
				});
				if (sections.length === 0) return [];
				return [
					{
						department,
						sections,
						initiativeCount: sections.reduce((sum, s) => sum + s.initiativeCount, 0),
						indicatorCount: sections.reduce((sum, s) => sum + s.indicatorCount, 0),
					},
				];
			}),
		}));
}

/**
 * Up to this many sections, the home page lists every section of the latest year under its department,
 * as a city's portal should; above it (a prefecture or a national aggregator) the home page lists the
 * departments only, so it stays light on a phone, and the year page remains the full directory.
 */
export const homeSectionListLimit = 200;

/**
 * Up to this many sections, a year's page lists every section under its department (about 12 KB gzip per
 * 1,000 sections: 250 KB here); above it, only the departments with their counts, each department's page
 * listing its sections, so that the year page does not grow past 1 MB gzip with a national data set.
 */
export const yearSectionListLimit = 20_000;

const sectionCount = (year: YearIndex<Plan>) => year.departments.reduce((sum, departmentYear) => sum + departmentYear.sections.length, 0);

/** Whether the home page lists the sections of a year, or only its departments. */
export const homeListsSections = (year: YearIndex<Plan>) => sectionCount(year) <= homeSectionListLimit;

/** Whether a year's page lists its sections, or only its departments. */
export const yearPageListsSections = (year: YearIndex<Plan>, limit = yearSectionListLimit) => sectionCount(year) <= limit;
