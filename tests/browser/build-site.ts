import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import type { TestProject } from 'vitest/node';
import { formatProblem } from '~/lib/data/data-problem.ts';
import { loadDataset, planFiles } from '~/lib/data/load-dataset.ts';
import { fictionalDir, publishedDataDir, snapshotDir } from '../data-dirs.ts';

/** Where the setup writes the published data with test reviews added (never published, removed on each run). */
const withReviewsDir = 'tmp/test-data/published-with-reviews';

/**
 * Where the setup copies the second city's data: outside git's knowledge, as a new city's first build is, so its
 * pages carry no history, and no commit subject of this repository (which names the first city) shows there.
 */
const secondCityDir = 'tmp/test-data/second-city';

/**
 * The production builds the browser tests run against. Invariants run on every build; exact expectations
 * run on `snapshot` (real Japanese text, frozen) or `fictional` (reviews, two years, a missing translation).
 */
export const builds = {
	/** The data the site publishes (`DATA_DIR`, else `data/`): whatever it holds today. */
	published: { dataDir: publishedDataDir, outDir: 'tmp/test-sites/published' },
	/** The published data after a staff member adds a mid-year and a year-end review: the first real change. */
	'published-with-reviews': { dataDir: withReviewsDir, outDir: 'tmp/test-sites/published-with-reviews' },
	/** The frozen copy of Machida's FY2025 data. */
	snapshot: { dataDir: snapshotDir, outDir: 'tmp/test-sites/snapshot' },
	/** Made-up data, with an edit link to a repository. */
	fictional: { dataDir: fictionalDir, outDir: 'tmp/test-sites/fictional', repositoryUrl: 'https://example.org/city/plans' },
	/** Another (fictional) city with its own configuration, plan types, scales and licence, and no editorial pages. */
	'second-city': { dataDir: secondCityDir, outDir: 'tmp/test-sites/second-city' },
	/** The fictional fixture with the indicator index split by department above 2 indicators a year (see indicator-index-parts.ts). */
	'split-index': { dataDir: fictionalDir, outDir: 'tmp/test-sites/split-index', env: { INDICATOR_INDEX_SPLIT_ABOVE: '2' } },
	/**
	 * The snapshot with its search index in parts of at most 25 records (two parts of two and three sections), as
	 * a prefecture's index is: the query list must give the same answers (see search-shards.ts). Only the
	 * search tests use it; its other pages are the snapshot's.
	 */
	'snapshot-in-parts': { dataDir: snapshotDir, outDir: 'tmp/test-sites/snapshot-in-parts', env: { SEARCH_SHARD_RECORDS: '25' }, searchOnly: true },
	/** The fictional fixture built for a sub-path, as a city publishes it under `https://city.example.jp/plans/`. */
	subPath: {
		dataDir: fictionalDir,
		outDir: 'tmp/test-sites/sub-path',
		basePath: '/plans/',
		siteUrl: 'https://city.example.jp/plans/',
	},
} as const;

export type SiteName = keyof typeof builds;

/** The builds served at the root of their server: the invariants and per-page checks run on these. */
export const rootBuilds = (Object.keys(builds) as SiteName[]).filter((name) => !('basePath' in builds[name]) && !('searchOnly' in builds[name]));

/** The initiative the setup gave test reviews to, and the plan file it is in. */
export interface ReviewedInitiative {
	file: string;
	initiativeId: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDirs: Record<SiteName, string>;
		reviewedInitiative: ReviewedInitiative;
	}
}

/** Clearly made-up text for the reviews the tests add, in both languages. */
const fictional = (ja: string, en: string) => ({ ja: `${ja}（テスト用の架空の記述）`, en: `${en} (fictional text for a test)` });

/**
 * Copies a data set and adds, as staff would, a mid-year review, a year-end review and a result to the
 * first initiative of the first plan file, with values from that data set's own review scales. Written
 * with the `yaml` package (comments kept) and validated, so that a broken copy fails here, not in a test.
 */
export function addTestReviews(source: string, target: string): ReviewedInitiative {
	rmSync(target, { recursive: true, force: true });
	cpSync(source, target, { recursive: true });
	const scales = parse(readFileSync(path.join(target, 'review-scales.yaml'), 'utf8'));
	const [file] = planFiles(target);
	const document = parseDocument(readFileSync(file, 'utf8'));
	const fiscalYear = Number(document.get('fiscalYear'));
	document.setIn(
		['initiatives', 0, 'review'],
		document.createNode({
			midYear: {
				status: scales.progressStatus[0].id,
				firstHalfAssessment: fictional('上半期の状況', 'First half'),
				secondHalfPlan: fictional('下半期の予定', 'Second half'),
				reportedOn: `${fiscalYear}-10-15`,
			},
			yearEnd: {
				summary: fictional('1年間の総括', 'Summary'),
				rating: scales.rating[0].id,
				ratingBasis: fictional('評価の視点', 'Rating basis'),
				issuesAndResponse: fictional('課題と対応', 'Issues and response'),
				reportedOn: `${fiscalYear + 1}-05-20`,
			},
		}),
	);
	document.setIn(['initiatives', 0, 'indicators', 0, 'result'], document.createNode({ text: fictional('実績', 'Result') }));
	// lineWidth 0: keep each text on its line, as staff wrote it, so that the copy differs only by the reviews.
	writeFileSync(file, document.toString({ lineWidth: 0 }));
	const errors = loadDataset(target).problems.filter((problem) => problem.severity === 'error');
	if (errors.length) throw new Error(`The test reviews made ${file} invalid:\n${errors.map(formatProblem).join('\n')}`);
	return { file: path.relative(process.cwd(), file).split(path.sep).join('/'), initiativeId: String(document.getIn(['initiatives', 0, 'id'])) };
}

/**
 * Builds a site from `dataDir` with `astro build`, exactly as `npm run build` does, into `outDir` (emptied
 * first), at the root of a domain unless `env` says otherwise; returns its absolute path.
 */
export function buildSite(dataDir: string, outDir: string, env: Record<string, string> = {}): string {
	rmSync(outDir, { recursive: true, force: true });
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
		env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, REPOSITORY_URL: '', SITE_ENV: '', BASE_PATH: '', SITE_URL: '', ...env },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	return path.resolve(outDir);
}

/** Builds each site once with `astro build`, exactly as `npm run build` does, into its own folder. */
export default function setup(project: TestProject) {
	project.provide('reviewedInitiative', addTestReviews(publishedDataDir, withReviewsDir));
	rmSync(secondCityDir, { recursive: true, force: true });
	cpSync('tests/fixtures/second-city', secondCityDir, { recursive: true });
	const siteDirs = {} as Record<SiteName, string>;
	for (const [name, build] of Object.entries(builds) as Array<[SiteName, (typeof builds)[SiteName]]>) {
		const { dataDir, outDir } = build;
		const repository: Record<string, string> = 'repositoryUrl' in build ? { REPOSITORY_URL: build.repositoryUrl } : {};
		// Root builds ignore the deployment settings of the shell that runs the tests.
		const deployment = 'basePath' in build ? { BASE_PATH: build.basePath, SITE_URL: build.siteUrl } : { BASE_PATH: '', SITE_URL: '' };
		const settings = 'env' in build ? build.env : {};
		siteDirs[name] = buildSite(dataDir, outDir, { ...repository, ...deployment, ...settings });
	}
	project.provide('siteDirs', siteDirs);
}
