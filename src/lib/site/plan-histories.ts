import path from 'node:path';
import { planHistory, type PlanHistoryEntry } from '../history/plan-history.ts';
import { readPlanHistories } from '../history/read-history.ts';
import type { HistoryUnavailableReason } from '../history/locate-repository.ts';
import { reviewIds, type ReviewWords } from '../history/plan-changes.ts';

/**
 * A plan's published history, or why the build has none: never an empty list that would read as
 * "no changes". `not-committed` is a plan file git does not know yet; `not-read`, a plan whose history a
 * pull-request preview did not read because it builds no page that shows it.
 */
export type PlanHistoryStatus =
	| {
			available: true;
			/** First publication, then each version's changes, oldest first. */
			entries: PlanHistoryEntry[];
	  }
	| { available: false; reason: HistoryUnavailableReason | 'not-committed' | 'not-read' };

/**
 * The history of each plan file of a data directory, read once for all of them (one `git log`, one
 * `git cat-file --batch`, whatever the number of plans). Git runs in the data directory itself, so a data
 * directory kept in its own repository is read from that repository; one outside any repository, or a
 * shallow clone, gives every plan an unavailable status.
 *
 * @param dataDir the data directory (relative to the current folder, or absolute)
 * @param files the plan files to read, as the site names them (relative to the current folder); no other file's history is read
 * @param words how review values read (the data set's scale labels on the site)
 * @returns each file's status, keyed by the same names
 */
export function readSiteHistories(dataDir: string, files: readonly string[], words: ReviewWords = reviewIds): Map<string, PlanHistoryStatus> {
	const absoluteData = path.resolve(dataDir);
	const keyOf = (file: string) => path.relative(absoluteData, path.resolve(file)).split(path.sep).join('/');
	const histories = readPlanHistories('.', absoluteData, new Set(files.map(keyOf)));
	const statuses = new Map<string, PlanHistoryStatus>();
	for (const file of files) {
		if (!histories.available) {
			statuses.set(file, { available: false, reason: histories.reason });
			continue;
		}
		const versions = histories.files.get(keyOf(file)) ?? [];
		statuses.set(file, versions.length ? { available: true, entries: planHistory(versions, words) } : { available: false, reason: 'not-committed' });
	}
	return statuses;
}
