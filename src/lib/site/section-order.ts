import type { Department, Organization, Section } from '../../schemas/organization.ts';

/** The key of a section across the data set: section ids are unique only within their department. */
export const sectionKey = (department: string, section: string) => `${department}/${section}`;

/** A department with its sections, both in the organization's order. */
export interface OrderedDepartment {
	department: Department;
	sections: Section[];
}

/**
 * Departments by `order`, each with its sections by `order`: the one order of every listing, table,
 * download and export.
 */
export function orderedDepartments(organization: Organization): OrderedDepartment[] {
	return [...organization.departments]
		.sort((a, b) => a.order - b.order)
		.map((department) => ({ department, sections: [...department.sections].sort((a, b) => a.order - b.order) }));
}

/** Each section's position (from 1) in the organization's order, by `sectionKey`: a number to sort by. */
export function sectionPositions(organization: Organization): Map<string, number> {
	const positions = new Map<string, number>();
	for (const { department, sections } of orderedDepartments(organization)) {
		for (const section of sections) positions.set(sectionKey(department.id, section.id), positions.size + 1);
	}
	return positions;
}
