// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/lib/search/pagefind-integration.ts';

export default defineConfig({
	// Public URL of the site; used for canonical links. Override with SITE_URL.
	site: process.env.SITE_URL ?? 'https://plans.example.org',
	trailingSlash: 'always',
	// Where the site is written; tests build into their own folder.
	outDir: process.env.OUT_DIR ?? './dist',
	build: { format: 'directory', inlineStylesheets: 'auto' },
	integrations: [mdx(), pagefindIntegration()],
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
