import { describe, expect, it } from 'vitest';
import { measureTarget, parseTarget } from '~/lib/targets/parse-target.ts';

describe('parseTarget reads every target of the seed', () => {
	it.each([
		['100%', { value: 100, unit: '%', direction: 'at-least' }],
		['95%', { value: 95, unit: '%', direction: 'at-least' }],
		['76%以上', { value: 76, unit: '%', direction: 'at-least' }],
		['20回', { value: 20, unit: '回', direction: 'at-least' }],
		['2回', { value: 2, unit: '回' }],
		['12回', { value: 12, unit: '回' }],
		['4回', { value: 4, unit: '回' }],
		['3回', { value: 3, unit: '回' }],
		['18業務', { value: 18, unit: '業務' }],
		['611件', { value: 611, unit: '件' }],
		['161件', { value: 161, unit: '件' }],
		['60件', { value: 60, unit: '件' }],
		['12件', { value: 12, unit: '件' }],
		['120件', { value: 120, unit: '件' }],
		['3件', { value: 3, unit: '件' }],
		['5件', { value: 5, unit: '件' }],
		['130人', { value: 130, unit: '人' }],
		['14万回', { value: 140_000, unit: '回' }],
		['23億円', { value: 2_300_000_000, unit: '円' }],
		['40台(20%減)', { value: 40, unit: '台', direction: 'at-most', qualifier: '(20%減)' }],
		['累計68回(年12回)', { value: 68, unit: '回', cumulative: true, qualifier: '(年12回)', direction: 'at-least' }],
		['月13時間/人', { value: 13, unit: '時間', period: 'month', per: '人', cumulative: false }],
	])('%s is a numeric target', (text, expected) => {
		expect(parseTarget(text)).toMatchObject({ kind: 'numeric', ...expected });
	});

	it.each([
		['決定', 'decided'],
		['完了', 'completed'],
		['着手', 'started'],
		['実施', 'implemented'],
		['導入', 'introduced'],
		['確定', 'finalized'],
		['素案作成完了', 'completed'],
		['全係の目標設定と工程表作成完了', 'completed'],
	])('%s is a milestone (%s)', (text, milestone) => {
		expect(parseTarget(text)).toEqual({ kind: 'milestone', milestone });
	});

	it('keeps a target that is neither number nor known milestone as descriptive text', () => {
		expect(parseTarget('機器撤去・用途の検討')).toEqual({ kind: 'descriptive' });
	});
});

describe('parseTarget beyond the seed', () => {
	it('reads full-width digits and signs', () => {
		expect(parseTarget('９５％')).toMatchObject({ kind: 'numeric', value: 95, unit: '%' });
	});
	it('reads numbers with thousands separators and decimals', () => {
		expect(parseTarget('1,200件')).toMatchObject({ value: 1200 });
		expect(parseTarget('2.5億円')).toMatchObject({ value: 250_000_000, unit: '円' });
	});
	it('reads upper bounds and reductions as at-most', () => {
		expect(parseTarget('10件以下')).toMatchObject({ direction: 'at-most' });
		expect(parseTarget('5%未満')).toMatchObject({ direction: 'at-most' });
		expect(parseTarget('30%減')).toMatchObject({ direction: 'at-most' });
	});
	it('reads a per-year period', () => {
		expect(parseTarget('年12回')).toMatchObject({ value: 12, period: 'year' });
	});
	it('reads a zero target', () => {
		expect(parseTarget('0件')).toMatchObject({ kind: 'numeric', value: 0 });
	});
	it('treats an empty text as descriptive, not as a number', () => {
		expect(parseTarget('')).toEqual({ kind: 'descriptive' });
	});
});

describe('measureTarget', () => {
	it('lets the data set the direction where the text does not say it (overtime hours)', () => {
		expect(measureTarget('月13時間/人', 'at-most')).toMatchObject({ direction: 'at-most' });
	});
	it('ignores a direction for milestones', () => {
		expect(measureTarget('完了', 'at-most')).toEqual({ kind: 'milestone', milestone: 'completed' });
	});
});
