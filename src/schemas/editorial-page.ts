import { z } from 'astro/zod';

/** Front matter of an editorial page (`src/content/pages/<lang>/<slug>.mdx`). */
export const editorialPageSchema = z.strictObject({
	/** The page title, printed as its only `h1` and in the browser tab. */
	title: z.string().min(1),
	/** One sentence for search engines and link previews. */
	description: z.string().min(1),
	/** When the text last changed in substance, `YYYY-MM-DD`. */
	updated: z.coerce.date(),
});
