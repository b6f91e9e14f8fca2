import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { yearJson } from '~/lib/open-data/downloads.ts';
import { sectionPlanPaths } from '~/lib/site/static-paths.ts';

export async function getStaticPaths() {
	return inPreview(sectionPlanPaths((await loadSiteData()).years), ({ props: { plan } }) => ({ kind: 'section', ...plan }));
}

/** One section's plan for a fiscal year, in the same shape as the whole year's JSON. */
export const GET: APIRoute = async ({ props, site }) => {
	const data = await loadSiteData();
	return Response.json(yearJson(data, props.plan.fiscalYear, [props.plan], site!));
};
