import type { Organization } from '../../schemas/organization.ts';
import type { Plan } from '../../schemas/plan.ts';
import { csvColumns } from './csv-columns.ts';
import { toCsv } from './csv.ts';
import { indicatorRows } from '../site/indicator-rows.ts';
import { dataLicense } from './license.ts';
import { sectionPath } from '../site/paths.ts';
import { sectionDisplayName } from '../site/section-names.ts';

/** Paths of the downloads, in one place so pages and endpoints agree. */
export const downloadPaths = {
	yearCsv: (year: number) => `/data/${year}/indicators.csv`,
	yearJson: (year: number) => `/data/${year}/plans.json`,
	sectionCsv: (year: number, department: string, section: string) => `/data/${year}/${department}/${section}.csv`,
	sectionJson: (year: number, department: string, section: string) => `/data/${year}/${department}/${section}.json`,
	jsonSchema: (name: string) => `/data/schemas/${name}`,
	/** Every change of a fiscal year's plans, one row each (columns documented on the open-data page). */
	yearChangesCsv: (year: number) => `/data/${year}/changes.csv`,
	yearChangesJson: (year: number) => `/data/${year}/changes.json`,
};

/** The indicator CSV of some plans: one row per indicator, columns as documented on the open-data page. */
export function indicatorsCsv(organization: Organization, plans: readonly Plan[], site: URL): string {
	const rows = indicatorRows(organization, plans);
	return toCsv(
		csvColumns.map((column) => column.header),
		rows.map((row) => csvColumns.map((column) => column.value(row, site))),
	);
}

/** One section's plan as published JSON: the plan with its organization names, links and licence. */
export function sectionJson(organization: Organization, plan: Plan & { file?: string; updated?: string; history?: unknown }, site: URL) {
	const department = organization.departments.find(({ id }) => id === plan.department)!;
	const section = department.sections.find(({ id }) => id === plan.section)!;
	// The history is published apart, as the year's change files.
	const { file: _file, updated, history: _history, ...data } = plan;
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
		plan: data,
	};
}

/** A fiscal year's plans as one JSON document, with the licence and the attribution to give. */
export function yearJson(
	organization: Organization,
	fiscalYear: number,
	plans: ReadonlyArray<Plan & { file?: string; updated?: string; history?: unknown }>,
	site: URL,
) {
	const license = dataLicense(organization);
	return {
		title: { ja: `${organization.city.ja} 各課の年度目標（${fiscalYear}年度）`, en: `${organization.city.en} section plans, FY${fiscalYear}` },
		fiscalYear,
		license: { id: license.id, url: license.url, attribution: license.attribution },
		note: {
			ja: '日本語は公式の原文です。英語は本サイトによる非公式の翻訳です。',
			en: 'The Japanese is the official text. The English is an unofficial translation by this site.',
		},
		...(organization.fictional ? { fictional: true } : {}),
		sections: plans.map((plan) => sectionJson(organization, plan, site)),
	};
}
