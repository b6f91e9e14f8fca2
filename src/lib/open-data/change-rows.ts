import type { Plan } from '../../schemas/plan.ts';
import { toCsv } from './csv.ts';
import type { PlanHistoryEntry } from '../history/plan-history.ts';
import type { PlanHistoryStatus } from '../site/plan-histories.ts';

/** One change as a flat record for downloads: one row per change, ids for joining with the indicator CSV. */
export interface ChangeRow {
	date: string;
	fiscalYear: number;
	department: string;
	section: string;
	/** The initiative's id; empty for the mission or a whole-plan entry. */
	initiative: string;
	/** The indicator's number (`①`), or its position (`#2`) when unnumbered; empty when not about one. */
	indicator: string;
	/** A field of `changeFields`, or `first-publication`. */
	field: string;
	/** `plan`, `translation` or `first-publication`. */
	kind: string;
	old: string;
	new: string;
	old_en: string;
	new_en: string;
	reason: string;
	commit: string;
}

/** The columns of the change CSV, in order. */
export const changeColumns = [
	'date',
	'fiscalYear',
	'department',
	'section',
	'initiative',
	'indicator',
	'field',
	'kind',
	'old',
	'new',
	'old_en',
	'new_en',
	'reason',
	'commit',
] as const satisfies ReadonlyArray<keyof ChangeRow>;

/**
 * The rows of a plan's history, in the order of its entries: one row for its first publication, then
 * one per change. `plan` names the section (its latest version).
 */
export function changeRows(plan: Pick<Plan, 'fiscalYear' | 'department' | 'section'>, history: readonly PlanHistoryEntry[]): ChangeRow[] {
	return history.flatMap((entry) => {
		const common = {
			date: entry.date,
			fiscalYear: plan.fiscalYear,
			department: plan.department,
			section: plan.section,
			reason: entry.reason,
			commit: entry.commit,
		};
		const empty = { initiative: '', indicator: '', old: '', new: '', old_en: '', new_en: '' };
		if (entry.kind === 'first-publication') return [{ ...common, ...empty, field: 'first-publication', kind: 'first-publication' }];
		return entry.changes.map((change) => ({
			...common,
			initiative: change.initiative ?? '',
			indicator: change.indicator ? (change.indicator.number ?? `#${change.indicator.position}`) : '',
			field: change.field,
			kind: change.kind,
			old: change.old?.ja ?? '',
			new: change.new?.ja ?? '',
			old_en: change.old?.en ?? '',
			new_en: change.new?.en ?? '',
		}));
	});
}

/** The rows as CSV (UTF-8 with a BOM, CRLF), like the site's other downloads. */
export function changeRowsCsv(rows: readonly ChangeRow[]): string {
	return toCsv(
		changeColumns,
		rows.map((row) => changeColumns.map((column) => row[column])),
	);
}

/** The rows as a JSON array, one object per change. */
export function changeRowsJson(rows: readonly ChangeRow[]): string {
	return `${JSON.stringify(rows, null, '\t')}\n`;
}

/** A plan with its history, as the site reads it. */
type PlanWithHistory = Pick<Plan, 'fiscalYear' | 'department' | 'section'> & { history: PlanHistoryStatus };

/**
 * The fiscal years whose change files are published: those with at least one plan whose history could
 * be read (without any, an empty file would read as "no changes").
 */
export const yearsWithHistory = (plans: readonly PlanWithHistory[]): number[] =>
	[...new Set(plans.filter((plan) => plan.history.available).map((plan) => plan.fiscalYear))].sort((a, b) => b - a);

/**
 * The change rows of a fiscal year's plans, oldest first; plans whose history is not available
 * have none (the open-data page says when no history was read at all).
 */
export function yearChangeRows(plans: readonly PlanWithHistory[], fiscalYear: number): ChangeRow[] {
	return plans
		.filter((plan) => plan.fiscalYear === fiscalYear)
		.flatMap((plan) => (plan.history.available ? changeRows(plan, plan.history.entries) : []))
		.sort((a, b) => a.date.localeCompare(b.date));
}
