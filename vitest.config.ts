import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
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
		],
	},
});
