import { inPreview } from '~/lib/preview/preview-scope.ts';
import type { APIRoute } from 'astro';
import { dataJsonSchemas } from '~/lib/data/json-schemas.ts';

export function getStaticPaths() {
	const paths = Object.keys(dataJsonSchemas()).map((file) => ({ params: { name: file.replace(/\.json$/u, '') } }));
	return inPreview(paths, () => ({ kind: 'whole-site' }));
}

/** The JSON Schemas of the data files (`/data/schemas/plan.schema.json`…), generated from the Zod schemas. */
export const GET: APIRoute = ({ params }) => Response.json(dataJsonSchemas()[`${params.name}.json`]);
