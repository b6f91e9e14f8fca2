import type { SiteConfig } from '../../schemas/site-config.ts';
import { faviconPath, sitePath } from './paths.ts';

/** The site's icon, under the site's base path: the city's logo (copied from the data directory) or the generator's neutral icon. */
export function siteIcon(site: Pick<SiteConfig, 'logo'>): { path: string; type: string; extension?: 'svg' | 'png' } {
	if (!site.logo) return { path: faviconPath(), type: 'image/svg+xml' };
	const extension = site.logo.endsWith('.png') ? 'png' : 'svg';
	return { path: sitePath(`logo.${extension}`), type: extension === 'png' ? 'image/png' : 'image/svg+xml', extension };
}

/**
 * The CSS that gives the site the city's primary colour (checked for contrast when the data is read). `html:root`
 * outranks the tokens' `:root` in the stylesheet, which the page loads after this rule.
 */
export const brandColourCss = (site: Pick<SiteConfig, 'primaryColor'>) =>
	`html:root { --color-brand: ${site.primaryColor}; --color-link: ${site.primaryColor}; }`;
