import type { Organization } from '../../schemas/organization.ts';
import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';

/**
 * Checks ids are unique, every unit's parent is a division of the same department, and every `formerly`
 * names an existing section other than itself, without a cycle (A continues B, B continues A).
 */
export function checkOrganization(organization: Organization, yaml: YamlFile): DataProblem[] {
	const problems: DataProblem[] = [];
	const report: Report = (path, en, ja) =>
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
	checkFormerSections(organization, report);
	return problems;
}

type Report = (path: PropertyKey[], en: string, ja: string) => void;

/** The `formerly` entries: each must name another existing section, and following them must never come back. */
function checkFormerSections(organization: Organization, report: Report): void {
	const key = (department: string, section: string) => `${department}/${section}`;
	const known = new Set(organization.departments.flatMap((department) => department.sections.map((section) => key(department.id, section.id))));
	const earlier = new Map<string, string[]>();
	organization.departments.forEach((department, departmentIndex) => {
		department.sections.forEach((section, sectionIndex) => {
			const own = key(department.id, section.id);
			section.formerly.forEach((former, formerIndex) => {
				const at = ['departments', departmentIndex, 'sections', sectionIndex, 'formerly', formerIndex];
				const other = key(former.department, former.section);
				if (!organization.departments.some(({ id }) => id === former.department)) {
					report([...at, 'department'], `No department has the id "${former.department}".`, `部のID「${former.department}」は存在しません。`);
				} else if (!known.has(other)) {
					report(
						[...at, 'section'],
						`Department "${former.department}" has no section "${former.section}"; keep the earlier section in organization.yaml and name its id here.`,
						`部「${former.department}」に課のID「${former.section}」はありません。以前の課も organization.yaml に残し、そのIDを書いてください。`,
					);
				} else if (other === own) {
					report([...at, 'section'], `A section cannot continue itself; name the earlier section it continues.`, `課が自分自身を引き継ぐことはできません。引き継ぐ以前の課を書いてください。`);
				} else {
					earlier.set(own, [...(earlier.get(own) ?? []), other]);
				}
			});
		});
	});
	const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
		(earlier.get(from) ?? []).some((next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))));
	organization.departments.forEach((department, departmentIndex) => {
		department.sections.forEach((section, sectionIndex) => {
			const own = key(department.id, section.id);
			if (section.formerly.length && reaches(own, own)) {
				report(
					['departments', departmentIndex, 'sections', sectionIndex, 'formerly'],
					`"formerly" goes round in a circle: following it from ${own} comes back to ${own}. A section can only continue earlier sections.`,
					`「formerly」が循環しています：${own} からたどると ${own} に戻ります。引き継げるのは以前の課だけです。`,
				);
			}
		});
	});
}
