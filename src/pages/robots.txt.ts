import type { APIRoute } from 'astro';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`);
