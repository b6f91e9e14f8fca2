import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { planFiles } from '~/lib/data/load-dataset.ts';

/** The data files' JSON Schemas by file name (`plan.schema.json`, …), as published or as generated. */
export type DataFileSchemas = Record<
	'plan.schema.json' | 'organization.schema.json' | 'review-scales.schema.json' | 'site.schema.json' | 'plan-types.schema.json',
	object
>;

/** Compiles the data files' JSON Schemas as editors and reusers would (JSON Schema 2020-12, with formats). */
export function compileDataFileSchemas(schemas: DataFileSchemas) {
	const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
	return {
		plan: ajv.compile(schemas['plan.schema.json']),
		organization: ajv.compile(schemas['organization.schema.json']),
		reviewScales: ajv.compile(schemas['review-scales.schema.json']),
		site: ajv.compile(schemas['site.schema.json']),
		planTypes: ajv.compile(schemas['plan-types.schema.json']),
	};
}

/** Every data file of a directory that its JSON Schema rejects, as `file: errors`; empty when all pass. */
export function schemaRejections(schemas: DataFileSchemas, dataDir: string): string[] {
	const validators = compileDataFileSchemas(schemas);
	const files: Array<[string, (typeof validators)[keyof typeof validators]]> = [
		[path.join(dataDir, 'organization.yaml'), validators.organization],
		[path.join(dataDir, 'review-scales.yaml'), validators.reviewScales],
		[path.join(dataDir, 'site.yaml'), validators.site],
		// Plan types are optional.
		...(existsSync(path.join(dataDir, 'plan-types.yaml'))
			? [[path.join(dataDir, 'plan-types.yaml'), validators.planTypes] as [string, typeof validators.plan]]
			: []),
		...planFiles(dataDir).map((file): [string, typeof validators.plan] => [file, validators.plan]),
	];
	return files.flatMap(([file, validate]) => (validate(parse(readFileSync(file, 'utf8'))) ? [] : [`${file}: ${JSON.stringify(validate.errors)}`]));
}
