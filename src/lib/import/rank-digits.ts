const kanjiDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number written in kanji up to 999 (`四`, `十二`, `二十三`, `百五`), or undefined. */
function kanjiNumber(text: string): number | undefined {
	if (!/^[〇零一二三四五六七八九十百]+$/u.test(text)) return undefined;
	if (/^[〇零一二三四五六七八九]+$/u.test(text)) return Number([...text].map((digit) => kanjiDigits[digit]).join(''));
	const parts = /^(?:([一二三四五六七八九])?百)?(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/u.exec(text);
	if (!parts) return undefined;
	const [, hundreds, tens, ones] = parts;
	const value =
		(text.includes('百') ? (hundreds ? kanjiDigits[hundreds] : 1) * 100 : 0) +
		(text.includes('十') ? (tens ? kanjiDigits[tens] : 1) * 10 : 0) +
		(ones ? kanjiDigits[ones] : 0);
	return value || undefined;
}

/**
 * A rank (順位) as a spreadsheet or a person may have written it: ASCII or full-width digits (`4`, `４`), a circled
 * number (`④`), kanji (`四`, `十二`), with or without `第`…`位` or a trailing period. Undefined when the text is
 * not a positive whole number, so that the caller can say so rather than skip the row.
 */
export function parseRankDigits(cell: string): number | undefined {
	const text = cell
		.normalize('NFKC')
		.replace(/\s+/gu, '')
		.replace(/^第/u, '')
		.replace(/[位.]$/u, '');
	const value = /^\d+$/u.test(text) ? Number(text) : kanjiNumber(text);
	return value !== undefined && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/** Sub-numbers written full-width after a circled number (`①ー２`) in the ASCII form plan files use (`①ー2`). */
export function normalizeSubNumbers(text: string): string {
	return text.replace(/([①-⑳])[ー－-]([０-９0-9]+)/gu, (_, marker: string, digits: string) => `${marker}ー${digits.normalize('NFKC')}`);
}
