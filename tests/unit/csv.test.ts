import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '~/lib/open-data/csv.ts';
import { parseCsv } from '../browser/parse-csv.ts';

describe('CSV writing', () => {
	it('quotes fields with commas, quotes and line breaks', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('“e-まち” "x"')).toBe('"“e-まち” ""x"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField(undefined)).toBe('');
		expect(csvField(140000)).toBe('140000');
	});
	it('starts with a byte-order mark, ends lines with CRLF, and reads back the same', () => {
		const text = toCsv(
			['a', 'b'],
			[
				['町田市, 政策経営部', 'x"y'],
				['', 3],
			],
		);
		expect(text.startsWith('\ufeffa,b\r\n')).toBe(true);
		expect(parseCsv(text.slice(1))).toEqual([
			['a', 'b'],
			['町田市, 政策経営部', 'x"y'],
			['', '3'],
		]);
	});
});
