import type { Plan } from '../../schemas/plan.ts';
import { comparePlans, reviewIds, type PlanChange, type ReviewWords } from './plan-changes.ts';

/** When and why a version was published. */
export interface VersionStamp {
	/** `YYYY-MM-DD`, UTC. */
	date: string;
	commit: string;
	/** The commit subject or the merged pull request's title. */
	reason: string;
}

/** One dated step in a plan's life: its first publication, or the changes one version made. */
export type PlanHistoryEntry = (VersionStamp & { kind: 'first-publication' }) | (VersionStamp & { kind: 'changes'; changes: PlanChange[] });

/**
 * The story of a plan from its versions, oldest first: the first version is its first publication (one
 * entry), then every later version that changed something a reader sees, with its changes (plan and
 * translation). Versions that changed nothing visible (comments, layout) leave no entry. Review values read as
 * `words` says (the scales' labels on the site, the ids by default).
 */
export function planHistory(versions: ReadonlyArray<VersionStamp & { plan: Plan }>, words: ReviewWords = reviewIds): PlanHistoryEntry[] {
	const [first, ...later] = versions;
	if (!first) return [];
	const entries: PlanHistoryEntry[] = [{ kind: 'first-publication', date: first.date, commit: first.commit, reason: first.reason }];
	let previous = first.plan;
	for (const { plan, date, commit, reason } of later) {
		const changes = comparePlans(previous, plan, words);
		if (changes.length) entries.push({ kind: 'changes', date, commit, reason, changes });
		previous = plan;
	}
	return entries;
}
