import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeploymentSettingError, normalizeBasePath, placeholderSiteUrl, resolveDeployment } from '~/lib/site/deployment.ts';
import { robotsTxt } from '~/lib/site/robots.ts';
import type { Language } from '~/schemas/localized-text.ts';

describe('where the site is published', () => {
	it('uses the placeholder address at the root, and says it is the placeholder, when SITE_URL is not set', () => {
		for (const environment of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
			const deployment = resolveDeployment(environment);
			expect(deployment).toMatchObject({ base: '/', placeholder: true, staging: false });
			expect(deployment.site.href).toBe(placeholderSiteUrl);
		}
	});

	it('takes the base path from the path of SITE_URL (a GitHub Pages project site)', () => {
		const deployment = resolveDeployment({ SITE_URL: 'https://org.github.io/repo' });
		expect(deployment.base).toBe('/repo/');
		expect(deployment.site.href).toBe('https://org.github.io/repo/');
		expect(deployment.placeholder).toBe(false);
	});

	it('takes the base path from BASE_PATH, alone or with a SITE_URL that has no path', () => {
		expect(resolveDeployment({ BASE_PATH: 'plans' }).base).toBe('/plans/');
		const deployment = resolveDeployment({ SITE_URL: 'https://www.city.example.jp', BASE_PATH: '/plans/' });
		expect(deployment.base).toBe('/plans/');
		expect(deployment.site.href).toBe('https://www.city.example.jp/plans/');
	});

	it('accepts BASE_PATH and a SITE_URL path that agree', () => {
		expect(resolveDeployment({ SITE_URL: 'https://city.example.jp/plans/', BASE_PATH: '/plans' }).base).toBe('/plans/');
	});

	it('fails, in English and Japanese, when BASE_PATH and the path of SITE_URL disagree', () => {
		expect(() => resolveDeployment({ SITE_URL: 'https://org.github.io/repo/', BASE_PATH: '/plans/' })).toThrow(DeploymentSettingError);
		expect(() => resolveDeployment({ SITE_URL: 'https://org.github.io/repo/', BASE_PATH: '/plans/' })).toThrow(/disagree[\s\S]*一致しません/u);
	});

	it('rejects a SITE_URL that is not an absolute http(s) address', () => {
		for (const SITE_URL of ['plans.example.org', '/plans/', 'ftp://city.example.jp/', 'https://city.example.jp/?x=1']) {
			expect(() => resolveDeployment({ SITE_URL })).toThrow(/SITE_URL[\s\S]*http\(s\)/u);
		}
	});

	it('rejects a BASE_PATH that is not a plain path, and an unknown SITE_ENV', () => {
		expect(() => resolveDeployment({ BASE_PATH: 'https://city.example.jp/plans/' })).toThrow(/BASE_PATH/u);
		expect(() => resolveDeployment({ BASE_PATH: '/plans/../x/' })).toThrow(/BASE_PATH/u);
		expect(() => resolveDeployment({ SITE_ENV: 'stage' })).toThrow(/SITE_ENV/u);
	});

	it('normalizes a base path to one leading and one trailing slash', () => {
		expect(normalizeBasePath('')).toBe('/');
		expect(normalizeBasePath('/')).toBe('/');
		expect(normalizeBasePath('a//b')).toBe('/a/b/');
	});
});

describe('robots.txt', () => {
	it('names the sitemap under the base path in production', () => {
		expect(robotsTxt({ site: new URL('https://city.example.jp/'), staging: false })).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://city.example.jp/sitemap.xml\n',
		);
	});
	it('keeps every crawler out of a staging build', () => {
		expect(robotsTxt(resolveDeployment({ SITE_URL: 'https://staging.example.jp/plans/', SITE_ENV: 'staging' }))).toBe('User-agent: *\nDisallow: /\n');
	});
});

