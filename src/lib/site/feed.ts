import { useTranslations } from '../i18n/translate.ts';
import { siteWords } from '../i18n/site-words.ts';
import type { Language } from '../../schemas/localized-text.ts';
import { initiativeAnchor } from './anchors.ts';
import { pickText } from '../i18n/localized.ts';
import { sectionPath, feedPath, homePath } from './paths.ts';
import { sectionDisplayName } from './section-names.ts';
import type { SiteData } from './site-data.ts';
import { escapeXml } from './xml.ts';

/** One update: a plan published or a review reported. */
export interface FeedEntry {
	id: string;
	title: string;
	summary: string;
	/** `YYYY-MM-DD`: the review's reporting date, or the day the plan file last changed. */
	updated: string;
	link: string;
}

/** The updates of the site in one language, newest first, dated from the data and the git history. */
export function feedEntries(data: SiteData, lang: Language, limit = 100): FeedEntry[] {
	const t = useTranslations(lang, siteWords(data.site, lang));
	const entries: FeedEntry[] = [];
	for (const year of data.years) {
		for (const departmentYear of year.departments) {
			for (const summary of departmentYear.sections) {
				const { plan, department, section } = summary;
				const name = sectionDisplayName(department, section, lang).value;
				const page = sectionPath(lang, plan.fiscalYear, department.id, section.id);
				entries.push({
					id: `plan/${plan.fiscalYear}/${department.id}/${section.id}`,
					title: t('feed.planEntry', { year: plan.fiscalYear, section: name }),
					summary: t('feed.planSummary', { year: plan.fiscalYear, section: name, initiatives: summary.initiativeCount, indicators: summary.indicatorCount }),
					updated: plan.updated,
					link: page,
				});
				for (const initiative of plan.initiatives) {
					const title = pickText(initiative.title, lang).value;
					for (const [kind, review] of [
						['midYear', initiative.review.midYear],
						['yearEnd', initiative.review.yearEnd],
					] as const) {
						if (!review) continue;
						entries.push({
							id: `review/${plan.fiscalYear}/${department.id}/${section.id}/${initiative.id}/${kind}`,
							title: t(kind === 'midYear' ? 'feed.midYearEntry' : 'feed.yearEndEntry', { section: name, initiative: title }),
							summary: t('feed.reviewSummary', { section: name, initiative: title, review: t(kind === 'midYear' ? 'review.midYear' : 'review.yearEnd') }),
							updated: review.reportedOn ?? plan.updated,
							link: `${page}#${initiativeAnchor(initiative)}`,
						});
					}
				}
			}
		}
	}
	return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, limit);
}

/** An Atom 1.0 document of the entries. */
export function atomFeed(data: SiteData, lang: Language, site: URL): string {
	const t = useTranslations(lang, siteWords(data.site, lang));
	const entries = feedEntries(data, lang);
	const url = (path: string) => new URL(path, site).href;
	const updated = entries[0]?.updated ?? new Date().toISOString().slice(0, 10);
	const tag = `tag:${site.hostname},2025:`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<title>${escapeXml(t('feed.title'))}</title>
<id>${tag}${lang}</id>
<link rel="self" type="application/atom+xml" href="${url(feedPath(lang))}"/>
<link rel="alternate" type="text/html" href="${url(homePath(lang))}"/>
<updated>${updated}T00:00:00Z</updated>
<author><name>${escapeXml(data.site.city[lang])}</name></author>
${entries
	.map(
		(entry) => `<entry>
<id>${tag}${escapeXml(entry.id)}</id>
<title>${escapeXml(entry.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(url(entry.link))}"/>
<updated>${entry.updated}T00:00:00Z</updated>
<summary>${escapeXml(entry.summary)}</summary>
</entry>`,
	)
	.join('\n')}
</feed>
`;
}
