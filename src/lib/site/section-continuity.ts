import type { FormerSection, Organization } from '../../schemas/organization.ts';
import type { Plan } from '../../schemas/plan.ts';
import { sectionKey } from './section-order.ts';

/** A section's plan in the fiscal year before or after another one: the same section's, or a predecessor's or successor's. */
export interface SectionContinuity<P extends Plan = Plan> {
	/** Plans of the year before that this plan continues: its own section's, and those of the sections merged into it or split from. */
	previous(plan: P): P[];
	/** Plans of the year after that continue this plan: its own section's, and those of the sections it was renamed, merged or split into. */
	next(plan: P): P[];
	/**
	 * The plan and every earlier plan it continues: its own section's of earlier years, and, through
	 * `formerly`, those of the sections it was renamed from, merged from or split from. Oldest first.
	 */
	lineage(plan: P): P[];
}

/**
 * Follows sections across fiscal years through `formerly` in the organization: a section `S` with
 * `formerly: [{ department: D, section: E, until: Y }]` continues the plans of `D/E` of year `Y` from
 * year `Y + 1`. A rename has one such entry, a merge one per merged section, and a split one on each new
 * section (both naming the section they came from). Built once from all plans; every look-up is a map read.
 */
export function sectionContinuity<P extends Plan>(organization: Organization, plans: readonly P[]): SectionContinuity<P> {
	const planAt = new Map<string, P>();
	const plansBySection = new Map<string, P[]>();
	for (const plan of plans) {
		const section = sectionKey(plan.department, plan.section);
		planAt.set(`${plan.fiscalYear}/${section}`, plan);
		plansBySection.set(section, [...(plansBySection.get(section) ?? []), plan]);
	}
	/** `<section>` → the `formerly` entries of that section. */
	const formerly = new Map<string, FormerSection[]>();
	/** `<until>/<earlier section>` → the sections that continue it from the year after. */
	const successors = new Map<string, string[]>();
	for (const department of organization.departments) {
		for (const section of department.sections) {
			const own = sectionKey(department.id, section.id);
			formerly.set(own, section.formerly);
			for (const former of section.formerly) {
				const earlier = sectionKey(former.department, former.section);
				const successorKey = `${former.until}/${earlier}`;
				successors.set(successorKey, [...(successors.get(successorKey) ?? []), own]);
			}
		}
	}
	const plansOf = (year: number, sections: readonly string[]) => [...new Set(sections)].flatMap((section) => planAt.get(`${year}/${section}`) ?? []);
	const previous = (plan: P) => {
		const own = sectionKey(plan.department, plan.section);
		const year = plan.fiscalYear - 1;
		const continued = (formerly.get(own) ?? []).filter((former) => former.until === year);
		return plansOf(year, [own, ...continued.map((former) => sectionKey(former.department, former.section))]);
	};
	const next = (plan: P) => {
		const own = sectionKey(plan.department, plan.section);
		return plansOf(plan.fiscalYear + 1, [own, ...(successors.get(`${plan.fiscalYear}/${own}`) ?? [])]);
	};
	const lineage = (plan: P) => {
		const found = new Set<P>();
		const visit = (section: string, upTo: number, seen: ReadonlySet<string>) => {
			for (const other of plansBySection.get(section) ?? []) if (other.fiscalYear <= upTo) found.add(other);
			for (const former of formerly.get(section) ?? []) {
				const earlier = sectionKey(former.department, former.section);
				if (former.until < upTo && !seen.has(earlier)) visit(earlier, former.until, new Set([...seen, earlier]));
			}
		};
		const own = sectionKey(plan.department, plan.section);
		visit(own, plan.fiscalYear, new Set([own]));
		return [...found].sort((a, b) => a.fiscalYear - b.fiscalYear);
	};
	return { previous, next, lineage };
}
