import { describe, expect, it } from 'vitest';
import { wrapLabel } from '~/lib/charts/wrap-label.ts';

/** A stand-in for canvas text measurement: full-width characters 14 px, others 7 px. */
const measure = (text: string) => [...text].reduce((width, character) => width + (/[\u3000-\u9fff\uff00-\uffef]/u.test(character) ? 14 : 7), 0);

describe('chart labels wrap into lines instead of being cut', () => {
	const japanese = '1① 窓口での申請から交付までにかかった平均日数（郵送申請を含む）';

	it('keeps every character of a long Japanese label, each line within the width', () => {
		const lines = wrapLabel(japanese, 100, measure);
		expect(lines.join('').replaceAll(' ', '')).toBe(japanese.replaceAll(' ', ''));
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
	});

	it('never starts a line with a closing mark and never splits a number', () => {
		const lines = wrapLabel('相談件数、12345件の削減（前年度比）。', 42, measure);
		for (const line of lines) expect(line).not.toMatch(/^[、。）]/u);
		expect(lines.some((line) => line.includes('12345'))).toBe(true);
	});

	it('breaks English between words', () => {
		expect(wrapLabel('Share of enquiries answered within 10 days', 120, measure)).toEqual(['Share of', 'enquiries', 'answered within', '10 days']);
	});

	it('leaves a short label on one line', () => {
		expect(wrapLabel('FY2025', 120, measure)).toEqual(['FY2025']);
	});
});
