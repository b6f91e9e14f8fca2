import { getCollection, getEntry } from 'astro:content';
import { buildPlanIndex, type YearIndex } from './plan-index.ts';
import { lastChangedDates, latestDate } from './file-dates.ts';
import { sectionKey } from './section-order.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';

/** A plan with the data file it was read from (relative to the repository root) and the day it last changed. */
export type PlanWithFile = Plan & { file: string; updated: string };

/** Everything pages read, built once per build from the collections. */
export interface SiteData {
	/** The site's configuration: city, names, licence, contact, colours. */
	site: SiteConfig;
	/** The plan types plans name, in listing order. */
	planTypes: PlanTypes;
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
	const [site, planTypes, organization, scales, plans] = await Promise.all([
		getEntry('site', 'site'),
		getEntry('planTypes', 'planTypes'),
		getEntry('organization', 'organization'),
		getEntry('reviewScales', 'scales'),
		getCollection('plans'),
	]);
	if (!site || !planTypes || !organization || !scales)
		throw new Error('The site configuration, plan types, organization or review scales are missing from the data directory.');
	const dates = lastChangedDates(plans.map((entry) => entry.data.file));
	const planData = plans.map((entry) => ({ ...entry.data, updated: dates.get(entry.data.file)! }));
	const plansBySection = new Map<string, PlanWithFile[]>();
	for (const plan of [...planData].sort((a, b) => a.fiscalYear - b.fiscalYear)) {
		const key = sectionKey(plan.department, plan.section);
		plansBySection.set(key, [...(plansBySection.get(key) ?? []), plan]);
	}
	return {
		site: site.data,
		planTypes: planTypes.data,
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
