import type { Organization } from '../../schemas/organization.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { useTranslations } from '../i18n/translate.ts';
import { siteWords } from '../i18n/site-words.ts';

/** What every download is described with: the site's configuration, plan types and organization. */
export interface PublishedData {
	site: SiteConfig;
	planTypes: PlanTypes;
	organization: Organization;
}
import type { Plan } from '../../schemas/plan.ts';
import { csvColumns } from './csv-columns.ts';
import { toCsv } from './csv.ts';
import { indicatorRows } from '../site/indicator-rows.ts';
import { sectionPath, sitePath } from '../site/paths.ts';
import { sectionDisplayName } from '../site/section-names.ts';

/** Paths of the downloads (under the site's base path), in one place so pages and endpoints agree. */
export const downloadPaths = {
	yearCsv: (year: number) => sitePath(`data/${year}/indicators.csv`),
	yearJson: (year: number) => sitePath(`data/${year}/plans.json`),
	sectionCsv: (year: number, department: string, section: string) => sitePath(`data/${year}/${department}/${section}.csv`),
	sectionJson: (year: number, department: string, section: string) => sitePath(`data/${year}/${department}/${section}.json`),
	jsonSchema: (name: string) => sitePath(`data/schemas/${name}`),
	/** Every change of a fiscal year's plans, one row each (columns documented on the open-data page). */
	yearChangesCsv: (year: number) => sitePath(`data/${year}/changes.csv`),
	yearChangesJson: (year: number) => sitePath(`data/${year}/changes.json`),
};

/**
 * Up to this many plans (sections × fiscal years), the open-data page lists each section's CSV and JSON
 * (about 17 KB gzip per 1,000 plans: 340 KB here); above it, it gives their address pattern instead, so
 * that the page does not grow past 1 MB gzip with a national data set. The files are published either way.
 */
export const openDataSectionListLimit = 20_000;

/** The indicator CSV of some plans: one row per indicator, columns as documented on the open-data page. */
export function indicatorsCsv(data: PublishedData, plans: readonly Plan[], site: URL): string {
	const rows = indicatorRows(data.organization, data.planTypes, plans);
	return toCsv(
		csvColumns.map((column) => column.header),
		rows.map((row) => csvColumns.map((column) => column.value(row, site))),
	);
}

/** One section's plan as published JSON: the plan with its organization names, links and licence. */
export function sectionJson(
	organization: Organization,
	plan: Plan & { file?: string; repositoryFile?: string; updated?: string; commit?: string; history?: unknown },
	site: URL,
) {
	const department = organization.departments.find(({ id }) => id === plan.department)!;
	const section = department.sections.find(({ id }) => id === plan.section)!;
	// The history is published apart, as the year's change files.
	const { file: _file, repositoryFile: _repositoryFile, updated, commit, history: _history, ...data } = plan;
	return {
		department: { id: department.id, name: department.name },
		section: {
			id: section.id,
			kind: section.kind,
			name: section.name,
			displayName: { ja: sectionDisplayName(department, section, 'ja').value, en: sectionDisplayName(department, section, 'en').value },
			...(section.parent ? { parent: section.parent } : {}),
		},
		pages: {
			ja: new URL(sectionPath('ja', plan.fiscalYear, department.id, section.id), site).href,
			en: new URL(sectionPath('en', plan.fiscalYear, department.id, section.id), site).href,
		},
		...(updated ? { updated } : {}),
		/** The commit that last changed the plan's data file, for citing that exact version. */
		...(commit ? { commit } : {}),
		plan: data,
	};
}

/** A fiscal year's plans as one JSON document, with the licence and the attribution to give. */
export function yearJson(
	data: PublishedData,
	fiscalYear: number,
	plans: ReadonlyArray<Plan & { file?: string; repositoryFile?: string; updated?: string; commit?: string; history?: unknown }>,
	site: URL,
) {
	const { license } = data.site;
	const [ja, en] = (['ja', 'en'] as const).map((lang) => useTranslations(lang, siteWords(data.site, lang)));
	const note = data.site.englishTranslation === 'official' ? 'openData.translationNote.official' : 'openData.translationNote';
	return {
		title: { ja: ja('openData.jsonTitle', { year: fiscalYear }), en: en('openData.jsonTitle', { year: fiscalYear }) },
		fiscalYear,
		license: { id: license.id, url: license.url, attribution: license.attribution },
		note: { ja: ja(note), en: en(note) },
		...(data.site.fictional ? { fictional: true } : {}),
		sections: plans.map((plan) => sectionJson(data.organization, plan, site)),
	};
}
