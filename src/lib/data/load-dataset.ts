import path from 'node:path';
import { organizationSchema, type Organization } from '../../schemas/organization.ts';
import { planSchema, type Plan } from '../../schemas/plan.ts';
import { reviewScalesSchema, type ReviewScales } from '../../schemas/review-scales.ts';
import { checkReviewScales } from './check-review-scales.ts';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site-config.ts';
import { noPlanTypes, planTypesSchema, type PlanTypes } from '../../schemas/plan-types.ts';
import { noSearchSynonyms, searchSynonymsSchema, type SearchSynonyms } from '../../schemas/search-synonyms.ts';
import { checkSiteConfig } from './check-site-config.ts';
import { checkPlanTypes } from './check-plan-types.ts';
import { checkSearchSynonyms } from './check-search-synonyms.ts';
import { editorialPageProblems } from './check-editorial-pages.ts';
import { checkOrganization } from './check-organization.ts';
import { checkPlan } from './check-plan.ts';
import type { DataProblem } from './data-problem.ts';
import { missingTranslationWarnings } from './missing-translations.ts';
import { readYamlFile, validateYamlFile, type YamlFile } from './yaml-file.ts';
import { maxSharedFileBytes, readDataText } from './data-file.ts';
import { scanPlanFolder } from './plan-folder.ts';
import type { ZodType } from 'astro/zod';

/** A plan with the file it was read from. */
export interface PlanRecord {
	/** Path relative to the working directory, forward slashes. */
	file: string;
	plan: Plan;
}

/** Everything the site is built from. */
export interface Dataset {
	/** The site's configuration: city, names, licence, contact, colours (`site.yaml`). */
	site: SiteConfig;
	/** The plan types plans may name (`plan-types.yaml`; none without the file). */
	planTypes: PlanTypes;
	organization: Organization;
	scales: ReviewScales;
	plans: PlanRecord[];
	/** Words readers search for that the plans write differently (`search-synonyms.yaml`; none without the file). */
	searchSynonyms: SearchSynonyms;
}

/** The data directory: `DATA_DIR` when set (e.g. a fixture), else `data`. */
export function dataDirectory(env: Record<string, string | undefined> = process.env): string {
	return env.DATA_DIR?.trim() || 'data';
}

/** Where a city keeps its own editorial pages (`pages/<lang>/<slug>.mdx`); without it, the generic pages are published. */
export const cityPagesFolder = (dataDir: string = dataDirectory()) => path.join(dataDir, 'pages');

/** Where a plan file must sit: `plans/<year>/<department>/<section>.yaml`. */
const planPath = /^plans\/(\d{4})\/([^/]+)\/([^/]+)\.yaml$/u;

