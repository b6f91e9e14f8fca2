import type { Language } from '../../schemas/localized-text.ts';
import type { Department, Section } from '../../schemas/organization.ts';
import { pickText, type PickedText } from '../i18n/localized.ts';

/**
 * A section's name as readers know it: a unit is named with its division
 * (`企画政策課 公共施設再編担当`, `Planning and Policy Division, Public Facilities Restructuring Unit`).
 */
export function sectionDisplayName(department: Department, section: Section, lang: Language): PickedText {
	const own = pickText(section.name, lang);
	const parent = section.parent ? department.sections.find(({ id }) => id === section.parent) : undefined;
	if (!parent) return own;
	const parentName = pickText(parent.name, lang);
	if (parentName.lang !== own.lang) return pickText({ ja: `${parent.name.ja} ${section.name.ja}` }, lang);
	return { ...own, value: own.lang === 'ja' ? `${parentName.value} ${own.value}` : `${parentName.value}, ${own.value}` };
}
