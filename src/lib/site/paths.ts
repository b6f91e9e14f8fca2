import { languages, type Language } from '../../schemas/localized-text.ts';
import { currentDeployment } from './deployment.ts';

/**
 * URL paths of the site, in one place so links and pages agree. Every path is absolute and starts
 * with the site's base path (`/` or e.g. `/plans/`, see `deployment.ts`), so no caller can forget it.
 * Paths of pages end with `/`.
 */

/** A path of the site under its base path: `sitePath('ja/2025/')` → `/ja/2025/`, or `/plans/ja/2025/` under `/plans/`. */
export function sitePath(pathInSite: string): string {
	return `${currentDeployment().base}${pathInSite.replace(/^\/+/u, '')}`;
}

/** The root page, which offers both languages. */
export const rootPath = () => sitePath('');
export const homePath = (lang: Language) => sitePath(`${lang}/`);
export const yearPath = (lang: Language, year: number) => sitePath(`${lang}/${year}/`);
export const departmentPath = (lang: Language, year: number, department: string) => sitePath(`${lang}/${year}/${department}/`);
export const sectionPath = (lang: Language, year: number, department: string, section: string) => sitePath(`${lang}/${year}/${department}/${section}/`);
export const editorialPath = (lang: Language, slug: string) => sitePath(`${lang}/${slug}/`);
/** The indicator index: the latest year at `/<lang>/indicators/`, earlier years at `/<lang>/indicators/<year>/`. */
export const indicatorIndexPath = (lang: Language, year?: number) => sitePath(year === undefined ? `${lang}/indicators/` : `${lang}/indicators/${year}/`);
/** One department's part of a year's indicator index, when the year is split (see `indicator-index-parts.ts`); always with its year. */
export const indicatorIndexPartPath = (lang: Language, year: number, department: string) => sitePath(`${lang}/indicators/${year}/${department}/`);
/** Every target change of a fiscal year; `/<lang>/target-changes/` repeats the latest year's page. */
export const targetChangesPath = (lang: Language, year?: number) =>
	sitePath(year === undefined ? `${lang}/target-changes/` : `${lang}/target-changes/${year}/`);
/** One section's Atom feed across its fiscal years: plan published, reviews added, plan changes. */
export const sectionFeedPath = (lang: Language, department: string, section: string) => sitePath(`${lang}/feeds/${department}/${section}.xml`);
export const openDataPath = (lang: Language) => sitePath(`${lang}/open-data/`);
export const feedPath = (lang: Language) => sitePath(`${lang}/feed.xml`);
export const searchPath = (lang: Language) => sitePath(`${lang}/search/`);
/** The sitemap (or, on a very large site, the sitemap index). */
export const sitemapPath = () => sitePath('sitemap.xml');
/** The site's icon, from `public/`. */
export const faviconPath = () => sitePath('favicon.svg');
/** Where one language's search index (Pagefind bundle) is written, relative to the build's output folder. */
export const searchIndexFolder = (lang: Language) => `pagefind/${lang}/`;
/** The search index of one language (Pagefind bundle), built after the site. */
export const searchIndexPath = (lang: Language) => sitePath(searchIndexFolder(lang));

/** A page's path in every language: `inEveryLanguage((lang) => homePath(lang))` → `{ ja: '/ja/', en: '/en/' }`. */
export const inEveryLanguage = (path: (lang: Language) => string): Record<Language, string> =>
	Object.fromEntries(languages.map((lang) => [lang, path(lang)])) as Record<Language, string>;

/** The same page in the other language: swaps the language segment that follows the base path. */
export function translatePath(path: string, to: Language): string {
	const base = currentDeployment().base;
	if (!path.startsWith(base)) return path;
	return base + path.slice(base.length).replace(/^(ja|en)(?=\/)/u, to);
}
