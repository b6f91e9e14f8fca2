import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/site/site-data.ts';
import { atomFeed } from '~/lib/site/feed.ts';
import { perLanguage } from '~/lib/site/static-paths.ts';
import type { Language } from '~/schemas/localized-text.ts';

export function getStaticPaths() {
	return inPreview(perLanguage({}, {}), () => ({ kind: 'whole-site' }));
}

/** Plan and review updates as an Atom feed, one per language. */
export const GET: APIRoute = async ({ params, site }) =>
	new Response(atomFeed(await loadSiteData(), params.lang as Language, site!), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
