import type { Language } from '../../schemas/localized-text.ts';
import { changeLabels } from '../history/change-labels.ts';
import { useTranslations } from '../i18n/translate.ts';
import { atomDocument, newestFirst, planFeedEntries, type FeedEntry } from './feed.ts';
import { isReportedProgress } from './later-changes.ts';
import { sectionFeedPath, sectionPath } from './paths.ts';
import type { SectionPlanSummary } from './plan-index.ts';
import { sectionDisplayName } from './section-names.ts';
import type { PlanWithFile, SiteData } from './site-data.ts';

/** The anchor of the change history on a section page. */
export const changeHistoryAnchor = 'change-history';

/** A section's plans of every fiscal year, oldest first, as the listings summarize them. */
export function sectionSummaries(data: SiteData, department: string, section: string): SectionPlanSummary<PlanWithFile>[] {
	return data.years
		.flatMap((year) => year.departments.filter((departmentYear) => departmentYear.department.id === department))
		.flatMap((departmentYear) => departmentYear.sections.filter((summary) => summary.section.id === section))
		.reverse();
}

/**
 * One year's updates of a section: its plan published (dated from its first publication when the history
 * is known), each review reported, and each version that changed the plan, with its reason and what it
 * changed. Versions that only reported progress are the review entries; translation updates are left out.
 */
export function sectionYearEntries(summary: SectionPlanSummary<PlanWithFile>, lang: Language): FeedEntry[] {
	const t = useTranslations(lang);
	const { plan, department, section } = summary;
	const [published, ...reviews] = planFeedEntries(summary, lang);
	if (!plan.history.available) return [published, ...reviews];
	const name = sectionDisplayName(department, section, lang).value;
	const first = plan.history.entries[0];
	const changes = plan.history.entries.flatMap((entry) => {
		const changed = entry.kind === 'changes' ? entry.changes.filter((change) => change.kind === 'plan' && !isReportedProgress(change)) : [];
		if (!changed.length) return [];
		return [
			{
				id: `change/${plan.fiscalYear}/${department.id}/${section.id}/${entry.commit}`,
				title: t('history.changeEntry', { year: plan.fiscalYear, section: name, count: changed.length }),
				summary: t('history.changeSummary', {
					reason: entry.reason,
					changes: [...new Set(changed.map((change) => changeLabels[change.field][lang]))].join(lang === 'ja' ? '、' : ', '),
				}),
				updated: entry.date,
				link: `${sectionPath(lang, plan.fiscalYear, department.id, section.id)}#${changeHistoryAnchor}`,
			},
		];
	});
	return [{ ...published, updated: first.date }, ...reviews, ...changes];
}

/** One section's Atom feed across its fiscal years, newest first. */
export function sectionAtomFeed(data: SiteData, department: string, section: string, lang: Language, site: URL): string {
	const t = useTranslations(lang);
	const summaries = sectionSummaries(data, department, section);
	const latest = summaries.at(-1)!;
	const name = sectionDisplayName(latest.department, latest.section, lang).value;
	return atomDocument(
		{
			lang,
			title: t('history.feedTitle', { section: name }),
			id: `${lang}/feeds/${department}/${section}`,
			self: sectionFeedPath(lang, department, section),
			alternate: sectionPath(lang, latest.plan.fiscalYear, department, section),
			author: data.site.city[lang],
		},
		newestFirst(summaries.flatMap((summary) => sectionYearEntries(summary, lang))),
		site,
	);
}
