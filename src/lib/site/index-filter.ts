import type { IndicatorRow } from './indicator-rows.ts';
import { sectionKey } from './section-order.ts';

/** What a reader filters the indicator index by; empty strings mean "all". */
export interface IndexFilter {
	section: string;
	planType: string;
	status: string;
	text: string;
	/** Only indicators whose target changed after first publication. */
	targetChanged: boolean;
}

/** The facts of one table row that filters look at. */
export interface IndexRowFacts {
	section: string;
	planTypes: readonly string[];
	status: string;
	/** The row's visible text, normalized with `normalizeForSearch`. */
	text: string;
	/** Whether the indicator's target changed after first publication. */
	targetChanged: boolean;
}

/** Folds width and case so that `ＤＸ`, `dx` and `DX` match, and `ｱﾝｹｰﾄ` matches `アンケート`. */
export function normalizeForSearch(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Whether a row passes every filter; the keyword must match every space-separated word. */
export function matchesFilter(row: IndexRowFacts, filter: IndexFilter): boolean {
	if (filter.section && row.section !== filter.section) return false;
	if (filter.planType && !row.planTypes.includes(filter.planType)) return false;
	if (filter.status && row.status !== filter.status) return false;
	if (filter.targetChanged && !row.targetChanged) return false;
	const words = normalizeForSearch(filter.text).split(' ').filter(Boolean);
	return words.every((word) => row.text.includes(word));
}

/** Compares two cells for sorting: numbers numerically and before text, text by the reader's language. */
export function compareCells(a: string, b: string, collator: Intl.Collator): number {
	const numberA = a.trim() === '' ? Number.NaN : Number(a);
	const numberB = b.trim() === '' ? Number.NaN : Number(b);
	const isNumberA = Number.isFinite(numberA);
	const isNumberB = Number.isFinite(numberB);
	if (isNumberA && isNumberB) return numberA - numberB;
	if (isNumberA !== isNumberB) return isNumberA ? -1 : 1;
	return collator.compare(a, b);
}

type SectionOfRow = Pick<IndicatorRow, 'department' | 'section'>;

/** A row's value in the section filter: section ids are unique only within their department. */
export const sectionFilterValue = (row: SectionOfRow) => sectionKey(row.department.id, row.section.id);

/** The section filter's choices: the first row of each section, grouped by department, in table order. */
export function sectionFilterGroups<Row extends SectionOfRow>(rows: readonly Row[]): Row[][] {
	const firstOfSection = new Map<string, Row>();
	for (const row of rows) if (!firstOfSection.has(sectionFilterValue(row))) firstOfSection.set(sectionFilterValue(row), row);
	return [...Map.groupBy(firstOfSection.values(), (row) => row.department.id).values()];
}
