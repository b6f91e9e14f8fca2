import { describe, expect, it } from 'vitest';
import type { ZodType } from 'astro/zod';
import { planSchema } from '~/schemas/plan.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { cmsBackendSettings, cmsConfig, collectionName, defaultLocalProxyUrl, packCmsConfig, unpackCmsConfig, type CmsConfig } from '~/lib/cms/cms-config.ts';
import type { CmsField } from '~/lib/cms/cms-fields.ts';
import { fictionalDir } from '../data-dirs.ts';

const secondCityDir = 'tests/fixtures/second-city';

/** A fixture's data set, which must be valid. */
const datasetOf = (dataDir: string) => loadDataset(dataDir).dataset!;

const strings = { ja: useTranslations('ja'), en: useTranslations('en') };

/** The configuration for a data directory, as the admin page builds it. */
function configFor(dataDir: string, env: Record<string, string> = {}): CmsConfig {
	const dataset = datasetOf(dataDir);
	return cmsConfig({
		organization: dataset.organization,
		scales: dataset.scales,
		planTypes: dataset.planTypes,
		plans: dataset.plans.map(({ file, plan }) => ({ ...plan, repositoryFile: file })),
		strings,
		backend: cmsBackendSettings(env),
		mediaFolder: `${dataDir}/cms-media`,
	});
}

/** Every key path of a Zod schema's objects (`initiatives.review.midYear.status`), lists and wrappers seen through. */
function schemaPaths(schema: ZodType, prefix = ''): string[] {
	const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
	switch (def.type) {
		case 'object':
			return Object.entries(def.shape as Record<string, ZodType>).flatMap(([key, value]) => {
				const path = prefix ? `${prefix}.${key}` : key;
				return [path, ...schemaPaths(value, path)];
			});
		case 'optional':
		case 'default':
		case 'nullable':
			return schemaPaths(def.innerType as ZodType, prefix);
		case 'pipe':
			return schemaPaths(def.in as ZodType, prefix);
		case 'array':
			return schemaPaths(def.element as ZodType, prefix);
		default:
			return [];
	}
}

/** Every key path the form edits or keeps (a hidden field keeps everything under it). */
function fieldPaths(fields: readonly CmsField[], prefix = ''): { edited: string[]; hidden: string[] } {
	const edited: string[] = [];
	const hidden: string[] = [];
	for (const field of fields) {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		if (field.widget === 'hidden') {
			hidden.push(path);
			continue;
		}
		edited.push(path);
		const inner = fieldPaths(field.fields ?? [], path);
		edited.push(...inner.edited);
		hidden.push(...inner.hidden);
	}
	return { edited, hidden };
}

const config = configFor(fictionalDir);
const fields = config.collections[0].files[0].fields;

