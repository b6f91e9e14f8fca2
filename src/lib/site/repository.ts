/**
 * Where the data files live online, for the "Edit this plan" link. Set REPOSITORY_URL (e.g.
 * `https://github.com/<owner>/<repo>`) and, if not `main`, REPOSITORY_BRANCH when building.
 * Without it, pages name the data file but link nowhere: the site never links to a made-up repository.
 */
export function editUrl(file: string, env: Record<string, string | undefined> = process.env): string | undefined {
	const repository = env.REPOSITORY_URL?.trim().replace(/\/+$/u, '');
	if (!repository) return undefined;
	const branch = env.REPOSITORY_BRANCH?.trim() || 'main';
	return `${repository}/edit/${branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
