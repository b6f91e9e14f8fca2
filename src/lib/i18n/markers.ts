import type { Language } from '../../schemas/localized-text.ts';

/**
 * A list marker or item number as shown on a page. Japanese pages show it as published;
 * English pages keep circled numbers (they tie activities to indicators) but write the
 * Japanese long-vowel dash as a hyphen (`①ー1` → `①-1`) and `・` as a bullet.
 */
export function displayMarker(marker: string, lang: Language): string {
	if (lang === 'ja') return marker;
	if (marker === '・') return '•';
	return marker.replace('ー', '-');
}
