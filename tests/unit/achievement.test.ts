import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '~/lib/reviews/achievement.ts';
import { measureTarget } from '~/lib/targets/parse-target.ts';
import type { TargetDirection } from '~/schemas/target.ts';

function indicator(target: string, result?: string, options: { achieved?: boolean; direction?: TargetDirection } = {}) {
	return {
		measure: measureTarget(target, options.direction),
		result: result === undefined ? undefined : { text: { ja: result }, ...(options.achieved === undefined ? {} : { achieved: options.achieved }) },
	};
}

describe('indicatorStatus', () => {
	it('is not reported without a result', () => {
		expect(indicatorStatus(indicator('95%'))).toBe('not-reported');
	});
	it('compares "at least" targets (plain numbers and 以上)', () => {
		expect(indicatorStatus(indicator('95%', '96%'))).toBe('achieved');
		expect(indicatorStatus(indicator('95%', '95%'))).toBe('achieved');
		expect(indicatorStatus(indicator('95%', '94.5%'))).toBe('not-achieved');
		expect(indicatorStatus(indicator('76%以上', '76%'))).toBe('achieved');
		expect(indicatorStatus(indicator('14万回', '150,000回'))).toBe('achieved');
		expect(indicatorStatus(indicator('23億円', '22.9億円'))).toBe('not-achieved');
	});
	it('compares "at most" targets (減, and directions set in the data)', () => {
		expect(indicatorStatus(indicator('40台(20%減)', '38台'))).toBe('achieved');
		expect(indicatorStatus(indicator('40台(20%減)', '41台'))).toBe('not-achieved');
		expect(indicatorStatus(indicator('月13時間/人', '月12.5時間/人', { direction: 'at-most' }))).toBe('achieved');
		expect(indicatorStatus(indicator('月13時間/人', '月14時間/人', { direction: 'at-most' }))).toBe('not-achieved');
	});
	it('handles a target of 0', () => {
		expect(indicatorStatus(indicator('0件', '0件', { direction: 'at-most' }))).toBe('achieved');
		expect(indicatorStatus(indicator('0件', '1件', { direction: 'at-most' }))).toBe('not-achieved');
		expect(indicatorStatus(indicator('0件', '0件'))).toBe('achieved');
	});
	it('compares exact targets', () => {
		expect(indicatorStatus(indicator('12回', '12回', { direction: 'exactly' }))).toBe('achieved');
		expect(indicatorStatus(indicator('12回', '13回', { direction: 'exactly' }))).toBe('not-achieved');
	});
	it('compares cumulative targets with the cumulative result', () => {
		expect(indicatorStatus(indicator('累計68回(年12回)', '累計70回'))).toBe('achieved');
		expect(indicatorStatus(indicator('累計68回(年12回)', '累計60回'))).toBe('not-achieved');
	});
	it('does not judge a result in another unit, or a milestone without the city’s judgement', () => {
		expect(indicatorStatus(indicator('20回', '15件'))).toBe('reported');
		expect(indicatorStatus(indicator('決定', '決定済み'))).toBe('reported');
		expect(indicatorStatus(indicator('機器撤去・用途の検討', '撤去済み'))).toBe('reported');
	});
	it('follows the city’s own judgement where the data gives one', () => {
		expect(indicatorStatus(indicator('完了', '完了', { achieved: true }))).toBe('achieved');
		expect(indicatorStatus(indicator('着手', '未着手', { achieved: false }))).toBe('not-achieved');
		expect(indicatorStatus(indicator('95%', '90%', { achieved: true }))).toBe('achieved');
	});
});
