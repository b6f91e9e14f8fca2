import { runGit } from './git.ts';

/**
 * The text of many blobs, read by ONE `git cat-file --batch` process however many there are (one
 * process per file would not scale to thousands of plans). Blobs git does not have are left out.
 */
export function readBlobs(root: string, ids: Iterable<string>): Map<string, string> {
	const wanted = [...new Set(ids)];
	const texts = new Map<string, string>();
	if (!wanted.length) return texts;
	const { stdout } = runGit(root, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
	let offset = 0;
	while (offset < stdout.length) {
		const headerEnd = stdout.indexOf(0x0a, offset);
		if (headerEnd < 0) break;
		// `<id> <type> <size>` then the content and a line feed, or `<id> missing`.
		const [id, type, size] = stdout.toString('utf8', offset, headerEnd).split(' ');
		offset = headerEnd + 1;
		if (type === 'missing' || size === undefined) continue;
		const end = offset + Number(size);
		if (type === 'blob') texts.set(id, stdout.toString('utf8', offset, end));
		offset = end + 1;
	}
	return texts;
}
