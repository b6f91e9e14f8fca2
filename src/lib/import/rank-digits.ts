/** Digits as staff may type them in a spreadsheet: full-width, kanji or circled, besides ASCII. */
const fullWidthDigits = /[０-９]/gu;
const kanjiDigits = '〇一二三四五六七八九';

/**
 * Reads a rank (順位) written in any of the forms the city's spreadsheets use, `3`, `３`, `三`, `十二` or `③`,
 * as a positive whole number; undefined when the text is anything else.
 */
export function readRankDigits(text: string): number | undefined {
	const trimmed = text.trim().replace(fullWidthDigits, (digit) => String(digit.charCodeAt(0) - 0xff10));
	if (/^\d+$/u.test(trimmed)) return Number(trimmed) > 0 ? Number(trimmed) : undefined;
	if (/^[①-⑳]$/u.test(trimmed)) return trimmed.charCodeAt(0) - 0x2460 + 1;
	if (/^[一二三四五六七八九]$/u.test(trimmed)) return kanjiDigits.indexOf(trimmed);
	const tens = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(trimmed);
	if (tens) return (tens[1] ? kanjiDigits.indexOf(tens[1]) : 1) * 10 + (tens[2] ? kanjiDigits.indexOf(tens[2]) : 0);
	return undefined;
}

/** Sub-numbers written full-width after a circled number (`①ー２`) in the ASCII form plan files use (`①ー2`). */
export function normalizeSubNumbers(text: string): string {
	return text.replace(
		/([①-⑳][ー－-])([０-９0-9]+)/gu,
		(_, marker: string, digits: string) => `${marker.slice(0, 1)}ー${digits.replace(fullWidthDigits, (digit) => String(digit.charCodeAt(0) - 0xff10))}`,
	);
}
