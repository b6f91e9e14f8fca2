import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './lib/i18n/translate.ts';
import { languages, type Language } from './schemas/localized-text.ts';

/**
 * Puts the page language and its UI strings on `Astro.locals` (as Starlight's `locals.ts` does), so that
 * pages and components read them in one way instead of passing `lang` around. The language is the first
 * path segment (`/en/…`); the bilingual root and 404 pages are Japanese, the official language.
 */
export const onRequest = defineMiddleware((context, next) => {
	const lang: Language = languages.find((language) => language === context.params.lang) ?? 'ja';
	context.locals.lang = lang;
	context.locals.t = useTranslations(lang);
	return next();
});
