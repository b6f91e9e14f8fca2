/** One file changed by a commit, as `git log --raw -z` or `git diff --raw -z` prints it. */
export interface RawFileChange {
	/** A added, M modified, D deleted, R renamed (or moved), T type changed. */
	status: 'A' | 'M' | 'D' | 'R' | 'T' | 'C' | 'U' | 'X';
	/** The blob before the change; all zeros when the file was added. */
	oldBlob: string;
	/** The blob after the change; all zeros when the file was deleted. */
	newBlob: string;
	/** The path after the change (before it, for a deletion), relative to the work tree's top. */
	path: string;
	/** For a rename: the path before it. */
	previousPath?: string;
}

/** The id git prints for "no blob" (before an addition, after a deletion). */
export const noBlob = /^0+$/u;

/**
 * Reads the `--raw -z` entries from NUL-separated tokens: `:<mode> <mode> <old> <new> <status>`, then one
 * path, or two for a rename or copy. Tokens that are not entries (blank lines between commits) are skipped.
 */
export function parseRawChanges(tokens: readonly string[]): RawFileChange[] {
	const changes: RawFileChange[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index].replace(/^\n+/u, '');
		if (!token.startsWith(':')) continue;
		const [, , oldBlob, newBlob, score] = token.slice(1).split(' ');
		const status = score[0] as RawFileChange['status'];
		if (status === 'R' || status === 'C') {
			changes.push({ status, oldBlob, newBlob, previousPath: tokens[index + 1], path: tokens[index + 2] });
			index += 2;
		} else {
			changes.push({ status, oldBlob, newBlob, path: tokens[index + 1] });
			index += 1;
		}
	}
	return changes;
}
