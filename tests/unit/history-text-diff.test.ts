import { describe, expect, it } from 'vitest';
import { diffText, type TextSegment } from '~/lib/history/text-diff.ts';

const side = (segments: readonly TextSegment[], skip: TextSegment['kind']) =>
	segments
		.filter((segment) => segment.kind !== skip)
		.map((segment) => segment.text)
		.join('');

describe('diffText', () => {
	it('finds the one changed character in a Japanese target', () => {
		expect(diffText('目標値 70%以上', '目標値 80%以上')).toEqual([
			{ kind: 'same', text: '目標値 ' },
			{ kind: 'deleted', text: '7' },
			{ kind: 'inserted', text: '8' },
			{ kind: 'same', text: '0%以上' },
		]);
	});
	it('finds an insertion in a sentence without spaces', () => {
		expect(diffText('職員研修を実施します。', '職員研修を年2回実施します。')).toEqual([
			{ kind: 'same', text: '職員研修を' },
			{ kind: 'inserted', text: '年2回' },
			{ kind: 'same', text: '実施します。' },
		]);
	});
	it('never cuts an emoji, a skin tone or a combining mark in half', () => {
		const segments = diffText('達成😀か\u3099', '達成😁か');
		expect(segments).toEqual([
			{ kind: 'same', text: '達成' },
			{ kind: 'deleted', text: '😀か\u3099' },
			{ kind: 'inserted', text: '😁か' },
		]);
		expect(diffText('👍', '👍🏽')).toEqual([
			{ kind: 'deleted', text: '👍' },
			{ kind: 'inserted', text: '👍🏽' },
		]);
	});
	it('gives one same segment for identical texts and nothing for two empty ones', () => {
		expect(diffText('同じ文です。', '同じ文です。')).toEqual([{ kind: 'same', text: '同じ文です。' }]);
		expect(diffText('', '')).toEqual([]);
		expect(diffText('', '新規')).toEqual([{ kind: 'inserted', text: '新規' }]);
		expect(diffText('削除', '')).toEqual([{ kind: 'deleted', text: '削除' }]);
	});
	it('keeps the most text in common (a shortest edit), and both texts can be rebuilt from it', () => {
		const segments = diffText('ABCABBA', 'CBABAC');
		expect(side(segments, 'inserted')).toBe('ABCABBA');
		expect(side(segments, 'deleted')).toBe('CBABAC');
		// The longest common subsequence of Myers' example has 4 characters.
		expect(
			segments
				.filter((segment) => segment.kind === 'same')
				.map((segment) => segment.text)
				.join(''),
		).toHaveLength(4);
	});
	it('compares paragraphs of thousands of characters quickly', () => {
		const before = '市民の相談に迅速に応えます。'.repeat(400);
		const after = before.replace(/迅速/gu, '丁寧');
		const started = performance.now();
		const segments = diffText(before, after);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(side(segments, 'inserted')).toBe(before);
		expect(side(segments, 'deleted')).toBe(after);
		expect(segments.filter((segment) => segment.kind === 'inserted')).toHaveLength(400);
	});
});
