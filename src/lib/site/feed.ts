import { useTranslations } from '../i18n/translate.ts';
import { siteWords } from '../i18n/site-words.ts';
import type { Language } from '../../schemas/localized-text.ts';
import { initiativeAnchor } from './anchors.ts';
import { pickText } from '../i18n/localized.ts';
import { sectionPath, feedPath, homePath } from './paths.ts';
import type { SectionPlanSummary } from './plan-index.ts';
import { sectionDisplayName } from './section-names.ts';
import type { PlanWithFile, SiteData } from './site-data.ts';
import { escapeXml } from './xml.ts';

/** One update: a plan published, a review reported or a plan changed. */
export interface FeedEntry {
	id: string;
	title: string;
	summary: string;
	/** `YYYY-MM-DD`: the review's reporting date, the change's date, or the day the plan file last changed. */
	updated: string;
	link: string;
}

/** The updates of one section's plan of one year: the plan published, then each review reported. */
export function planFeedEntries(summary: SectionPlanSummary<PlanWithFile>, lang: Language): FeedEntry[] {
	const t = useTranslations(lang);
	const { plan, department, section } = summary;
	const name = sectionDisplayName(department, section, lang).value;
	const page = sectionPath(lang, plan.fiscalYear, department.id, section.id);
	const entries: FeedEntry[] = [
		{
			id: `plan/${plan.fiscalYear}/${department.id}/${section.id}`,
			title: t('feed.planEntry', { year: plan.fiscalYear, section: name }),
			summary: t('feed.planSummary', { year: plan.fiscalYear, section: name, initiatives: summary.initiativeCount, indicators: summary.indicatorCount }),
			updated: plan.updated,
			link: page,
		},
	];
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
	return entries;
}

/** Newest first (ties by id, so the order is stable), at most `limit`. */
export const newestFirst = (entries: FeedEntry[], limit = 100): FeedEntry[] =>
	entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, limit);

/** The updates of the site in one language, newest first, dated from the data and the git history. */
export function feedEntries(data: SiteData, lang: Language, limit = 100): FeedEntry[] {
	const entries = data.years.flatMap((year) =>
		year.departments.flatMap((departmentYear) => departmentYear.sections.map((summary) => planFeedEntries(summary, lang))),
	);
	return newestFirst(entries.flat(), limit);
}

/** What an Atom document says about itself. */
export interface FeedHead {
	lang: Language;
	title: string;
	/** Unique within the site: the feed's id is `tag:<host>,2025:<id>`. */
	id: string;
	/** The feed's own path. */
	self: string;
	/** The page it is about. */
	alternate: string;
	author: string;
}

/** An Atom 1.0 document: every text escaped, every link absolute. */
export function atomDocument(head: FeedHead, entries: readonly FeedEntry[], site: URL): string {
	const url = (path: string) => new URL(path, site).href;
	const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '') || new Date().toISOString().slice(0, 10);
	const tag = `tag:${site.hostname},2025:`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${head.lang}">
<title>${escapeXml(head.title)}</title>
<id>${tag}${escapeXml(head.id)}</id>
<link rel="self" type="application/atom+xml" href="${escapeXml(url(head.self))}"/>
<link rel="alternate" type="text/html" href="${escapeXml(url(head.alternate))}"/>
<updated>${updated}T00:00:00Z</updated>
<author><name>${escapeXml(head.author)}</name></author>
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

/** The site's Atom feed in one language. */
export function atomFeed(data: SiteData, lang: Language, site: URL): string {
	const t = useTranslations(lang, siteWords(data.site, lang));
	const city = data.site.city[lang];
	return atomDocument({ lang, title: t('feed.title'), id: lang, self: feedPath(lang), alternate: homePath(lang), author: city }, feedEntries(data, lang), site);
}