export function displayPath(file: string): string {
	return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/**
 * Reads a data file (or its `text`, when already read) as YAML. A file that cannot be read (missing, a symbolic
 * link, too large, not UTF-8…) gives a YAML file without data that holds that one problem.
 */
function readFile(file: string, text?: string, maxBytes?: number): YamlFile & { missing?: boolean } {
	const shown = displayPath(file);
	if (text !== undefined) return readYamlFile(shown, text);
	const read = readDataText(file, shown, { maxBytes });
	if ('problem' in read) return { file: shown, data: undefined, problems: [read.problem], locate: () => ({ line: 1, column: 1 }), missing: read.missing };
	return readYamlFile(shown, read.text);
}

/**
 * Reads and validates a file the whole data set shares (site configuration, plan types, organization, review
 * scales), adding its problems. A missing file is an error unless the file has a `fallback`.
 */
function readSharedFile<T>(
	file: string,
	schema: ZodType<T>,
	problems: DataProblem[],
	check: (data: T, yaml: YamlFile) => DataProblem[],
	fallback?: T,
): T | undefined {
	const yaml = readFile(file, undefined, maxSharedFileBytes);
	if (yaml.missing && fallback !== undefined) return fallback;
	const result = validateYamlFile(yaml, schema);
	problems.push(...result.problems);
	if (result.data) problems.push(...check(result.data as T, yaml), ...missingTranslationWarnings(yaml));
	return result.data as T | undefined;
}

/** The files every plan is checked against, and the site's configuration. */
export interface SharedFiles {
	site?: SiteConfig;
	planTypes?: PlanTypes;
	organization?: Organization;
	scales?: ReviewScales;
	searchSynonyms?: SearchSynonyms;
	problems: DataProblem[];
}

/** The shared files of a data directory, by name: what the validation cache watches. */
export const sharedFileNames = ['site.yaml', 'plan-types.yaml', 'organization.yaml', 'review-scales.yaml'] as const;

/**
 * Reads and validates the site configuration, plan types, organization and review scales of a data directory,
 * and checks the city's own editorial pages, if any.
 */
export function loadSharedFiles(dataDir: string): SharedFiles {
	const problems: DataProblem[] = [];
	const site = readSharedFile(path.join(dataDir, 'site.yaml'), siteConfigSchema, problems, (config, yaml) => checkSiteConfig(config, yaml, dataDir));
	const planTypes = readSharedFile(path.join(dataDir, 'plan-types.yaml'), planTypesSchema, problems, checkPlanTypes, noPlanTypes);
	const organization = readSharedFile(path.join(dataDir, 'organization.yaml'), organizationSchema, problems, checkOrganization);
	const scales = readSharedFile(path.join(dataDir, 'review-scales.yaml'), reviewScalesSchema, problems, checkReviewScales);
	const searchSynonyms = readSharedFile(path.join(dataDir, 'search-synonyms.yaml'), searchSynonymsSchema, problems, checkSearchSynonyms, noSearchSynonyms);
	problems.push(...editorialPageProblems(cityPagesFolder(dataDir), displayPath));
	return { site, planTypes, organization, scales, searchSynonyms, problems };
}

/** Every plan file of a data directory that may be read (see `scanPlanFolder`), sorted. */
export const planFiles = (dataDir: string) => scanPlanFolder(dataDir, displayPath).files;

/**
 * Reads and validates one plan file (or its `text`, when already read), and checks it against the
 * shared files when they are valid.
 */
export function loadPlanFile(
	dataDir: string,
	file: string,
	shared: Omit<SharedFiles, 'problems'>,
	text?: string,
): { record?: PlanRecord; problems: DataProblem[] } {
	const yaml = readFile(file, text);
	const relative = path.relative(dataDir, file).split(path.sep).join('/');
	const parts = planPath.exec(relative);
	if (!parts) {
		return {
			problems: [
				{
					file: yaml.file,
					line: 1,
					column: 1,
					severity: 'error',
					message: {
						ja: 'plans/<年度>/<部のID>/<課のID>.yaml の場所に置いてください。',
						en: 'A plan file must be at plans/<year>/<department>/<section>.yaml.',
					},
				},
			],
		};
	}
	const result = validateYamlFile(yaml, planSchema);
	if (!result.data) return { problems: result.problems };
	const problems = [...result.problems, ...missingTranslationWarnings(yaml)];
	const { organization, scales, planTypes } = shared;
	if (organization && scales && planTypes) {
		const pathParts = { fiscalYear: Number(parts[1]), department: parts[2], section: parts[3] };
		problems.push(...checkPlan(result.data, yaml, { organization, scales, planTypes, pathParts }));
	}
	return { record: { file: yaml.file, plan: result.data }, problems };
}

/**
 * Reads and validates the whole data directory: the organization, the review scales and every plan.
 * Never throws for bad data: every problem is returned, located; `dataset` is set only when there are no errors.
 */
export function loadDataset(dataDir: string = dataDirectory()): { dataset?: Dataset; problems: DataProblem[] } {
	const { site, planTypes, organization, scales, searchSynonyms, problems } = loadSharedFiles(dataDir);
	const plans: PlanRecord[] = [];
	const folder = scanPlanFolder(dataDir, displayPath);
	problems.push(...folder.problems);
	for (const file of folder.files) {
		const { record, problems: planProblems } = loadPlanFile(dataDir, file, { site, planTypes, organization, scales });
		problems.push(...planProblems);
		if (record) plans.push(record);
	}
	const hasErrors = problems.some((problem) => problem.severity === 'error');
	return hasErrors || !site || !planTypes || !organization || !scales || !searchSynonyms
		? { problems }
		: { dataset: { site, planTypes, organization, scales, plans, searchSynonyms }, problems };
}

const sharedDataset = Symbol.for('section-plans.dataset');
type DatasetResult = ReturnType<typeof loadDataset>;

/**
 * `loadDataset`, once per process: the content collections and the Pagefind step of one build share the
 * same read (they are loaded as separate module instances, hence the global). `fresh` reads the files
 * again, for the dev server after an edit.
 */
export function loadDatasetOnce(dataDir: string = dataDirectory(), { fresh = false } = {}): DatasetResult {
	const store = globalThis as { [sharedDataset]?: { dataDir: string; result: DatasetResult } };
	const remembered = store[sharedDataset];
	if (!fresh && remembered?.dataDir === dataDir) return remembered.result;
	const result = loadDataset(dataDir);
	store[sharedDataset] = { dataDir, result };
	return result;
}
