import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './lib/i18n/translate.ts';
import { siteWords } from './lib/i18n/site-words.ts';
import { loadSiteData } from './lib/site/site-data.ts';
import { languages, type Language } from './schemas/localized-text.ts';

/**
 * Puts the page language and its UI strings on `Astro.locals` (as Starlight's `locals.ts` does), so that
 * pages and components read them in one way instead of passing `lang` around. The language is the first
 * path segment (`/en/…`); the bilingual root and 404 pages are Japanese, the official language. The strings
 * know the city's own words (`{city}`, `{document}`, `{siteName}`) from the site configuration.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const lang: Language = languages.find((language) => language === context.params.lang) ?? 'ja';
	const { site } = await loadSiteData();
	context.locals.lang = lang;
	context.locals.t = useTranslations(lang, siteWords(site, lang));
	return next();
});
