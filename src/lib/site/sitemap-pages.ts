import { loadSiteData } from './site-data.ts';
import { editorialPages } from './editorial-pages.ts';
import { bilingualPages, sitemapParts, type BilingualPage } from './page-list.ts';

/** The site's pages split into sitemap files, for `/sitemap.xml` and, on a large site, `/sitemap-<n>.xml`. */
export async function sitemapPageParts(): Promise<BilingualPage[][]> {
	const editorial = (await editorialPages())
		.filter((page) => page.id.startsWith('ja/'))
		.map((page) => ({ slug: page.id.slice(3), updated: page.data.updated.toISOString().slice(0, 10) }));
	return sitemapParts(bilingualPages(await loadSiteData(), editorial));
}

export const xmlResponse = (body: string) => new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
