import type { Organization } from '../../schemas/organization.ts';
import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';

/** Checks ids are unique and every unit's parent is a division of the same department. */
export function checkOrganization(organization: Organization, yaml: YamlFile): DataProblem[] {
	const problems: DataProblem[] = [];
	const report = (path: PropertyKey[], en: string, ja: string) =>
		problems.push({ file: yaml.file, ...yaml.locate(path), severity: 'error', message: { ja, en } });
	const departmentIds = new Set<string>();
	organization.departments.forEach((department, departmentIndex) => {
		if (departmentIds.has(department.id)) {
			report(['departments', departmentIndex, 'id'], `Department id "${department.id}" is used twice.`, `部のID「${department.id}」が重複しています。`);
		}
		departmentIds.add(department.id);
		const sectionIds = new Set<string>();
		department.sections.forEach((section, sectionIndex) => {
			const at = ['departments', departmentIndex, 'sections', sectionIndex];
			if (sectionIds.has(section.id)) {
				report([...at, 'id'], `Section id "${section.id}" is used twice in this department.`, `課のID「${section.id}」がこの部で重複しています。`);
			}
			sectionIds.add(section.id);
			const parent = section.parent && department.sections.find(({ id }) => id === section.parent);
			if (section.kind === 'unit' && (!parent || parent.kind !== 'division')) {
				report(
					[...at, section.parent ? 'parent' : 'kind'],
					`A unit must name the division it belongs to as "parent" (an id of a division in the same department).`,
					`担当（unit）は、所属する課のIDを「parent」に書いてください（同じ部の課である必要があります）。`,
				);
			}
			if (section.kind !== 'unit' && section.parent) {
				report([...at, 'parent'], `Only units have a parent; remove "parent" or set kind to unit.`, `「parent」は担当（unit）だけに書きます。削除するか kind を unit にしてください。`);
			}
		});
	});
	return problems;
}
