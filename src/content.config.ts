import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { organizationLoader, planTypesLoader, plansLoader, reviewScalesLoader, searchSynonymsLoader, siteConfigLoader } from './lib/data/content-loaders.ts';
import { cityPagesFolder } from './lib/data/load-dataset.ts';
import { organizationSchema } from './schemas/organization.ts';
import { reviewScalesSchema } from './schemas/review-scales.ts';
import { siteConfigSchema } from './schemas/site-config.ts';
import { planTypesSchema } from './schemas/plan-types.ts';
import { searchSynonymsSchema } from './schemas/search-synonyms.ts';
import { editorialPageSchema } from './schemas/editorial-page.ts';

/**
 * The site configuration, plan types, plans, organization and review scales come from the data directory (`data/`, or `DATA_DIR`),
 * validated with located, bilingual errors by `src/lib/data`; the schemas here give their types.
 */
export const collections = {
	site: defineCollection({ loader: siteConfigLoader(), schema: siteConfigSchema }),
	planTypes: defineCollection({ loader: planTypesLoader(), schema: planTypesSchema }),
	organization: defineCollection({ loader: organizationLoader(), schema: organizationSchema }),
	reviewScales: defineCollection({ loader: reviewScalesLoader(), schema: reviewScalesSchema }),
	searchSynonyms: defineCollection({ loader: searchSynonymsLoader(), schema: searchSynonymsSchema }),
	/** The plan files (the plans themselves are read from the data set: see `plansLoader`). */
	plans: defineCollection({
		loader: plansLoader(),
		schema: z.object({
			/** The plan file, relative to the repository root. */
			file: z.string(),
		}),
	}),
	/**
	 * The generator's editorial pages in both languages (`src/content/pages/<lang>/<slug>.mdx`): generic
	 * texts that take the city's names, contact, plan types and scales from the data.
	 */
	pages: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: './src/content/pages' }),
		schema: editorialPageSchema,
	}),
	/** The city's own editorial pages (`<data>/pages/<lang>/<slug>.mdx`), which replace the generic page of the same slug. */
	cityPages: defineCollection({
		loader: existsSync(cityPagesFolder())
			? glob({ pattern: '*/*.mdx', base: cityPagesFolder() })
			: { name: 'no-city-pages', load: async ({ store }) => store.clear() },
		schema: editorialPageSchema,
	}),
};
