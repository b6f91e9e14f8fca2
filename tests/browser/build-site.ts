import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** The production builds the browser tests run against: the city's data and the fictional fixture. */
export const builds = {
	seed: { dataDir: 'data', outDir: 'tmp/test-sites/seed' },
	fictional: { dataDir: 'tests/fixtures/fictional-city', outDir: 'tmp/test-sites/fictional', repositoryUrl: 'https://example.org/city/plans' },
} as const;

declare module 'vitest' {
	export interface ProvidedContext {
		siteDirs: Record<keyof typeof builds, string>;
	}
}

/** Builds a site from `dataDir` with `astro build`, exactly as `npm run build` does, into `outDir` (emptied first); returns its absolute path. */
export function buildSite(dataDir: string, outDir: string, env: Record<string, string> = {}): string {
	rmSync(outDir, { recursive: true, force: true });
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
		env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, REPOSITORY_URL: '', ...env },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	return path.resolve(outDir);
}

/** Builds each site once, into its own folder. */
export default function setup(project: TestProject) {
	const siteDirs = {} as Record<keyof typeof builds, string>;
	for (const [name, build] of Object.entries(builds) as Array<[keyof typeof builds, (typeof builds)[keyof typeof builds]]>) {
		siteDirs[name] = buildSite(build.dataDir, build.outDir, 'repositoryUrl' in build ? { REPOSITORY_URL: build.repositoryUrl } : {});
	}
	project.provide('siteDirs', siteDirs);
}
