import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapXml, type BilingualPage } from '~/lib/site/page-list.ts';
import { sitemapPageParts, xmlResponse } from '~/lib/site/sitemap-pages.ts';

/** The parts of a sitemap too large for one file (none on a city-sized site). */
export const getStaticPaths = (async () => {
	const parts = await sitemapPageParts();
	if (parts.length === 1) return [];
	return inPreview(parts, () => ({ kind: 'whole-site' })).map((pages, index) => ({
		params: { part: String(index + 1) },
		props: { pages, first: index === 0 },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ pages: BilingualPage[]; first: boolean }> = ({ props, site }) =>
	xmlResponse(sitemapXml(props.pages, site!, { withRoot: props.first }));
