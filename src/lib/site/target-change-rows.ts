import type { LocalizedText } from '../../schemas/localized-text.ts';
import { currentIndicatorKey, indicatorChangeKey, targetChanges } from './later-changes.ts';
import type { IndicatorRow } from './indicator-rows.ts';
import { sectionKey } from './section-order.ts';
import type { PlanWithFile } from './site-data.ts';

/** One target changed after first publication, with the indicator it belongs to. */
export interface TargetChangeRow {
	date: string;
	commit: string;
	/** The commit subject or the pull request's title. */
	reason: string;
	/** The indicator as it is now (its section, initiative, name and permalink). */
	indicator: IndicatorRow;
	old: LocalizedText;
	new: LocalizedText;
}

/** An indicator's key across sections: its section, initiative and number (or position). */
const rowKey = (department: string, section: string, indicatorKey: string) => `${sectionKey(department, section)}/${indicatorKey}`;

/** The keys of the indicators whose target changed after first publication, to flag rows of `indicatorRows`. */
export function changedTargetKeys(plans: readonly PlanWithFile[]): Set<string> {
	return new Set(
		plans.flatMap((plan) =>
			targetChanges(plan.history).map(({ change }) => rowKey(plan.department, plan.section, indicatorChangeKey(change.initiative!, change.indicator!))),
		),
	);
}

/** The key `changedTargetKeys` gives an indicator row. */
export const indicatorRowKey = (row: IndicatorRow) => rowKey(row.department.id, row.section.id, currentIndicatorKey(row.initiative.id, row, row.position));

/**
 * Every target change of some plans, oldest first (then in the index's order), joined to the indicator it
 * changed. A change of an indicator that was later removed has no row to join, and is left to the
 * section's change history.
 */
export function targetChangeRows(plans: readonly PlanWithFile[], rows: readonly IndicatorRow[]): TargetChangeRow[] {
	const byKey = new Map(rows.map((row, index) => [indicatorRowKey(row), { row, index }]));
	const found = plans.flatMap((plan) =>
		targetChanges(plan.history).flatMap(({ date, commit, reason, change }) => {
			const indicator = byKey.get(rowKey(plan.department, plan.section, indicatorChangeKey(change.initiative!, change.indicator!)));
			return indicator && change.old && change.new
				? [{ date, commit, reason, indicator: indicator.row, old: change.old, new: change.new, order: indicator.index }]
				: [];
		}),
	);
	return found.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order).map(({ order: _order, ...row }) => row);
}
