import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// `~/` is `src/`, as in tsconfig.json (Astro reads it from there; Vitest is told here).
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// URL helpers follow the deployment settings; unit tests expect the root unless they set them.
					env: { SITE_URL: '', BASE_PATH: '', SITE_ENV: '' },
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					// Builds the production site once, into its own folder, before the browser tests.
					globalSetup: ['tests/browser/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'form-editor',
					include: ['tests/form-editor/**/*.test.ts'],
					// Builds its own site for the editor's local mode (see the test), not the browser suite's six.
					env: { SITE_URL: '', BASE_PATH: '', SITE_ENV: '' },
					testTimeout: 60_000,
					hookTimeout: 240_000,
				},
			},
		],
	},
});
