import type { Language } from '../../schemas/localized-text.ts';

/** The Japanese era year of a fiscal year: 2025 → `令和7`, 2019 → `令和元`. */
export function japaneseEraYear(year: number): string {
	const eras: ReadonlyArray<[number, string]> = [
		[2019, '令和'],
		[1989, '平成'],
	];
	const [start, name] = eras.find(([first]) => year >= first) ?? eras[eras.length - 1];
	const eraYear = year - start + 1;
	return `${name}${eraYear === 1 ? '元' : eraYear}`;
}

/** `2025年度（令和7年度）` in Japanese, `FY2025` in English. */
export function fiscalYearLabel(year: number, lang: Language): string {
	return lang === 'ja' ? `${year}年度（${japaneseEraYear(year)}年度）` : `FY${year}`;
}