/** The URL helpers as a build with this environment loads them (each module reads the base once). */
async function helpersUnder(environment: Record<string, string>) {
	vi.resetModules();
	for (const [name, value] of Object.entries({ SITE_URL: '', BASE_PATH: '', ...environment })) vi.stubEnv(name, value);
	return {
		paths: await import('~/lib/site/paths.ts'),
		downloads: (await import('~/lib/open-data/downloads.ts')).downloadPaths,
		pageList: await import('~/lib/site/page-list.ts'),
		robots: await import('~/lib/site/robots.ts'),
		deployment: (await import('~/lib/site/deployment.ts')).currentDeployment(),
	};
}

describe('URLs of the site', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	it('are root paths without a base path', async () => {
		const { paths, downloads } = await helpersUnder({});
		expect(paths.rootPath()).toBe('/');
		expect(paths.homePath('ja')).toBe('/ja/');
		expect(paths.sectionPath('en', 2025, 'policy', 'secretarial')).toBe('/en/2025/policy/secretarial/');
		expect(paths.searchIndexPath('ja')).toBe('/pagefind/ja/');
		expect(paths.faviconPath()).toBe('/favicon.svg');
		expect(downloads.yearCsv(2025)).toBe('/data/2025/indicators.csv');
		expect(paths.translatePath('/ja/2025/', 'en')).toBe('/en/2025/');
	});

	it('all start with the base path under one, from every helper', async () => {
		const { paths, downloads } = await helpersUnder({ SITE_URL: 'https://city.example.jp/plans/' });
		const lang: Language = 'ja';
		const every = [
			paths.rootPath(),
			paths.homePath(lang),
			paths.yearPath(lang, 2025),
			paths.departmentPath(lang, 2025, 'd'),
			paths.sectionPath(lang, 2025, 'd', 's'),
			paths.editorialPath(lang, 'about'),
			paths.indicatorIndexPath(lang),
			paths.indicatorIndexPath(lang, 2024),
			paths.openDataPath(lang),
			paths.feedPath(lang),
			paths.searchPath(lang),
			paths.searchIndexPath(lang),
			paths.sitemapPath(),
			paths.faviconPath(),
			downloads.yearCsv(2025),
			downloads.yearJson(2025),
			downloads.sectionCsv(2025, 'd', 's'),
			downloads.sectionJson(2025, 'd', 's'),
			downloads.jsonSchema('plan.schema.json'),
		];
		for (const path of every) expect(path).toMatch(/^\/plans\/[^/]?/u);
		expect(paths.sectionPath('en', 2025, 'd', 's')).toBe('/plans/en/2025/d/s/');
		expect(downloads.yearCsv(2025)).toBe('/plans/data/2025/indicators.csv');
		// The output folder of the search index is relative to the built site, which is the base path.
		expect(paths.searchIndexFolder('en')).toBe('pagefind/en/');
	});

	it('switch language after the base path, and leave other paths alone', async () => {
		const { paths } = await helpersUnder({ BASE_PATH: '/ja/' });
		expect(paths.translatePath('/ja/ja/2025/', 'en')).toBe('/ja/en/2025/');
		expect(paths.translatePath('/elsewhere/ja/', 'en')).toBe('/elsewhere/ja/');
	});

	it('give the sitemap, sitemap parts and robots.txt absolute addresses under the base path', async () => {
		const { pageList, robots, deployment } = await helpersUnder({ SITE_URL: 'https://city.example.jp/plans/' });
		const pages = [{ paths: { ja: '/plans/ja/', en: '/plans/en/' } }];
		const sitemap = pageList.sitemapXml(pages, deployment.site);
		const locations = [...sitemap.matchAll(/(?:loc>|href=")([^<"]+)/gu)].map((match) => match[1]);
		expect(locations).toContain('https://city.example.jp/plans/');
		for (const location of locations) expect(location.startsWith('https://city.example.jp/plans/')).toBe(true);
		expect(pageList.sitemapIndexXml([pages, pages], deployment.site)).toContain('<loc>https://city.example.jp/plans/sitemap-2.xml</loc>');
		expect(robots.robotsTxt(deployment)).toContain('Sitemap: https://city.example.jp/plans/sitemap.xml\n');
	});
});
