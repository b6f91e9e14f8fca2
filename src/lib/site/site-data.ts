import { getCollection, getEntry } from 'astro:content';
import { buildPlanIndex, type YearIndex } from './plan-index.ts';
import { lastChangedDates, latestDate } from './file-dates.ts';
import { sectionKey } from './section-order.ts';
import { readSiteHistories, type PlanHistoryStatus } from './plan-histories.ts';
import { dataDirectory } from '../data/load-dataset.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';

/**
 * A plan with the data file it was read from (relative to the repository root), the day it last changed
 * and its published history (or why the build has none).
 */
export type PlanWithFile = Plan & { file: string; updated: string; history: PlanHistoryStatus };

/** Everything pages read, built once per build from the collections. */
export interface SiteData {
	organization: Organization;
	scales: ReviewScales;
	/** Plans with the data file each was read from. */
	plans: PlanWithFile[];
	/** Plans grouped by fiscal year (newest first) and department. */
	years: YearIndex<PlanWithFile>[];
	/** Every fiscal year's plan of a section, oldest first, by `<department>/<section>`. */
	plansBySection: Map<string, PlanWithFile[]>;
	/** The latest day any plan changed: the default "last updated" of pages that show all data. */
	updated?: string;
}

let siteData: Promise<SiteData> | undefined;

async function readSiteData(): Promise<SiteData> {
	const [organization, scales, plans] = await Promise.all([
		getEntry('organization', 'organization'),
		getEntry('reviewScales', 'scales'),
		getCollection('plans'),
	]);
	if (!organization || !scales) throw new Error('The organization or review scales are missing from the data directory.');
	const files = plans.map((entry) => entry.data.file);
	const dates = lastChangedDates(files);
	const histories = readSiteHistories(dataDirectory(), files);
	const planData = plans.map((entry) => ({ ...entry.data, updated: dates.get(entry.data.file)!, history: histories.get(entry.data.file)! }));
	const plansBySection = new Map<string, PlanWithFile[]>();
	for (const plan of [...planData].sort((a, b) => a.fiscalYear - b.fiscalYear)) {
		const key = sectionKey(plan.department, plan.section);
		plansBySection.set(key, [...(plansBySection.get(key) ?? []), plan]);
	}
	return {
		organization: organization.data,
		scales: scales.data,
		plans: planData,
		years: buildPlanIndex(organization.data, planData),
		plansBySection,
		updated: latestDate(planData.map((plan) => plan.updated)),
	};
}

/** The site's data, read from the collections once and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
	siteData ??= readSiteData();
	return siteData;
}
