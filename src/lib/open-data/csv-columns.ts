import type { MessageKey } from '../i18n/translate.ts';
import type { IndicatorRow } from '../site/indicator-rows.ts';

/** One CSV column: its header and how a row fills it. Descriptions: `openData.column.<header>` in the translations. */
/** A column header: one that has a description (`openData.column.<header>`) in the translations. */
export type CsvHeader = MessageKey extends infer Key ? (Key extends `openData.column.${infer Header}` ? Header : never) : never;

export interface CsvColumn {
	header: CsvHeader;
	value(row: IndicatorRow, site: URL): string | number | undefined;
}

/** The columns of every indicator CSV, in order. Japanese and English side by side; ids for joining. */
export const csvColumns: readonly CsvColumn[] = [
	{ header: 'fiscal_year', value: (row) => row.fiscalYear },
	{ header: 'department_id', value: (row) => row.department.id },
	{ header: 'department_ja', value: (row) => row.department.name.ja },
	{ header: 'department_en', value: (row) => row.department.name.en },
	{ header: 'section_id', value: (row) => row.section.id },
	{ header: 'section_ja', value: (row) => row.section.name.ja },
	{ header: 'section_en', value: (row) => row.section.name.en },
	{ header: 'initiative_id', value: (row) => row.initiative.id },
	{ header: 'initiative_rank', value: (row) => row.initiative.rank },
	{ header: 'plan_types', value: (row) => row.initiative.planTypes.map((planType) => planType.id).join(';') },
	{ header: 'plan_types_ja', value: (row) => row.initiative.planTypes.map((planType) => planType.label.ja).join('／') },
	{ header: 'initiative_ja', value: (row) => row.initiative.title.ja },
	{ header: 'initiative_en', value: (row) => row.initiative.title.en },
	{ header: 'indicator_number', value: (row) => row.number },
	{ header: 'indicator_ja', value: (row) => row.name.ja },
	{ header: 'indicator_en', value: (row) => row.name.en },
	{ header: 'target_ja', value: (row) => row.target.ja },
	{ header: 'target_en', value: (row) => row.target.en },
	{ header: 'target_kind', value: (row) => row.measure.kind },
	{ header: 'target_value', value: (row) => (row.measure.kind === 'numeric' ? row.measure.value : undefined) },
	{ header: 'target_unit', value: (row) => (row.measure.kind === 'numeric' ? row.measure.unit : undefined) },
	{ header: 'target_direction', value: (row) => (row.measure.kind === 'numeric' ? row.measure.direction : undefined) },
	{ header: 'target_milestone', value: (row) => (row.measure.kind === 'milestone' ? row.measure.milestone : undefined) },
	{ header: 'result_ja', value: (row) => row.result?.ja },
	{ header: 'result_en', value: (row) => row.result?.en },
	{ header: 'indicator_status', value: (row) => row.status },
	{ header: 'mid_year_status', value: (row) => row.midYearStatus },
	{ header: 'year_end_rating', value: (row) => row.yearEndRating },
	{ header: 'url_ja', value: (row, site) => new URL(`${row.pages.ja}#${row.anchor}`, site).href },
	{ header: 'url_en', value: (row, site) => new URL(`${row.pages.en}#${row.anchor}`, site).href },
];
