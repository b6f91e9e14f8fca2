import type { APIRoute } from 'astro';
import { sitemapIndexXml, sitemapXml } from '~/lib/site/page-list.ts';
import { sitemapPageParts, xmlResponse } from '~/lib/site/sitemap-pages.ts';

/** Every page of the site in both languages, with alternates; above 50,000 URLs, the index of the parts. */
export const GET: APIRoute = async ({ site }) => {
	const parts = await sitemapPageParts();
	return xmlResponse(parts.length === 1 ? sitemapXml(parts[0], site!) : sitemapIndexXml(parts, site!));
};
