import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { DataValidationError, errorSummary, formatProblem } from './data-problem.ts';
import { printProblems } from './print-problems.ts';
import { dataDirectory, loadDatasetOnce, type Dataset } from './load-dataset.ts';

/**
 * The data set, read once per build for all collections (`fresh` after an edit in `astro dev`). When the data is
 * invalid, a build prints every located error and a one-line summary last, without a stack trace, and ends with
 * exit code 1 before anything is written; the dev server throws instead, to keep running. Warnings are logged.
 */
function datasetFor(logger: { warn(message: string): void }, { fresh = false, building = false } = {}): Dataset {
	const { dataset, problems } = loadDatasetOnce(dataDirectory(), { fresh });
	const warnings = problems.filter((problem) => problem.severity === 'warning');
	if (warnings.length && !loggedWarnings.has(problems)) {
		loggedWarnings.add(problems);
		logger.warn(`${warnings.length} warning(s):\n${warnings.map(formatProblem).join('\n')}`);
	}
	if (!dataset && building) {
		printProblems(
			problems.filter((problem) => problem.severity === 'error'),
			`${errorSummary(problems)}. Nothing was built. / サイトは作成していません。`,
		);
		process.exit(1);
	}
	if (!dataset) throw new DataValidationError(problems);
	return dataset;
}

/** Warnings are logged once per read, not once per collection. */
const loggedWarnings = new WeakSet<object>();

/** A content-layer loader that stores one part of the validated data set. */
function datasetLoader(
	name: string,
	store: (dataset: Dataset, set: (id: string, data: Record<string, unknown>, filePath?: string, digestOf?: unknown) => void) => void,
): Loader {
	return {
		name,
		load: async (context) => {
			// Only the dev server watches files; a build stops at the first invalid read.
			const fill = (fresh = false) => {
				const dataset = datasetFor(context.logger, { fresh, building: !context.watcher });
				context.store.clear();
				store(dataset, (id, data, filePath, digestOf = data) => {
					context.store.set({ id, data, ...(filePath ? { filePath } : {}), digest: context.generateDigest(digestOf as Record<string, unknown>) });
				});
			};
			fill();
			// In `astro dev`, an edited data file reloads the data set for every collection.
			context.watcher?.add(path.resolve(dataDirectory()));
			context.watcher?.on('all', (_event, changed) => {
				if (!/\.ya?ml$/iu.test(changed) || !path.resolve(changed).startsWith(path.resolve(dataDirectory()))) return;
				try {
					fill(true);
				} catch (error) {
					context.logger.error((error as Error).message);
				}
			});
		},
	};
}

/** The site's configuration (`site.yaml`) as one entry with id `site`. */
export const siteConfigLoader = () =>
	datasetLoader('site', (dataset, set) => {
		set('site', dataset.site);
	});

/** The plan types (`plan-types.yaml`, or none) as one entry with id `planTypes`. */
export const planTypesLoader = () =>
	datasetLoader('plan-types', (dataset, set) => {
		set('planTypes', dataset.planTypes);
	});

/** The organization (departments and sections) as one entry with id `organization`. */
export const organizationLoader = () =>
	datasetLoader('organization', (dataset, set) => {
		set('organization', dataset.organization);
	});

/**
 * Plans, one entry per section and fiscal year, with id `<year>/<department>/<section>`, holding the plan's
 * file only: pages read the plans themselves from the data set the loaders read (`loadSiteData`), not from
 * Astro's content store, which would copy every plan twice more (into the store, and out of it again for
 * the pages): at 10,000 sections × 3 years the build's Node process peaked at 6.8 GiB with those copies and
 * at 4.6 GiB without. The entry's digest is the plan's, so an edit in `astro dev` still reloads the pages
 * that show it.
 */
export const plansLoader = () =>
	datasetLoader('plans', (dataset, set) => {
		for (const { file, plan } of dataset.plans) set(`${plan.fiscalYear}/${plan.department}/${plan.section}`, { file }, file, plan);
	});

/** The review scales, as one entry with id `scales`. */
export const reviewScalesLoader = () =>
	datasetLoader('review-scales', (dataset, set) => {
		set('scales', dataset.scales);
	});

/** The search synonyms (`search-synonyms.yaml`, or none), as one entry with id `searchSynonyms`. */
export const searchSynonymsLoader = () =>
	datasetLoader('search-synonyms', (dataset, set) => {
		set('searchSynonyms', dataset.searchSynonyms);
	});
