import { languages, type Language } from '../../schemas/localized-text.ts';

/** URL paths of the site, in one place so links and pages agree. All end with `/`. */

export const homePath = (lang: Language) => `/${lang}/`;
export const yearPath = (lang: Language, year: number) => `/${lang}/${year}/`;
export const departmentPath = (lang: Language, year: number, department: string) => `/${lang}/${year}/${department}/`;
export const sectionPath = (lang: Language, year: number, department: string, section: string) => `/${lang}/${year}/${department}/${section}/`;
export const editorialPath = (lang: Language, slug: string) => `/${lang}/${slug}/`;
/** The indicator index: the latest year at `/<lang>/indicators/`, earlier years at `/<lang>/indicators/<year>/`. */
export const indicatorIndexPath = (lang: Language, year?: number) => (year === undefined ? `/${lang}/indicators/` : `/${lang}/indicators/${year}/`);
/** Every target change of a fiscal year; `/<lang>/target-changes/` repeats the latest year's page. */
export const targetChangesPath = (lang: Language, year?: number) => (year === undefined ? `/${lang}/target-changes/` : `/${lang}/target-changes/${year}/`);
/** One section's Atom feed across its fiscal years: plan published, reviews added, plan changes. */
export const sectionFeedPath = (lang: Language, department: string, section: string) => `/${lang}/feeds/${department}/${section}.xml`;
export const openDataPath = (lang: Language) => `/${lang}/open-data/`;
export const feedPath = (lang: Language) => `/${lang}/feed.xml`;
export const searchPath = (lang: Language) => `/${lang}/search/`;
/** The search index of one language (Pagefind bundle), built after the site. */
export const searchIndexPath = (lang: Language) => `/pagefind/${lang}/`;

/** A page's path in every language: `inEveryLanguage((lang) => homePath(lang))` → `{ ja: '/ja/', en: '/en/' }`. */
export const inEveryLanguage = (path: (lang: Language) => string): Record<Language, string> =>
	Object.fromEntries(languages.map((lang) => [lang, path(lang)])) as Record<Language, string>;

/** The same page in the other language: swaps the leading language segment. */
export function translatePath(path: string, to: Language): string {
	return path.replace(/^\/(ja|en)(?=\/)/u, `/${to}`);
}
