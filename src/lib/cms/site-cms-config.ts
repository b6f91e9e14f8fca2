import path from 'node:path';
import { dataDirectory } from '../data/load-dataset.ts';
import { useTranslations } from '../i18n/translate.ts';
import { locateData, repositoryPath } from '../site/data-repository.ts';
import { loadSiteData } from '../site/site-data.ts';
import { cmsBackendSettings, cmsConfig, type CmsConfig } from './cms-config.ts';

/** The form editor's configuration for the site being built: its data set, and the backend from the build's environment. */
export async function siteCmsConfig(env: Record<string, string | undefined> = process.env): Promise<CmsConfig> {
	const { organization, scales, planTypes, plans } = await loadSiteData();
	return cmsConfig({
		organization,
		scales,
		planTypes,
		plans,
		strings: { ja: useTranslations('ja'), en: useTranslations('en') },
		backend: cmsBackendSettings(env),
		mediaFolder: repositoryPath(path.join(dataDirectory(env), 'cms-media'), locateData(dataDirectory(env))),
	});
}
