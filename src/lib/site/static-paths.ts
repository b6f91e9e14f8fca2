import { languages, type Language } from '../../schemas/localized-text.ts';

/** One static path per language, for pages that exist in both. */
export function perLanguage<Props extends Record<string, unknown>>(
	params: Record<string, string | number>,
	props: Props,
): Array<{ params: Record<string, string> & { lang: Language }; props: Props }> {
	const stringParams = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
	return languages.map((lang) => ({ params: { ...stringParams, lang }, props }));
}

/** One static path per section plan (year, department, section), with the plan as a prop. */
export function sectionPlanPaths<P extends { fiscalYear: number; department: string; section: string }>(
	years: ReadonlyArray<{ departments: ReadonlyArray<{ sections: ReadonlyArray<{ plan: P }> }> }>,
) {
	return years.flatMap((year) =>
		year.departments.flatMap((department) =>
			department.sections.map(({ plan }) => ({
				params: { year: String(plan.fiscalYear), department: plan.department, section: plan.section },
				props: { plan },
			})),
		),
	);
}
