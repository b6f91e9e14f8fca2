import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { sectionAtomFeed } from '~/lib/site/section-feed.ts';
import { perLanguage } from '~/lib/site/static-paths.ts';
import { sectionKey } from '~/lib/site/section-order.ts';
import type { Language } from '~/schemas/localized-text.ts';

/** One feed per section that has a plan in any fiscal year. */
export async function getStaticPaths() {
	const { plans } = await loadSiteData();
	const sections = new Map(plans.map((plan) => [sectionKey(plan.department, plan.section), plan]));
	const paths = [...sections.values()].flatMap((plan) => perLanguage({ department: plan.department, section: plan.section }, {}));
	return inPreview(paths, () => ({ kind: 'whole-site' }));
}

/** A section's plans, reviews and plan changes across its fiscal years, as an Atom feed. */
export const GET: APIRoute = async ({ params, site }) =>
	new Response(sectionAtomFeed(await loadSiteData(), params.department!, params.section!, params.lang as Language, site!), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
