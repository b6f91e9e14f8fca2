import { getCollection, getEntry } from 'astro:content';
import { buildPlanIndex, type YearIndex } from './plan-index.ts';
import { lastChanges, latestDate } from './file-dates.ts';
import { locateData, repositoryPath } from './data-repository.ts';
import { sectionContinuity, type SectionContinuity } from './section-continuity.ts';
import { readSiteHistories, type PlanHistoryStatus } from './plan-histories.ts';
import { reviewWords } from '../history/plan-changes.ts';
import { dataDirectory, loadDatasetOnce } from '../data/load-dataset.ts';
import { historyRead } from '../preview/preview-scope.ts';
import { indicatorIndexIsSplit } from './indicator-index-parts.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';

/**
 * A plan with the data file it was read from (`file`, relative to the folder the build runs in, and
 * `repositoryFile`, its path in the data's own repository, for pages, edit links and citations), the day it
 * last changed, the commit that last changed it (absent when git does not know the file), and its published
 * history (or why the build has none).
 */
export type PlanWithFile = Plan & { file: string; repositoryFile: string; updated: string; commit?: string; history: PlanHistoryStatus };

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
	/** A section's plan in the year before and after, following renamed, merged and split sections. */
	continuity: SectionContinuity<PlanWithFile>;
	/** The latest day any plan changed: the default "last updated" of pages that show all data. */
	updated?: string;
}

let siteData: Promise<SiteData> | undefined;

async function readSiteData(): Promise<SiteData> {
	const [site, planTypes, organization, scales, entries] = await Promise.all([
		getEntry('site', 'site'),
		getEntry('planTypes', 'planTypes'),
		getEntry('organization', 'organization'),
		getEntry('reviewScales', 'scales'),
		getCollection('plans'),
	]);
	if (!site || !planTypes || !organization || !scales)
		throw new Error('The site configuration, plan types, organization or review scales are missing from the data directory.');
	// The plans as the loaders read and validated them (the collection holds their files only, see plansLoader).
	const { dataset } = loadDatasetOnce();
	const planAt = new Map(dataset?.plans.map(({ file, plan }) => [file, plan]));
	const plans = entries.map((entry) => {
		const plan = planAt.get(entry.data.file);
		if (!plan) throw new Error(`The plan ${entry.data.file} is in the content store but not in the data set.`);
		return { ...plan, file: entry.data.file };
	});
	const files = plans.map((plan) => plan.file);
	const location = locateData(dataDirectory());
	const changes = lastChanges(files, location);
	const years = buildPlanIndex(organization.data, plans);
	const splitYears = new Set(years.filter((year) => indicatorIndexIsSplit(year)).map((year) => year.fiscalYear));
	const read = plans.filter((plan) => historyRead(plan, (fiscalYear) => splitYears.has(fiscalYear))).map((plan) => plan.file);
	const histories = readSiteHistories(dataDirectory(), read, reviewWords(scales.data));
	const planData = plans.map((plan) => {
		const { date, commit } = changes.get(plan.file)!;
		return {
			...plan,
			repositoryFile: repositoryPath(plan.file, location),
			updated: date,
			...(commit ? { commit } : {}),
			history: histories.get(plan.file) ?? { available: false, reason: 'not-read' },
		};
	});
	return {
		site: site.data,
		planTypes: planTypes.data,
		organization: organization.data,
		scales: scales.data,
		plans: planData,
		years: buildPlanIndex(organization.data, planData),
		continuity: sectionContinuity(organization.data, planData),
		updated: latestDate(planData.map((plan) => plan.updated)),
	};
}

/** The site's data, read from the collections once and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
	siteData ??= readSiteData();
	return siteData;
}
