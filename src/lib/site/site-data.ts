import { getCollection, getEntry } from 'astro:content';
import { buildPlanIndex, type YearIndex } from './plan-index.ts';
import { lastChangedDates } from './file-dates.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';

/** A plan with the data file it was read from (relative to the repository root) and the day it last changed. */
export type PlanWithFile = Plan & { file: string; updated: string };

/** Everything pages read, built once per build from the collections. */
export interface SiteData {
	organization: Organization;
	scales: ReviewScales;
	/** Plans with the data file each was read from. */
	plans: PlanWithFile[];
	/** Plans grouped by fiscal year (newest first) and department. */
	years: YearIndex<PlanWithFile>[];
}

let siteData: Promise<SiteData> | undefined;

async function readSiteData(): Promise<SiteData> {
	const [organization, scales, plans] = await Promise.all([
		getEntry('organization', 'organization'),
		getEntry('reviewScales', 'scales'),
		getCollection('plans'),
	]);
	if (!organization || !scales) throw new Error('The organization or review scales are missing from the data directory.');
	const dates = lastChangedDates(plans.map((entry) => entry.data.file));
	const planData = plans.map((entry) => ({ ...entry.data, updated: dates.get(entry.data.file)! }));
	return { organization: organization.data, scales: scales.data, plans: planData, years: buildPlanIndex(organization.data, planData) };
}

/** The site's data, read from the collections once and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
	siteData ??= readSiteData();
	return siteData;
}
