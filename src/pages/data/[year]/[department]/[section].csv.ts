import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { indicatorsCsv } from '~/lib/open-data/downloads.ts';
import { sectionPlanPaths } from '~/lib/site/static-paths.ts';

export async function getStaticPaths() {
	return inPreview(sectionPlanPaths((await loadSiteData()).years), ({ props: { plan } }) => ({ kind: 'section', ...plan }));
}

/** One section's indicators for a fiscal year, in the same columns as the whole year's CSV. */
export const GET: APIRoute = async ({ props, site }) => {
	const data = await loadSiteData();
	return new Response(indicatorsCsv(data, [props.plan], site!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
