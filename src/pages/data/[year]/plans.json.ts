import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { yearJson } from '~/lib/open-data/downloads.ts';

export async function getStaticPaths() {
	const { years } = await loadSiteData();
	return inPreview(
		years.map((year) => ({ params: { year: String(year.fiscalYear) } })),
		() => ({ kind: 'whole-site' }),
	);
}

/** Every plan of a fiscal year as one JSON document, with the licence. */
export const GET: APIRoute = async ({ params, site }) => {
	const data = await loadSiteData();
	const { years } = data;
	const year = years.find(({ fiscalYear }) => fiscalYear === Number(params.year))!;
	const plans = year.departments.flatMap((department) => department.sections.map((section) => section.plan));
	return Response.json(yearJson(data, year.fiscalYear, plans, site!));
};
