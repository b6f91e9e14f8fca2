import type { Plan } from '../../schemas/plan.ts';
import { indicatorNumberingProblems } from './check-numbering.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';
import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';
import { notAChoice } from './choice-message.ts';

/** What a plan file is checked against, beyond its own schema. */
export interface PlanContext {
	organization: Organization;
	scales: ReviewScales;
	planTypes: PlanTypes;
	/** The fiscal year, department and section that the file's path names. */
	pathParts: { fiscalYear: number; department: string; section: string };
}

/**
 * Checks that need more than one field or more than one file: the path agrees with the content,
 * the section exists, ranks run 1, 2, 3…, ids and numbers are unique, review values are on the scale.
 * Returns located problems; an empty list means the plan is consistent.
 */
export function checkPlan(plan: Plan, yaml: YamlFile, context: PlanContext): DataProblem[] {
	const problems: DataProblem[] = [];
	const report = (path: PropertyKey[], en: string, ja: string, severity: DataProblem['severity'] = 'error') =>
		problems.push({ file: yaml.file, ...yaml.locate(path), severity, message: { ja, en } });

	const { pathParts } = context;
	if (plan.fiscalYear !== pathParts.fiscalYear) {
		report(
			['fiscalYear'],
			`fiscalYear is ${plan.fiscalYear} but the file is in the folder for ${pathParts.fiscalYear}. Make them the same.`,
			`fiscalYear が ${plan.fiscalYear} ですが、ファイルは ${pathParts.fiscalYear} 年度のフォルダにあります。どちらかを直してください。`,
		);
	}
	const department = context.organization.departments.find(({ id }) => id === plan.department);
	if (!department) {
		report(
			['department'],
			`Unknown department "${plan.department}". Use an id from data/organization.yaml.`,
			`部のID「${plan.department}」は data/organization.yaml にありません。`,
		);
	} else if (!department.sections.some(({ id }) => id === plan.section)) {
		report(
			['section'],
			`Unknown section "${plan.section}" in department "${plan.department}". Use an id from data/organization.yaml.`,
			`課のID「${plan.section}」は data/organization.yaml の「${plan.department}」にありません。`,
		);
	}
	if (plan.department !== pathParts.department || plan.section !== pathParts.section) {
		report(
			[plan.department !== pathParts.department ? 'department' : 'section'],
			`The file path names ${pathParts.department}/${pathParts.section} but the file says ${plan.department}/${plan.section}. Make them the same.`,
			`ファイルの場所（${pathParts.department}/${pathParts.section}）と内容（${plan.department}/${plan.section}）が一致しません。`,
		);
	}

	const initiativeIds = new Set<string>();
	plan.initiatives.forEach((initiative, index) => {
		const at = ['initiatives', index];
		if (initiative.rank !== index + 1) {
			report(
				[...at, 'rank'],
				`Rank ${initiative.rank} is out of order: initiatives must be listed by rank 1, 2, 3… without gaps or repeats; this one should be ${index + 1}.`,
				`順位 ${initiative.rank} の並びが正しくありません。順位は 1, 2, 3… と重複・欠番なく並べてください（ここは ${index + 1}）。`,
			);
		}
		if (initiativeIds.has(initiative.id)) {
			report(
				[...at, 'id'],
				`The id "${initiative.id}" is used twice in this file. Each initiative needs its own id.`,
				`ID「${initiative.id}」がこのファイルで重複しています。取組項目ごとに別のIDにしてください。`,
			);
		}
		initiativeIds.add(initiative.id);
		const known = context.planTypes.planTypes;
		initiative.planTypes.forEach((id, typeIndex) => {
			if (!known.some((planType) => planType.id === id)) {
				const message = known.length
					? notAChoice(id, known, { en: 'Plan type', ja: '計画類型' }, 'plan-types.yaml')
					: {
							en: `Unknown plan type "${id}": this data set defines no plan types (plan-types.yaml). Write planTypes: [].`,
							ja: `計画類型「${id}」は定義にありません。このデータには計画類型の定義（plan-types.yaml）がないため、planTypes: [] と書いてください。`,
						};
				report([...at, 'planTypes', typeIndex], message.en, message.ja);
			} else if (initiative.planTypes.indexOf(id) !== typeIndex) {
				report(
					[...at, 'planTypes', typeIndex],
					`Plan type "${id}" is listed twice for this initiative; list each type once.`,
					`計画類型「${id}」がこの取組項目に2回書かれています。1回だけにしてください。`,
				);
			}
		});
		const { maxPerInitiative } = context.planTypes;
		if (maxPerInitiative !== undefined && initiative.planTypes.length > maxPerInitiative) {
			report(
				[...at, 'planTypes'],
				`An initiative has at most ${maxPerInitiative} plan type(s) (maxPerInitiative in plan-types.yaml); this one has ${initiative.planTypes.length}.`,
				`取組項目の計画類型は${maxPerInitiative}つまでです（plan-types.yaml の maxPerInitiative）。ここには${initiative.planTypes.length}つあります。`,
			);
		}
		for (const problem of indicatorNumberingProblems(initiative)) {
			report([...at, 'indicators', problem.index, ...(problem.field ? [problem.field] : [])], problem.en, problem.ja);
		}
		const { midYear, yearEnd } = initiative.review;
		if (midYear && !context.scales.progressStatus.some(({ id }) => id === midYear.status)) {
			const message = notAChoice(midYear.status, context.scales.progressStatus, { en: 'Progress status', ja: '進捗状況' }, 'review-scales.yaml');
			report([...at, 'review', 'midYear', 'status'], message.en, message.ja);
		}
		if (yearEnd && !context.scales.rating.some(({ id }) => id === yearEnd.rating)) {
			const message = notAChoice(yearEnd.rating, context.scales.rating, { en: 'Rating', ja: '評価' }, 'review-scales.yaml');
			report([...at, 'review', 'yearEnd', 'rating'], message.en, message.ja);
		}
	});
	return problems;
}
