import type { Organization } from '../../schemas/organization.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import { bilingual, planFields, type BilingualStrings, type CmsField } from './cms-fields.ts';
import { planFormatName } from './plan-file-format.ts';

/**
 * The configuration of the form editor (Decap CMS, `/admin/`), generated from the data set at build time so
 * that it cannot drift from the schemas and the data: one collection per fiscal year and department, one
 * file per section's plan, the fields of `cms-fields.ts`, and where saves go.
 */

/** A plan file the editor offers: its section and its path in the repository (`data/plans/2025/…`). */
export interface EditablePlan {
	fiscalYear: number;
	department: string;
	section: string;
	/** The path from the top of the repository, as the code host and the local proxy know it. */
	repositoryFile: string;
}

/** Where saves go. */
export interface CmsBackendSettings {
	/** `owner/name` of the repository on GitHub; absent: the editor works in local mode only. */
	repository?: string;
	/** The branch pull requests are opened against (and that the local proxy reads). */
	branch: string;
	/** The local proxy (`decap-server`) the editor uses when it is opened on localhost. */
	localProxyUrl: string;
}

/** The default address of `decap-server`. */
export const defaultLocalProxyUrl = 'http://localhost:8081/api/v1';

/**
 * The backend settings from the build's environment: `CMS_REPOSITORY` (`owner/name`), else the GitHub
 * repository of `REPOSITORY_URL`; `CMS_BRANCH`, else `REPOSITORY_BRANCH`, else `main`; `CMS_PROXY_URL`.
 */
export function cmsBackendSettings(env: Record<string, string | undefined> = process.env): CmsBackendSettings {
	const fromUrl = env.REPOSITORY_URL?.trim().match(/^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/*$/u)?.[1];
	const repository = env.CMS_REPOSITORY?.trim() || fromUrl;
	return {
		...(repository ? { repository } : {}),
		branch: env.CMS_BRANCH?.trim() || env.REPOSITORY_BRANCH?.trim() || 'main',
		localProxyUrl: env.CMS_PROXY_URL?.trim() || defaultLocalProxyUrl,
	};
}

/** What the configuration is generated from. */
export interface CmsConfigInput {
	organization: Organization;
	scales: ReviewScales;
	planTypes: PlanTypes;
	plans: readonly EditablePlan[];
	strings: BilingualStrings;
	backend: CmsBackendSettings;
	/** Where the CMS would put uploads (it has no upload field; Decap requires the setting). */
	mediaFolder: string;
}

/** A collection of the editor: the plans of one department in one fiscal year. */
export interface CmsCollection {
	name: string;
	label: string;
	format: typeof planFormatName;
	extension: 'yaml';
	delete: false;
	editor: { preview: false };
	files: Array<{ name: string; label: string; file: string; fields: CmsField[] }>;
}

/** The whole configuration, passed to `CMS.init({ config })`. */
export interface CmsConfig {
	load_config_file: false;
	locale: 'ja';
	backend: {
		name: 'github';
		repo?: string;
		branch: string;
		commit_messages: Record<'create' | 'update' | 'delete' | 'uploadMedia' | 'deleteMedia' | 'openAuthoring', string>;
	};
	local_backend: { url: string };
	publish_mode: 'editorial_workflow';
	media_folder: string;
	collections: CmsCollection[];
}

/** The collection's name: ASCII, as it appears in the editorial workflow's branch names (`cms/<collection>/<section>`). */
export const collectionName = (fiscalYear: number, department: string) => `plans-${fiscalYear}-${department}`;

/** The configuration for the data set. Pure: the same input gives the same configuration. */
export function cmsConfig(input: CmsConfigInput): CmsConfig {
	const { organization, strings } = input;
	const fields = planFields(strings, input.scales, input.planTypes);
	const departments = organization.departments.toSorted((a, b) => a.order - b.order);
	const years = [...new Set(input.plans.map((plan) => plan.fiscalYear))].sort((a, b) => b - a);
	const planAt = new Map(input.plans.map((plan) => [`${plan.fiscalYear}/${plan.department}/${plan.section}`, plan]));
	const collections = years.flatMap((fiscalYear) =>
		departments.flatMap((department): CmsCollection[] => {
			const files = department.sections
				.toSorted((a, b) => a.order - b.order)
				.flatMap((section) => {
					const plan = planAt.get(`${fiscalYear}/${department.id}/${section.id}`);
					return plan ? [{ name: section.id, label: `${section.name.ja} / ${section.name.en ?? section.name.ja}`, file: plan.repositoryFile, fields }] : [];
				});
			if (!files.length) return [];
			const label = (lang: 'ja' | 'en') => strings[lang]('cms.collection', { year: fiscalYear, department: department.name[lang] ?? department.name.ja });
			return [
				{
					name: collectionName(fiscalYear, department.id),
					label: `${label('ja')} / ${label('en')}`,
					format: planFormatName,
					extension: 'yaml',
					delete: false,
					editor: { preview: false },
					files,
				},
			];
		}),
	);
	const update = bilingual(strings, 'cms.commit.update');
	return {
		load_config_file: false,
		locale: 'ja',
		backend: {
			name: 'github',
			...(input.backend.repository ? { repo: input.backend.repository } : {}),
			branch: input.backend.branch,
			// The title of each save's commit and pull request: the collection (year and department), the section's id and what was done.
			commit_messages: {
				create: bilingual(strings, 'cms.commit.create'),
				update,
				delete: bilingual(strings, 'cms.commit.delete'),
				uploadMedia: update,
				deleteMedia: update,
				openAuthoring: update,
			},
		},
		local_backend: { url: input.backend.localProxyUrl },
		publish_mode: 'editorial_workflow',
		media_folder: input.mediaFolder,
		collections,
	};
}

/**
 * The configuration as the editor's page carries it: the fields, the same for every plan file, once instead
 * of once per file. Repeated per file they made the page grow by about 150 bytes (gzip) per plan: 1.5 MB at
 * 10,000 sections. `unpackCmsConfig` gives the configuration back, every file sharing the one field list.
 */
export interface PackedCmsConfig extends Omit<CmsConfig, 'collections'> {
	fields: CmsField[];
	collections: Array<Omit<CmsCollection, 'files'> & { files: Array<Omit<CmsCollection['files'][number], 'fields'>> }>;
}

/** The configuration with its fields given once (see `PackedCmsConfig`). */
export function packCmsConfig(config: CmsConfig): PackedCmsConfig {
	return {
		...config,
		fields: config.collections[0]?.files[0]?.fields ?? [],
		collections: config.collections.map((collection) => ({ ...collection, files: collection.files.map(({ name, label, file }) => ({ name, label, file })) })),
	};
}

/** The configuration `CMS.init` takes, from its packed form. */
export function unpackCmsConfig({ fields, ...packed }: PackedCmsConfig): CmsConfig {
	return { ...packed, collections: packed.collections.map((collection) => ({ ...collection, files: collection.files.map((file) => ({ ...file, fields })) })) };
}
