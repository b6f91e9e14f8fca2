import type { AstroIntegration } from 'astro';
import { placeholderWarning, type Deployment } from './deployment.ts';

/**
 * Says, once per build, what the build publishes for: the address, and a warning in English and
 * Japanese when `SITE_URL` is missing and the placeholder address ends up in the published files.
 */
export function deploymentIntegration(deployment: Deployment): AstroIntegration {
	return {
		name: 'deployment',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (deployment.placeholder) {
					logger.warn(`${placeholderWarning.en}\n${placeholderWarning.ja}`);
					return;
				}
				logger.info(`Building for ${deployment.site.href}${deployment.staging ? ' (staging: robots.txt disallows crawling)' : ''}`);
			},
		},
	};
}
