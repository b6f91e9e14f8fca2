import { languages, type Language } from '../../schemas/localized-text.ts';

/** One static path per language, for pages that exist in both. */
export function perLanguage<Props extends Record<string, unknown>>(
	params: Record<string, string | number>,
	props: Props,
): Array<{ params: Record<string, string> & { lang: Language }; props: Props }> {
	const stringParams = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
	return languages.map((lang) => ({ params: { ...stringParams, lang }, props }));
}
