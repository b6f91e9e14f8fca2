import { parseRawChanges, type RawFileChange } from './raw-changes.ts';

/** One commit of `git log`, with the files it changed. */
export interface LogCommit {
	commit: string;
	/** Committer date, `YYYY-MM-DD` in UTC. */
	date: string;
	/** Why the change was made: the commit subject, or a merged pull request's title. */
	reason: string;
	files: RawFileChange[];
}

/** Starts every commit's record, so that the parser never mistakes a message for a file list. */
const commitMarker = '\x01';

/** The `git log` arguments the parser below reads: hash, committer time, subject and body, then `--raw -z` entries. */
export const logFormatArgs = [`--format=${commitMarker}%H%x00%ct%x00%s%x00%b%x00`, '--raw', '-z', '--no-abbrev'];

/**
 * Why a commit was made, for readers: its subject, except for a GitHub merge commit (`Merge pull request
 * #12 from org/branch`), whose body's first line is the pull request's title.
 */
export function commitReason(subject: string, body: string): string {
	if (/^Merge pull request #\d+ from /u.test(subject)) {
		const title = body.split('\n').find((line) => line.trim());
		if (title) return title.trim();
	}
	return subject;
}

/** Parses `git log` output made with `logFormatArgs`, newest commit first as git prints it. */
export function parseGitLog(output: string): LogCommit[] {
	return output
		.split(commitMarker)
		.slice(1)
		.map((record) => {
			const [commit, time, subject, body, ...rest] = record.split('\0');
			return {
				commit,
				date: new Date(Number(time) * 1000).toISOString().slice(0, 10),
				reason: commitReason(subject, body),
				files: parseRawChanges(rest),
			};
		});
}
