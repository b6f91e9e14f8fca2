import { describe, expect, it } from 'vitest';
import { normalizeSubNumbers, parseRankDigits } from '~/lib/import/rank-digits.ts';
import { editYamlDocument } from '~/lib/import/edit-yaml-document.ts';
import { columnLetter } from '~/lib/import/workbook-layout.ts';
import { cellText } from '~/lib/import/read-workbook.ts';

describe('reading a rank typed in a spreadsheet', () => {
	it('reads ASCII, full-width, kanji and circled digits', () => {
		expect(['3', '３', '１２', '三', '十', '十二', '二十', '③', ' 7 '].map(parseRankDigits)).toEqual([3, 3, 12, 3, 10, 12, 20, 3, 7]);
	});
	it('reads nothing else as a rank', () => {
		expect(['', '0', '-1', '1.5', '二つ', 'A', '十十', '①ー1'].map(parseRankDigits)).toEqual(Array(8).fill(undefined));
	});
	it('writes full-width sub-numbers as plan files do', () => {
		expect(normalizeSubNumbers('①ー１ 累計68回 ②－１２件')).toBe('①ー1 累計68回 ②ー12件');
	});
});

describe('editing YAML through the Document API', () => {
	it('keeps the file’s own layout, comments and quoting: only the edited line changes', () => {
		for (const text of ['# comment\nlist:\n  - a: "x"\n    flow: [b]\n', 'list:\n- a: x # trailing\n  flow: [ b ]\n']) {
			const edited = editYamlDocument(text, (document) => document.setIn(['list', 0, 'c'], 'new'));
			expect(edited.split('\n').filter((line) => !text.split('\n').includes(line))).toEqual([expect.stringMatching(/^ +c: new$/u)]);
		}
	});
});

describe('spreadsheet column letters', () => {
	it('counts A…Z, then AA', () => expect([1, 16, 26, 27, 52].map(columnLetter)).toEqual(['A', 'P', 'Z', 'AA', 'AZ']));
});

describe('the text of a spreadsheet cell', () => {
	it('joins rich text, takes a formula’s result, writes a date as YYYY-MM-DD and drops carriage returns', () => {
		expect(cellText({ richText: [{ text: '①解体' }, { text: '設計' }] })).toBe('①解体設計');
		expect(cellText({ formula: 'A1&B1', result: '順調' })).toBe('順調');
		expect(cellText(new Date(Date.UTC(2025, 9, 15)))).toBe('2025-10-15');
		expect(cellText('一行目\r\n二行目_x000D_')).toBe('一行目\n二行目');
		expect(cellText({ text: 'リンク', hyperlink: 'https://example.org' })).toBe('リンク');
		expect([null, undefined, 3, true].map((value) => cellText(value))).toEqual(['', '', '3', 'true']);
	});
});
