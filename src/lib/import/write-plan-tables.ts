import type { Organization } from '../../schemas/organization.ts';
import type { Initiative, Plan, TextItem } from '../../schemas/plan.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';
import { planTypesOf } from '../site/plan-type-labels.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import { neutraliseCell } from '../open-data/spreadsheet-cell.ts';

/** The two header rows of a table, in the widest (14-column) layout the city's exports use. */
const headerRows = [
	['順位', '計画類型', '年度目標設定', '', '', '', '中間確認', '', '', '年度末確認', '', '', '', ''],
	[
		'',
		'',
		'取組項目',
		'具体的な活動内容',
		'指標',
		'目標値',
		'進捗状況',
		'上半期の状況や評価',
		'下半期の予定',
		'1年間の総括',
		'目標値に対する実績値',
		'評価',
		'評価の視点',
		'課題と対応',
	],
];

/** What a plan writer needs of the data set besides the plans. */
export interface PlanTableContext {
	organization: Organization;
	scales: ReviewScales;
	planTypes: PlanTypes;
}

/** A cell may not hold tabs or line breaks; paragraphs become `<p>` as in the city's exports. */
function cell(text: string): string {
	return text.replace(/[\t\r]/gu, ' ').replace(/\n/gu, ' ');
}
function paragraphs(texts: string[]): string {
	return texts.length === 1 && !/^[①-⑳・○]/u.test(texts[0]) ? cell(texts[0]) : texts.map((text) => `<p>${cell(text)}</p>`).join(' ');
}

/**
 * One cell of the table export from the lines a spreadsheet cell shows: one line is the cell as it is;
 * several are `<p>` paragraphs, as in the city's exports, except notes (`※…`), which follow after a space.
 */
export function tableCell(lines: readonly string[]): string {
	if (lines.length === 0) return '';
	const notes = lines.filter((line) => line.startsWith('※'));
	const body = lines.filter((line) => !line.startsWith('※'));
	return [...(body.length ? [paragraphs(body)] : []), ...notes.map(cell)].join(' ');
}

/** A sub-number marker is followed by a space, as in the city's exports, so `①ー2 12件` stays readable. */
function itemLines(items: Array<{ marker?: string; text: string }>): string[] {
	return items.map((item) => (item.marker ? `${item.marker}${item.marker.includes('ー') ? ' ' : ''}${item.text}` : item.text));
}
const proseLines = (text: string | undefined) => (text ? text.split('\n') : []);
const japanese = (items: TextItem[]) => items.map((item) => ({ marker: item.marker, text: item.text.ja }));
const planTypeLabel = (ids: string[], planTypes: PlanTypes) =>
	ids.length
		? planTypesOf(ids, planTypes)
				.map((planType) => planType.label.ja)
				.join('／')
		: '-';

/** The department-and-section name a table's `部課名` row gives, e.g. `政策経営部企画政策課 公共施設再編担当`. */
export function sectionTableName(plan: Pick<Plan, 'department' | 'section'>, organization: Organization): string {
	const department = organization.departments.find(({ id }) => id === plan.department)!;
	const section = department.sections.find(({ id }) => id === plan.section)!;
	const parent = section.parent ? department.sections.find(({ id }) => id === section.parent) : undefined;
	return `${department.name.ja}${parent ? `${parent.name.ja} ` : ''}${section.name.ja}`;
}

/** The mission cell's lines. */
export const missionLines = (plan: Plan) => itemLines(japanese(plan.mission));

/**
 * The 14 cells of an initiative's row in the city's column order (rank, plan type, title, activities,
 * indicators and notes, targets, then the review columns), each as the lines a spreadsheet cell shows.
 */
export function initiativeCells(initiative: Initiative, { scales, planTypes }: Omit<PlanTableContext, 'organization'>): string[][] {
	const { midYear, yearEnd } = initiative.review;
	const indicators = initiative.indicators;
	const hasResults = indicators.some((indicator) => indicator.result);
	const label = (levels: ReviewScales['rating'], id: string | undefined) => (id ? [levels.find((level) => level.id === id)!.label.ja] : []);
	return [
		[String(initiative.rank)],
		[planTypeLabel(initiative.planTypes, planTypes)],
		[initiative.title.ja],
		itemLines(japanese(initiative.activities)),
		[...itemLines(indicators.map((indicator) => ({ marker: indicator.number, text: indicator.name.ja }))), ...initiative.notes.map((note) => note.ja)],
		itemLines(indicators.map((indicator) => ({ marker: indicator.number, text: indicator.target.text.ja }))),
		label(scales.progressStatus, midYear?.status),
		proseLines(midYear?.firstHalfAssessment.ja),
		proseLines(midYear?.secondHalfPlan.ja),
		proseLines(yearEnd?.summary.ja),
		hasResults ? itemLines(indicators.map((indicator) => ({ marker: indicator.number, text: indicator.result?.text.ja ?? '' }))) : [],
		label(scales.rating, yearEnd?.rating),
		proseLines(yearEnd?.ratingBasis.ja),
		proseLines(yearEnd?.issuesAndResponse.ja),
	];
}

/**
 * Writes plans back in the city's table-export format (tab-separated, one table per section, official
 * Japanese), so staff can round-trip through a spreadsheet and `npm run import` reads it back. A cell that would
 * start a spreadsheet formula is neutralised with a leading quote (`neutraliseCell`), which the import removes.
 */
export function writePlanTables(plans: readonly Plan[], context: PlanTableContext): string {
	const rows: string[][] = [];
	for (const plan of plans) {
		rows.push(
			[],
			['部課名', '', sectionTableName(plan, context.organization)],
			['課の使命', '', tableCell(missionLines(plan))],
			['実行計画（年度目標）'],
			...headerRows,
		);
		for (const initiative of plan.initiatives) rows.push(initiativeCells(initiative, context).map(tableCell));
	}
	return `${rows.map((row) => row.map(neutraliseCell).join('\t')).join('\n')}\n`;
}
