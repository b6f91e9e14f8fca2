import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { dataDirectory } from '~/lib/data/load-dataset.ts';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { siteIcon } from '~/lib/site/site-icon.ts';

/** The city's logo (`logo` in site.yaml), published from the data directory; no page without one. */
export async function getStaticPaths() {
	const { site } = await loadSiteData();
	const icon = siteIcon(site);
	return icon.extension ? [{ params: { extension: icon.extension } }] : [];
}

export const GET: APIRoute = async () => {
	const { site } = await loadSiteData();
	return new Response(readFileSync(path.join(dataDirectory(), site.logo!)), { headers: { 'content-type': siteIcon(site).type } });
};
