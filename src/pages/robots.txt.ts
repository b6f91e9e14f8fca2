import type { APIRoute } from 'astro';
import { currentDeployment } from '~/lib/site/deployment.ts';
import { robotsTxt } from '~/lib/site/robots.ts';

/** Who may crawl the site: everyone in production (the sitemap lists every page), no one on staging. */
export const GET: APIRoute = () => new Response(robotsTxt(currentDeployment()));
