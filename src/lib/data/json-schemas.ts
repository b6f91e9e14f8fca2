import { z } from 'astro/zod';
import { organizationSchema } from '../../schemas/organization.ts';
import { planSchema } from '../../schemas/plan.ts';
import { reviewScalesSchema } from '../../schemas/review-scales.ts';
import { siteConfigSchema } from '../../schemas/site-config.ts';
import { planTypesSchema } from '../../schemas/plan-types.ts';
import { searchSynonymsSchema } from '../../schemas/search-synonyms.ts';

/** The data files' JSON Schemas, generated from the Zod schemas (what editors and other tools validate against). */
export function dataJsonSchemas(): Record<string, object> {
	const generate = (schema: z.ZodType, title: string, description: string) => ({
		...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }),
		title,
		description,
	});
	return {
		'plan.schema.json': generate(planSchema, 'Section plan', 'One section’s action plan for one fiscal year: data/plans/<year>/<department>/<section>.yaml'),
		'organization.schema.json': generate(organizationSchema, 'Organization', 'The city’s departments and sections: data/organization.yaml'),
		'review-scales.schema.json': generate(reviewScalesSchema, 'Review scales', 'Progress-status and rating values: data/review-scales.yaml'),
		'site.schema.json': generate(siteConfigSchema, 'Site configuration', 'The city’s names, licence, contact and colours: data/site.yaml'),
		'plan-types.schema.json': generate(planTypesSchema, 'Plan types', 'The plan types initiatives may name: data/plan-types.yaml'),
		'search-synonyms.schema.json': generate(searchSynonymsSchema, 'Search synonyms', 'Words readers search for that the plans write differently: data/search-synonyms.yaml'),
	};
}
