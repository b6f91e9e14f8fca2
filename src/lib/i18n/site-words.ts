import type { Language } from '../../schemas/localized-text.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';

/** The site's name in one language: the configured one, else the city and the document name. */
export function siteName(site: SiteConfig, lang: Language): string {
	if (site.siteName) return site.siteName[lang];
	return lang === 'ja' ? `${site.city.ja} ${site.documentName.ja}` : `${site.city.en}: ${site.documentName.en}`;
}

/**
 * The city's own words that UI strings use as placeholders, in one language: `{city}`, `{document}` (the
 * document name as written, for mid-sentence use), `{Document}` (with a capital, to start a sentence or
 * title), `{siteName}` and `{attribution}`. Every `t` of a page fills them in.
 */
export function siteWords(site: SiteConfig, lang: Language): Record<string, string> {
	const document = site.documentName[lang];
	return {
		city: site.city[lang],
		document,
		Document: document.charAt(0).toUpperCase() + document.slice(1),
		siteName: siteName(site, lang),
		attribution: site.license.attribution[lang],
	};
}
