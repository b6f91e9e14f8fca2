import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { changeRowsCsv, yearChangeRows, yearsWithHistory } from '~/lib/open-data/change-rows.ts';

export async function getStaticPaths() {
	const paths = yearsWithHistory((await loadSiteData()).plans).map((year) => ({ params: { year: String(year) } }));
	return inPreview(paths, () => ({ kind: 'whole-site' }));
}

/** Every change of a fiscal year's plans, one row each (columns documented on the open-data page). */
export const GET: APIRoute = async ({ params }) =>
	new Response(changeRowsCsv(yearChangeRows((await loadSiteData()).plans, Number(params.year))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
