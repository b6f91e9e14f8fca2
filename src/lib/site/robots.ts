import type { Deployment } from './deployment.ts';
import { sitemapPath } from './paths.ts';

/**
 * The robots.txt of a deployment: production lets every crawler in and names the sitemap; staging
 * (`SITE_ENV=staging`) asks every crawler to stay out and names no sitemap, so a test copy of the site
 * does not compete with the real one in search engines.
 */
export function robotsTxt(deployment: Pick<Deployment, 'site' | 'staging'>): string {
	if (deployment.staging) return 'User-agent: *\nDisallow: /\n';
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapPath(), deployment.site).href}\n`;
}
