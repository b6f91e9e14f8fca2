import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadSiteData } from '../lib/site/site-data.ts';
import { bilingualPages, sitemapXml } from '../lib/site/page-list.ts';

/** Every page of the site in both languages, with alternates. */
export const GET: APIRoute = async ({ site }) => {
	const editorial = (await getCollection('pages'))
		.filter((page) => page.id.startsWith('ja/'))
		.map((page) => ({ slug: page.id.slice(3), updated: page.data.updated.toISOString().slice(0, 10) }));
	return new Response(sitemapXml(bilingualPages(await loadSiteData(), editorial), site!), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
