import type { IndicatorRef, PlanChange } from '../history/plan-changes.ts';
import type { VersionStamp } from '../history/plan-history.ts';
import type { PlanHistoryStatus } from './plan-histories.ts';

/** One change of the plan made after its first publication, with when and why. */
export interface DatedChange extends VersionStamp {
	change: PlanChange;
}

/**
 * Additions that are the plan's normal progress (a review or a result reported), not a change of what
 * was published: they are not marked on the page as changes.
 */
const progressFields = new Set<PlanChange['field']>(['mid-year-review-added', 'year-end-review-added', 'result-added']);

/** Whether a change reports progress (a review or result added) rather than changing what was published. */
export const isReportedProgress = (change: Pick<PlanChange, 'field'>) => progressFields.has(change.field);

/**
 * The plan changes (the official Japanese; not translation updates) made after first publication, oldest
 * first. Empty when the history is not available: callers that show it must say so themselves.
 */
export function laterChanges(history: PlanHistoryStatus): DatedChange[] {
	if (!history.available) return [];
	return history.entries.flatMap((entry) =>
		entry.kind === 'changes'
			? entry.changes.filter((change) => change.kind === 'plan').map((change) => ({ date: entry.date, commit: entry.commit, reason: entry.reason, change }))
			: [],
	);
}

/**
 * How an indicator is matched between its history and the current plan: by its number when the plan
 * numbers it, else by its position (1-based).
 */
export const indicatorChangeKey = (initiative: string, indicator: IndicatorRef) => `${initiative}/${indicator.number ?? `#${indicator.position}`}`;

/** The `indicatorChangeKey` of the indicator at `position` (0-based) of an initiative in the current plan. */
export const currentIndicatorKey = (initiative: string, indicator: { number?: string }, position: number) =>
	indicatorChangeKey(initiative, { ...(indicator.number ? { number: indicator.number } : {}), position: position + 1 });

/** The marks a plan's page shows: the later changes of each initiative and of each indicator. */
export interface ChangeMarks {
	/** By initiative id: changes of the initiative itself (title, activities, review edits…). */
	initiatives: Map<string, DatedChange[]>;
	/** By `indicatorChangeKey`: changes of an indicator (name, target, result edits…). */
	indicators: Map<string, DatedChange[]>;
}

/**
 * Groups the changes made after first publication by the initiative or indicator they changed, leaving
 * out removals (nothing is left on the page to mark) and reported progress (reviews and results added).
 */
export function changeMarks(history: PlanHistoryStatus): ChangeMarks {
	const marks: ChangeMarks = { initiatives: new Map(), indicators: new Map() };
	for (const dated of laterChanges(history)) {
		const { change } = dated;
		if (!change.initiative || isReportedProgress(change) || change.field.endsWith('-removed')) continue;
		const [map, key] = change.indicator ? [marks.indicators, indicatorChangeKey(change.initiative, change.indicator)] : [marks.initiatives, change.initiative];
		map.set(key, [...(map.get(key) ?? []), dated]);
	}
	return marks;
}

/** The target changes among a plan's later changes, oldest first. */
export const targetChanges = (history: PlanHistoryStatus): DatedChange[] => laterChanges(history).filter(({ change }) => change.field === 'target');
