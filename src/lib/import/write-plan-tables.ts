import type { Organization } from '../../schemas/organization.ts';
import type { Plan, TextItem } from '../../schemas/plan.ts';
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

/** A cell may not hold tabs or line breaks; paragraphs become `<p>` as in the city's exports. */
function cell(text: string): string {
	return text.replace(/[\t\r]/gu, ' ').replace(/\n/gu, ' ');
}
function paragraphs(texts: string[]): string {
	return texts.length === 1 && !/^[①-⑳・○]/u.test(texts[0]) ? cell(texts[0]) : texts.map((text) => `<p>${cell(text)}</p>`).join(' ');
}
/** A sub-number marker is followed by a space, as in the city's exports, so `①ー2 12件` stays readable. */
function itemsCell(items: Array<{ marker?: string; text: string }>): string {
	return paragraphs(items.map((item) => (item.marker ? `${item.marker}${item.marker.includes('ー') ? ' ' : ''}${item.text}` : item.text)));
}
function prose(text: string | undefined): string {
	return text ? paragraphs(text.split('\n')) : '';
}
const japanese = (items: TextItem[]) => items.map((item) => ({ marker: item.marker, text: item.text.ja }));
const planTypeCell = (ids: string[], planTypes: PlanTypes) =>
	ids.length
		? planTypesOf(ids, planTypes)
				.map((planType) => planType.label.ja)
				.join('／')
		: '-';

/**
 * Writes plans back in the city's table-export format (tab-separated, one table per section, official
 * Japanese), so staff can round-trip through a spreadsheet and `npm run import` reads it back. A cell that would
 * start a spreadsheet formula is neutralised with a leading quote (`neutraliseCell`), which the import removes.
 */
export function writePlanTables(
	plans: readonly Plan[],
	{ organization, scales, planTypes }: { organization: Organization; scales: ReviewScales; planTypes: PlanTypes },
): string {
	const rows: string[][] = [];
	for (const plan of plans) {
		const department = organization.departments.find(({ id }) => id === plan.department)!;
		const section = department.sections.find(({ id }) => id === plan.section)!;
		const parent = section.parent ? department.sections.find(({ id }) => id === section.parent) : undefined;
		const name = `${department.name.ja}${parent ? `${parent.name.ja} ` : ''}${section.name.ja}`;
		rows.push([], ['部課名', '', name], ['課の使命', '', itemsCell(japanese(plan.mission))], ['実行計画（年度目標）'], ...headerRows);
		for (const initiative of plan.initiatives) {
			const { midYear, yearEnd } = initiative.review;
			const indicators = initiative.indicators;
			const hasResults = indicators.some((indicator) => indicator.result);
			rows.push([
				String(initiative.rank),
				planTypeCell(initiative.planTypes, planTypes),
				cell(initiative.title.ja),
				itemsCell(japanese(initiative.activities)),
				[
					itemsCell(indicators.map((indicator) => ({ marker: indicator.number, text: indicator.name.ja }))),
					...initiative.notes.map((note) => cell(note.ja)),
				].join(' '),
				itemsCell(indicators.map((indicator) => ({ marker: indicator.number, text: indicator.target.text.ja }))),
				midYear ? scales.progressStatus.find(({ id }) => id === midYear.status)!.label.ja : '',
				prose(midYear?.firstHalfAssessment.ja),
				prose(midYear?.secondHalfPlan.ja),
				prose(yearEnd?.summary.ja),
				hasResults ? itemsCell(indicators.map((indicator) => ({ marker: indicator.number, text: indicator.result?.text.ja ?? '' }))) : '',
				yearEnd ? scales.rating.find(({ id }) => id === yearEnd.rating)!.label.ja : '',
				prose(yearEnd?.ratingBasis.ja),
				prose(yearEnd?.issuesAndResponse.ja),
			]);
		}
	}
	return `${rows.map((row) => row.map(neutraliseCell).join('\t')).join('\n')}\n`;
}
