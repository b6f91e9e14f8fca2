import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { indicatorsCsv } from '~/lib/open-data/downloads.ts';

export async function getStaticPaths() {
	const { years } = await loadSiteData();
	return inPreview(
		years.map((year) => ({ params: { year: String(year.fiscalYear) } })),
		() => ({ kind: 'whole-site' }),
	);
}

/** Every indicator of a fiscal year, one row each (columns documented on the open-data page). */
export const GET: APIRoute = async ({ params, site }) => {
	const data = await loadSiteData();
	const { plans } = data;
	const year = Number(params.year);
	const body = indicatorsCsv(data, plans.filter((plan) => plan.fiscalYear === year), site!);
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
