import type { Language } from '../../schemas/localized-text.ts';
import { languages } from '../../schemas/localized-text.ts';
import { latestDate } from './file-dates.ts';
import {
	inEveryLanguage,
	departmentPath,
	editorialPath,
	homePath,
	indicatorIndexPath,
	indicatorIndexPartPath,
	openDataPath,
	rootPath,
	searchPath,
	sectionPath,
	sitePath,
	targetChangesPath,
	yearPath,
} from './paths.ts';
import type { SiteData } from './site-data.ts';
import { indicatorIndexIsSplit } from './indicator-index-parts.ts';

/** A page that exists in both languages, with its paths and when its content last changed. */
export interface BilingualPage {
	paths: Record<Language, string>;
	updated?: string;
}

/** Every bilingual HTML page of the site, for the sitemap: built from the same data as the pages. */
export function bilingualPages(data: SiteData, editorial: ReadonlyArray<{ slug: string; updated: string }>): BilingualPage[] {
	const all = data.updated;
	const pages: BilingualPage[] = [
		{ paths: inEveryLanguage(homePath), updated: all },
		{ paths: inEveryLanguage((lang) => indicatorIndexPath(lang)), updated: all },
		{ paths: inEveryLanguage((lang) => targetChangesPath(lang)), updated: all },
		{ paths: inEveryLanguage(openDataPath), updated: all },
		{ paths: inEveryLanguage(searchPath) },
		...editorial.map(({ slug, updated }) => ({ paths: inEveryLanguage((lang) => editorialPath(lang, slug)), updated })),
	];
	data.years.forEach((year, index) => {
		const updated = latestDate(year.departments.flatMap((department) => department.sections.map((section) => section.plan.updated)));
		pages.push({ paths: inEveryLanguage((lang) => yearPath(lang, year.fiscalYear)), updated });
		if (index > 0) pages.push({ paths: inEveryLanguage((lang) => indicatorIndexPath(lang, year.fiscalYear)), updated });
		const indexIsSplit = indicatorIndexIsSplit(year);
		pages.push({ paths: inEveryLanguage((lang) => targetChangesPath(lang, year.fiscalYear)), updated });
		for (const departmentYear of year.departments) {
			const id = departmentYear.department.id;
			const departmentUpdated = latestDate(departmentYear.sections.map((section) => section.plan.updated));
			pages.push({ paths: inEveryLanguage((lang) => departmentPath(lang, year.fiscalYear, id)), updated: departmentUpdated });
			if (indexIsSplit) pages.push({ paths: inEveryLanguage((lang) => indicatorIndexPartPath(lang, year.fiscalYear, id)), updated: departmentUpdated });
			for (const { plan } of departmentYear.sections) {
				pages.push({ paths: inEveryLanguage((lang) => sectionPath(lang, year.fiscalYear, id, plan.section)), updated: plan.updated });
			}
		}
	});
	return pages;
}

/** The most URLs one sitemap file may list (sitemaps.org); a larger site gets a sitemap index. */
export const sitemapUrlLimit = 50_000;

/**
 * The pages of each sitemap file: one part when the site is small enough, else parts of at most `limit`
 * URLs (a page counts once per language; the first part also lists the root page).
 */
export function sitemapParts(pages: readonly BilingualPage[], limit = sitemapUrlLimit): BilingualPage[][] {
	const perPart = Math.floor((limit - 1) / languages.length);
	const parts: BilingualPage[][] = [];
	for (let start = 0; start < pages.length; start += perPart) parts.push(pages.slice(start, start + perPart));
	return parts.length ? parts : [[]];
}

/** One sitemap file: its pages in both languages, each with its alternates (hreflang) and last change. */
export function sitemapXml(pages: readonly BilingualPage[], site: URL, { withRoot = true } = {}): string {
	const url = (path: string) => new URL(path, site).href;
	const entries = pages.flatMap((page) =>
		languages.map(
			(lang) =>
				`<url><loc>${url(page.paths[lang])}</loc>${page.updated ? `<lastmod>${page.updated}</lastmod>` : ''}${languages
					.map((alternate) => `<xhtml:link rel="alternate" hreflang="${alternate}" href="${url(page.paths[alternate])}"/>`)
					.join('')}<xhtml:link rel="alternate" hreflang="x-default" href="${url(rootPath())}"/></url>`,
		),
	);
	const root = withRoot ? `<url><loc>${url(rootPath())}</loc></url>\n` : '';
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${root}${entries.join('\n')}\n</urlset>\n`;
}

/** Where part `number` (from 1) of a split sitemap is published. */
export const sitemapPartPath = (number: number) => sitePath(`sitemap-${number}.xml`);

/** The sitemap index of a site whose sitemap is split into `parts` files. */
export function sitemapIndexXml(parts: ReadonlyArray<readonly BilingualPage[]>, site: URL): string {
	const entries = parts.map((part, index) => {
		const updated = latestDate(part.map((page) => page.updated));
		return `<sitemap><loc>${new URL(sitemapPartPath(index + 1), site).href}</loc>${updated ? `<lastmod>${updated}</lastmod>` : ''}</sitemap>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}
