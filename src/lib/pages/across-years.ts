import type { Language } from '../../schemas/localized-text.ts';
import type { Initiative } from '../../schemas/plan.ts';
import type { PickedText } from '../i18n/localized.ts';
import { initiativeAnchor } from '../site/anchors.ts';
import { fiscalYearLabel } from '../site/fiscal-year.ts';
import { sectionPath } from '../site/paths.ts';
import { sectionDisplayName } from '../site/section-names.ts';
import type { PlanWithFile, SiteData } from '../site/site-data.ts';
import { initiativeChanges, type InitiativeChanges } from './initiative-changes.ts';

/** A link to a section's plan of another fiscal year, named as the section was named then. */
export interface YearLink {
	fiscalYear: number;
	/** `2024年度（令和6年度）` / `FY2024`. */
	yearLabel: string;
	/** The section's name in that year's organization entry (an earlier name, after a rename). */
	section: PickedText;
	href: string;
}

/** The same initiative (same id) in the plan of the year before or after. */
export interface InitiativeLink {
	yearLabel: string;
	href: string;
}

/** How one initiative of the page ties to the years around it. */
export interface InitiativeAcrossYears {
	previous?: InitiativeLink;
	next?: InitiativeLink;
	/** How it differs from the previous year's; undefined when it is new this year. */
	changes?: InitiativeChanges & { since: string };
}

/** What a section page shows across fiscal years: links to the section then, and each initiative's links and changes. */
export interface AcrossYears {
	previous: YearLink[];
	next: YearLink[];
	/** By initiative id. */
	initiatives: Map<string, InitiativeAcrossYears>;
}

function yearLink(data: SiteData, plan: PlanWithFile, lang: Language): YearLink {
	const department = data.organization.departments.find(({ id }) => id === plan.department)!;
	const section = department.sections.find(({ id }) => id === plan.section)!;
	return {
		fiscalYear: plan.fiscalYear,
		yearLabel: fiscalYearLabel(plan.fiscalYear, lang),
		section: sectionDisplayName(department, section, lang),
		href: sectionPath(lang, plan.fiscalYear, plan.department, plan.section),
	};
}

/** The first plan (of several, after a merge or split) that has an initiative with this id, and the initiative. */
function sameInitiative(plans: readonly PlanWithFile[], id: string): { plan: PlanWithFile; initiative: Initiative } | undefined {
	for (const plan of plans) {
		const initiative = plan.initiatives.find((candidate) => candidate.id === id);
		if (initiative) return { plan, initiative };
	}
	return undefined;
}

/**
 * A section plan's ties to the fiscal years before and after it, following renamed, merged and split
 * sections: the section's pages then, and for each initiative kept with the same id, its link in those
 * years and what changed since the previous year.
 */
export function acrossYears(data: SiteData, plan: PlanWithFile, lang: Language): AcrossYears {
	const previousPlans = data.continuity.previous(plan);
	const nextPlans = data.continuity.next(plan);
	const link = (found: { plan: PlanWithFile; initiative: Initiative } | undefined): InitiativeLink | undefined =>
		found && {
			yearLabel: fiscalYearLabel(found.plan.fiscalYear, lang),
			href: `${sectionPath(lang, found.plan.fiscalYear, found.plan.department, found.plan.section)}#${initiativeAnchor(found.initiative)}`,
		};
	const initiatives = new Map(
		plan.initiatives.map((initiative) => {
			const before = sameInitiative(previousPlans, initiative.id);
			const previous = link(before);
			return [
				initiative.id,
				{
					previous,
					next: link(sameInitiative(nextPlans, initiative.id)),
					changes: before && previous && { ...initiativeChanges(before.initiative, initiative, lang), since: previous.yearLabel },
				},
			];
		}),
	);
	return {
		previous: previousPlans.map((other) => yearLink(data, other, lang)),
		next: nextPlans.map((other) => yearLink(data, other, lang)),
		initiatives,
	};
}
