// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/lib/search/pagefind-integration.ts';
import { currentDeployment } from './src/lib/site/deployment.ts';
import { deploymentIntegration } from './src/lib/site/deployment-integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tableHeadersPlugin } from './src/lib/site/markdown-table-headers.ts';
import { previewIntegration } from './src/lib/preview/preview-integration.ts';

// Where the site is published: SITE_URL and BASE_PATH (see src/lib/site/deployment.ts and docs/deploy.md).
// Pages and command-line tools read the same settings by the same rule, so every URL carries the base path.
const deployment = currentDeployment();

export default defineConfig({
	site: deployment.site.href,
	base: deployment.base,
	trailingSlash: 'always',
	// Where the site is written; tests build into their own folder.
	outDir: process.env.OUT_DIR ?? './dist',
	build: { format: 'directory', inlineStylesheets: 'auto' },
	integrations: [mdx(), deploymentIntegration(deployment), previewIntegration(), pagefindIntegration()],
	// Tables in editorial pages get a caption and header scopes (see markdown-table-headers.ts).
	markdown: { processor: satteri({ hastPlugins: [tableHeadersPlugin] }) },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// Astro's MDX integration marks every MDX module "use astro:head-inject", which the bundler
				// warns about for each editorial page (withastro/astro#18087, harmless). Keep all other warnings.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx\?astroPropagatedAssets/u.test(warning.message)) return;
					warn(warning);
				},
			},
		},
	},
});
