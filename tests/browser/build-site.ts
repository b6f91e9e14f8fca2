import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * The production builds the browser tests run against: the city's data and the fictional fixture at
 * the root of a domain, and the fictional fixture again for a sub-path (`basePath`), as a city publishes
 * it under `https://city.example.jp/plans/`.
 */
export const builds = {
	seed: { dataDir: 'data', outDir: 'tmp/test-sites/seed' },
	fictional: { dataDir: 'tests/fixtures/fictional-city', outDir: 'tmp/test-sites/fictional', repositoryUrl: 'https://example.org/city/plans' },
	subPath: {
		dataDir: 'tests/fixtures/fictional-city',
		outDir: 'tmp/test-sites/sub-path',
		basePath: '/plans/',
		siteUrl: 'https://city.example.jp/plans/',
	},
} as const;

/** The builds served at the root of their server; the other tests run on every page of these. */
export const rootBuilds = ['seed', 'fictional'] as const;

declare module 'vitest' {
	export interface ProvidedContext {
		siteDirs: Record<keyof typeof builds, string>;
	}
}

/** Builds each site once with `astro build`, exactly as `npm run build` does, into its own folder. */
export default function setup(project: TestProject) {
	const siteDirs = {} as Record<keyof typeof builds, string>;
	for (const [name, build] of Object.entries(builds) as Array<[keyof typeof builds, (typeof builds)[keyof typeof builds]]>) {
		const { dataDir, outDir } = build;
		const repository = 'repositoryUrl' in build ? { REPOSITORY_URL: build.repositoryUrl } : {};
		// Root builds ignore the deployment settings of the shell that runs the tests.
		const deployment = 'basePath' in build ? { BASE_PATH: build.basePath, SITE_URL: build.siteUrl } : { BASE_PATH: '', SITE_URL: '' };
		rmSync(outDir, { recursive: true, force: true });
		execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
			env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, REPOSITORY_URL: '', SITE_ENV: '', ...repository, ...deployment },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		siteDirs[name] = path.resolve(outDir);
	}
	project.provide('siteDirs', siteDirs);
}
