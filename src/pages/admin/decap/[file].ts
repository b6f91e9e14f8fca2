import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsBundleContentType, cmsBundleFiles, readCmsBundleFile } from '~/lib/cms/cms-bundle.ts';

/** The form editor's script and the chunks it loads, copied from the installed `decap-cms` package. */
export const getStaticPaths = (() => cmsBundleFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(new Uint8Array(readCmsBundleFile(params.file!)), { headers: { 'content-type': cmsBundleContentType(params.file!) } });
