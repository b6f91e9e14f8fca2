import { existsSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cityPagesFolder } from '../data/load-dataset.ts';

/** An editorial page: the generator's generic one or the city's own. */
export type EditorialPage = CollectionEntry<'pages'> | CollectionEntry<'cityPages'>;

/**
 * The editorial pages of the site, by `<lang>/<slug>`: the city's own pages from the data directory where it
 * has them, else the generator's generic pages, which name no city but the one configured.
 */
export async function editorialPages(): Promise<EditorialPage[]> {
	// Without the folder the collection is empty, and asking for it would only log a warning.
	const [generic, city] = await Promise.all([getCollection('pages'), existsSync(cityPagesFolder()) ? getCollection('cityPages') : []]);
	const byId = new Map<string, EditorialPage>(generic.map((page) => [page.id, page]));
	for (const page of city) byId.set(page.id, page);
	return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
