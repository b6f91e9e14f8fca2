import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { organizationLoader, plansLoader, reviewScalesLoader } from './lib/data/content-loaders.ts';
import { organizationSchema } from './schemas/organization.ts';
import { planSchema } from './schemas/plan.ts';
import { reviewScalesSchema } from './schemas/review-scales.ts';
import { editorialPageSchema } from './schemas/editorial-page.ts';

/**
 * Plans, organization and review scales come from the data directory (`data/`, or `DATA_DIR`),
 * validated with located, bilingual errors by `src/lib/data`; the schemas here give their types.
 */
export const collections = {
	organization: defineCollection({ loader: organizationLoader(), schema: organizationSchema }),
	reviewScales: defineCollection({ loader: reviewScalesLoader(), schema: reviewScalesSchema }),
	plans: defineCollection({
		loader: plansLoader(),
		schema: planSchema.extend({
			/** The plan file, relative to the repository root. */
			file: z.string(),
		}),
	}),
	/** Editorial pages in both languages: `src/content/pages/<lang>/<slug>.mdx`. */
	pages: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: './src/content/pages' }),
		schema: editorialPageSchema,
	}),
};
