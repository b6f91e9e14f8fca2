/**
 * Where the data files live online, for the "Edit this plan" link and the citation's permanent link. Set
 * REPOSITORY_URL (e.g. `https://github.com/<owner>/<repo>`) and, if not `main`, REPOSITORY_BRANCH when
 * building. Without it, pages name the data file but link nowhere: the site never links to a made-up repository.
 */
function repositoryFileUrl(kind: 'edit' | 'blob', ref: string, file: string, env: Record<string, string | undefined>): string | undefined {
	const repository = env.REPOSITORY_URL?.trim().replace(/\/+$/u, '');
	if (!repository) return undefined;
	return `${repository}/${kind}/${ref}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The page that edits a data file on the configured branch: `<repo>/edit/<branch>/<file>`. */
export function editUrl(file: string, env: Record<string, string | undefined> = process.env): string | undefined {
	return repositoryFileUrl('edit', env.REPOSITORY_BRANCH?.trim() || 'main', file, env);
}

/** The permanent address of one version of a data file: `<repo>/blob/<commit>/<file>`; undefined without a repository or commit. */
export function permanentUrl(file: string, commit: string | undefined, env: Record<string, string | undefined> = process.env): string | undefined {
	return commit ? repositoryFileUrl('blob', commit, file, env) : undefined;
}