describe('the form editor configuration', () => {
	it('has a form field for every field of a plan, a review and an indicator (a new schema field without one fails here)', () => {
		const { edited, hidden } = fieldPaths(fields);
		const covered = (path: string) => edited.includes(path) || hidden.some((field) => path === field || path.startsWith(`${field}.`));
		const paths = schemaPaths(planSchema as unknown as ZodType);
		expect(paths).toContain('initiatives.review.midYear.status');
		expect(paths).toContain('initiatives.indicators.result.achieved');
		expect(paths.filter((path) => !covered(path))).toEqual([]);
	});

	it('has no form field that the plan schema does not know', () => {
		const paths = new Set(schemaPaths(planSchema as unknown as ZodType));
		const { edited, hidden } = fieldPaths(fields);
		expect([...edited, ...hidden].filter((path) => !paths.has(path))).toEqual([]);
	});

	it('offers the review scales and plan types of the data set as select lists (ids as values, both languages as labels)', () => {
		const dataset = datasetOf(secondCityDir);
		const other = configFor(secondCityDir).collections[0].files[0].fields;
		const find = (list: readonly CmsField[], path: string[]): CmsField => {
			const [name, ...rest] = path;
			const field = list.find((candidate) => candidate.name === name)!;
			return rest.length ? find(field.fields!, rest) : field;
		};
		const status = find(other, ['initiatives', 'review', 'midYear', 'status']);
		expect(status.options!.map((option) => option.value)).toEqual(dataset.scales.progressStatus.map((level) => level.id));
		const first = dataset.scales.progressStatus[0];
		expect(status.options![0].label).toBe(`${first.label.ja} / ${first.label.en ?? first.label.ja}`);
		const rating = find(other, ['initiatives', 'review', 'yearEnd', 'rating']);
		expect(rating.options!.map((option) => option.value)).toEqual(dataset.scales.rating.map((level) => level.id));
		const planTypes = find(other, ['initiatives', 'planTypes']);
		expect(planTypes.multiple).toBe(true);
		expect(planTypes.options!.map((option) => option.value)).toEqual(dataset.planTypes.planTypes.map((type) => type.id));
		expect(planTypes.max).toBe(dataset.planTypes.maxPerInitiative);
	});

	it('asks for every text as a Japanese/English pair, Japanese required outside the optional reviews', () => {
		const title = fields.find((field) => field.name === 'initiatives')!.fields!.find((field) => field.name === 'title')!;
		expect(title.fields!.map((field) => [field.name, field.required])).toEqual([
			['ja', true],
			['en', false],
		]);
		expect(title.label).toMatch(/^取組項目名 \/ Title$/u);
	});

	it('explains the rank and the numbering rules in the hints, Japanese first', () => {
		const initiative = fields.find((field) => field.name === 'initiatives')!.fields!;
		const rank = initiative.find((field) => field.name === 'rank')!;
		expect(rank.hint).toMatch(/^1 が最優先[^\n]*\n1 is the highest priority/u);
		const number = initiative.find((field) => field.name === 'indicators')!.fields!.find((field) => field.name === 'number')!;
		expect(number.hint).toMatch(/①ー1/u);
		expect(number.pattern![0]).toBe('^[①-⑳](?:ー\\d+)?$');
	});

	it('has one collection per fiscal year and department, with one file per section plan at its path in the repository', () => {
		const dataset = datasetOf(fictionalDir);
		const files = config.collections.flatMap((collection) => collection.files.map((file) => file.file));
		expect(files.toSorted()).toEqual(dataset.plans.map((plan) => plan.file).toSorted());
		for (const { plan } of dataset.plans) {
			const collection = config.collections.find((candidate) => candidate.name === collectionName(plan.fiscalYear, plan.department))!;
			expect(collection.files.map((file) => file.name)).toContain(plan.section);
			expect(collection.label).toContain(String(plan.fiscalYear));
		}
		expect(new Set(config.collections.map((collection) => collection.name)).size).toBe(config.collections.length);
	});

	it('saves through pull requests, with titles that name the collection and the section', () => {
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.backend.commit_messages.update).toMatch(/^\{\{collection\}\} \{\{slug\}\}: /u);
		expect(config.local_backend.url).toBe(defaultLocalProxyUrl);
	});

	it('is carried by the page with the fields once, however many plan files there are, and unpacked to the same configuration', () => {
		const packed = packCmsConfig(config);
		expect(unpackCmsConfig(packed)).toEqual(config);
		const files = config.collections.flatMap((collection) => collection.files);
		expect(files.length).toBeGreaterThan(1);
		const fieldsJson = JSON.stringify(fields);
		const occurrences = JSON.stringify(packed).split(fieldsJson).length - 1;
		expect(occurrences).toBe(1);
		// Each further plan file adds its name, label and path, not its fields.
		expect(JSON.stringify(packed).length).toBeLessThan(fieldsJson.length + files.length * 300 + 5000);
	});
});

describe('where the form editor saves', () => {
	it('takes the repository from CMS_REPOSITORY, else from a GitHub REPOSITORY_URL, and never makes one up', () => {
		expect(cmsBackendSettings({ CMS_REPOSITORY: 'city/plans', REPOSITORY_URL: 'https://github.com/other/repo' }).repository).toBe('city/plans');
		expect(cmsBackendSettings({ REPOSITORY_URL: 'https://github.com/city/plans/' }).repository).toBe('city/plans');
		expect(cmsBackendSettings({ REPOSITORY_URL: 'https://gitlab.example.org/city/plans' }).repository).toBeUndefined();
		expect(cmsBackendSettings({}).repository).toBeUndefined();
		expect(configFor(fictionalDir).backend).not.toHaveProperty('repo');
	});

	it('takes the branch from CMS_BRANCH, else REPOSITORY_BRANCH, else main', () => {
		expect(cmsBackendSettings({ CMS_BRANCH: 'plans', REPOSITORY_BRANCH: 'x' }).branch).toBe('plans');
		expect(cmsBackendSettings({ REPOSITORY_BRANCH: 'x' }).branch).toBe('x');
		expect(cmsBackendSettings({}).branch).toBe('main');
		expect(cmsBackendSettings({ CMS_PROXY_URL: 'http://localhost:9000/api/v1' }).localProxyUrl).toBe('http://localhost:9000/api/v1');
	});
});
