/**
 * Where the site is published, read from the build's environment by one rule shared by
 * `astro.config.mjs`, the pages and the command-line tools (which run in Node without
 * `import.meta.env`, so everything here reads `process.env` or a given environment).
 */

/** The public address used when `SITE_URL` is not set: a placeholder, never a real site. */
export const placeholderSiteUrl = 'https://plans.example.org/';

/** The settings that say where and how the site is published. */
export interface Deployment {
	/** The site's public address including its base path, e.g. `https://org.github.io/repo/`. Always ends with `/`. */
	site: URL;
	/** The path the site is served under: `/` at the root of a domain, else e.g. `/plans/`. Starts and ends with `/`. */
	base: string;
	/** True when `SITE_URL` was not set and the placeholder address is used (the build warns). */
	placeholder: boolean;
	/** True on a staging build (`SITE_ENV=staging`): robots.txt then asks every crawler to stay away. */
	staging: boolean;
}

/** The environment variables read here; any other variable is ignored. */
export interface DeploymentEnvironment {
	/** The public address, e.g. `https://www.city.example.jp/plans/`; its path is the base path. */
	SITE_URL?: string;
	/** The base path alone, e.g. `/plans/`; must agree with the path of `SITE_URL` when both are given. */
	BASE_PATH?: string;
	/** `production` (the default) or `staging`. */
	SITE_ENV?: string;
}

/** A deployment setting that cannot work; its message says what to fix in English and Japanese. */
export class DeploymentSettingError extends Error {
	constructor(message: { en: string; ja: string }) {
		super(`${message.en}\n    ${message.ja}`);
		this.name = 'DeploymentSettingError';
	}
}

/** A path with exactly one leading and one trailing slash and no empty segments: `plans` → `/plans/`. */
export function normalizeBasePath(path: string): string {
	const segments = path.split('/').filter(Boolean);
	return segments.length ? `/${segments.join('/')}/` : '/';
}

function parseSiteUrl(value: string): URL {
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
		throw new DeploymentSettingError({
			en: `SITE_URL must be an absolute http(s) address without ?query or #fragment, such as https://www.city.example.jp/plans/ (it is "${value}").`,
			ja: `SITE_URL は https://www.city.example.jp/plans/ のような http(s) で始まる完全なアドレスで指定してください（? や # は不可。現在の値: "${value}"）。`,
		});
	}
	return url;
}

function parseBasePath(value: string): string {
	if (/[?#\\]|:\/\//u.test(value) || value.split('/').some((segment) => segment === '.' || segment === '..')) {
		throw new DeploymentSettingError({
			en: `BASE_PATH must be a path such as /plans/ (it is "${value}").`,
			ja: `BASE_PATH は /plans/ のようなパスで指定してください（現在の値: "${value}"）。`,
		});
	}
	return normalizeBasePath(value);
}

/**
 * The deployment an environment describes. The base path is `BASE_PATH` or else the path of
 * `SITE_URL` (`https://org.github.io/repo/` → `/repo/`); when both name a path and they differ, or a
 * value is malformed, it throws a `DeploymentSettingError`. A `SITE_URL` without a path takes `BASE_PATH`.
 */
export function resolveDeployment(environment: DeploymentEnvironment): Deployment {
	const siteUrl = environment.SITE_URL?.trim() || undefined;
	const basePath = environment.BASE_PATH?.trim() || undefined;
	const url = parseSiteUrl(siteUrl ?? placeholderSiteUrl);
	const sitePath = normalizeBasePath(url.pathname);
	const base = basePath === undefined ? sitePath : parseBasePath(basePath);
	if (sitePath !== '/' && sitePath !== base) {
		throw new DeploymentSettingError({
			en: `BASE_PATH (${base}) and the path of SITE_URL (${sitePath}) disagree. Give one of them, or make them the same.`,
			ja: `BASE_PATH（${base}）と SITE_URL のパス（${sitePath}）が一致しません。どちらか一方だけを指定するか、同じにしてください。`,
		});
	}
	const siteEnvironment = environment.SITE_ENV?.trim() || 'production';
	if (siteEnvironment !== 'production' && siteEnvironment !== 'staging') {
		throw new DeploymentSettingError({
			en: `SITE_ENV must be "production" or "staging" (it is "${siteEnvironment}").`,
			ja: `SITE_ENV は "production" または "staging" を指定してください（現在の値: "${siteEnvironment}"）。`,
		});
	}
	return { site: new URL(base, url.origin), base, placeholder: siteUrl === undefined, staging: siteEnvironment === 'staging' };
}

/** The warning a build gives when `SITE_URL` is not set, in English and Japanese. */
export const placeholderWarning = {
	en: `SITE_URL is not set: canonical links, the sitemap, feeds and the links in the downloads point to the placeholder ${placeholderSiteUrl}. Set SITE_URL to the site's public address before publishing.`,
	ja: `SITE_URL が設定されていません。正規 URL、サイトマップ、フィード、ダウンロードファイル内のリンクが仮のアドレス ${placeholderSiteUrl} になります。公開前に SITE_URL に公開アドレスを設定してください。`,
};

let current: Deployment | undefined;

/** The deployment of this process's environment (`process.env`), resolved once. */
export function currentDeployment(): Deployment {
	const { SITE_URL, BASE_PATH, SITE_ENV } = process.env;
	current ??= resolveDeployment({ SITE_URL, BASE_PATH, SITE_ENV });
	return current;
}
