import type { LocalizedText } from '../../schemas/localized-text.ts';
import type { Department, Organization, Section } from '../../schemas/organization.ts';
import type { Indicator, Initiative, Plan } from '../../schemas/plan.ts';
import type { PlanType, PlanTypes } from '../../schemas/plan-types.ts';
import { planTypesOf } from './plan-type-labels.ts';
import type { TargetMeasure } from '../../schemas/target.ts';
import { indicatorStatus, type IndicatorStatus } from '../reviews/achievement.ts';
import { indicatorAnchor } from './anchors.ts';
import { sectionPath } from './paths.ts';
import { sectionDisplayName } from './section-names.ts';
import { orderedDepartments, sectionKey } from './section-order.ts';

/** One indicator with everything needed to list, filter, download or search it on its own. */
export interface IndicatorRow {
	fiscalYear: number;
	department: { id: string; name: LocalizedText };
	/** The section, with its display name (a unit named with its division) and its position in the organization's order. */
	section: { id: string; name: LocalizedText; order: number };
	initiative: { id: string; rank: number; title: LocalizedText; planTypes: PlanType[] };
	/** Position of the indicator within its initiative (0-based). */
	position: number;
	number?: string;
	name: LocalizedText;
	target: LocalizedText;
	measure: TargetMeasure;
	result?: LocalizedText;
	status: IndicatorStatus;
	/** Mid-year progress status id and year-end rating id of the initiative, when reported. */
	midYearStatus?: string;
	yearEndRating?: string;
	/** The indicator's permalink anchor, the same in both languages. */
	anchor: string;
	/** Site paths of the indicator's section page in each language, without the anchor. */
	pages: { ja: string; en: string };
}

function displayName(department: Department, section: Section): LocalizedText {
	const ja = sectionDisplayName(department, section, 'ja').value;
	const en = sectionDisplayName(department, section, 'en');
	return { ja, ...(en.lang === 'en' ? { en: en.value } : {}) };
}

interface Place {
	department: Department;
	section: Section;
	/** The section's position in the organization's order, from 1. */
	order: number;
}

function row(
	{ department, section, order }: Place,
	plan: Plan,
	initiative: Initiative,
	indicator: Indicator,
	position: number,
	planTypes: PlanTypes,
): IndicatorRow {
	return {
		fiscalYear: plan.fiscalYear,
		department: { id: department.id, name: department.name },
		section: { id: section.id, name: displayName(department, section), order },
		initiative: { id: initiative.id, rank: initiative.rank, title: initiative.title, planTypes: planTypesOf(initiative.planTypes, planTypes) },
		position,
		...(indicator.number ? { number: indicator.number } : {}),
		name: indicator.name,
		target: indicator.target.text,
		measure: indicator.measure,
		...(indicator.result ? { result: indicator.result.text } : {}),
		status: indicatorStatus(indicator),
		...(initiative.review.midYear ? { midYearStatus: initiative.review.midYear.status } : {}),
		...(initiative.review.yearEnd ? { yearEndRating: initiative.review.yearEnd.rating } : {}),
		anchor: indicatorAnchor(initiative, indicator, position),
		pages: {
			ja: sectionPath('ja', plan.fiscalYear, department.id, section.id),
			en: sectionPath('en', plan.fiscalYear, department.id, section.id),
		},
	};
}

/**
 * Every indicator of the given plans as one flat list, in the organization's order of departments and
 * sections, then by rank and position: the shape of the indicator index, the CSV files and the search.
 */
export function indicatorRows(organization: Organization, planTypes: PlanTypes, plans: readonly Plan[]): IndicatorRow[] {
	const places = new Map<string, Place>();
	for (const { department, sections } of orderedDepartments(organization)) {
		for (const section of sections) places.set(sectionKey(department.id, section.id), { department, section, order: places.size + 1 });
	}
	const rows = plans.flatMap((plan) => {
		const place = places.get(sectionKey(plan.department, plan.section));
		if (!place) return [];
		return plan.initiatives.flatMap((initiative) =>
			initiative.indicators.map((indicator, position) => row(place, plan, initiative, indicator, position, planTypes)),
		);
	});
	return rows.sort(
		(a, b) => a.fiscalYear - b.fiscalYear || a.section.order - b.section.order || a.initiative.rank - b.initiative.rank || a.position - b.position,
	);
}
