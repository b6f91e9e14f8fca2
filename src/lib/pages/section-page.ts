import type { Language } from '../../schemas/localized-text.ts';
import { acrossYears } from './across-years.ts';
import { acrossYearsCharts, resultChart, statusChart } from '../charts/section-charts.ts';
import { pickText } from '../i18n/localized.ts';
import { changeMarks } from '../site/later-changes.ts';
import { inEveryLanguage, sectionFeedPath, sectionPath } from '../site/paths.ts';
import { changeHistoryView } from './change-history.ts';
import type { SectionPlanSummary } from '../site/plan-index.ts';
import { editUrl } from '../site/repository.ts';
import { sectionDisplayName } from '../site/section-names.ts';
import type { PlanWithFile, SiteData } from '../site/site-data.ts';

/** What a section's page shows in one language: its names, paths, charts and links, from the site data. */
export function sectionPage(data: SiteData, summary: SectionPlanSummary<PlanWithFile>, lang: Language) {
	const { plan, department, section } = summary;
	const name = sectionDisplayName(department, section, lang);
	const chartNames = { section: name.value, site: data.site };
	return {
		...summary,
		name,
		departmentName: pickText(department.name, lang),
		/** The page's description: the mission's first sentence. */
		description: pickText(plan.mission[0].text, lang).value,
		paths: inEveryLanguage((language) => sectionPath(language, plan.fiscalYear, department.id, section.id)),
		/** The "Edit this plan" link, when a repository is configured. */
		editUrl: editUrl(plan.repositoryFile),
		charts: {
			status: statusChart(plan, data.scales, lang, chartNames),
			/** Results against numeric targets; undefined when no indicator has one. */
			results: resultChart(plan, lang, chartNames),
			/** Indicators across the years of this section and of the sections it continues (renamed, merged, split). */
			acrossYears: acrossYearsCharts(data.continuity.lineage(plan), lang, data.site),
		},
		/** Links to the section and its initiatives in the years before and after, and what changed since last year. */
		years: acrossYears(data, plan, lang),
		/** The plan's change history, or why this build has none. */
		history: changeHistoryView(plan, plan.history, lang),
		/** What changed after first publication, by initiative and by indicator. */
		marks: changeMarks(plan.history),
		/** The section's Atom feed across its fiscal years. */
		feedPath: sectionFeedPath(lang, department.id, section.id),
	};
}
