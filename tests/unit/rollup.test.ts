import { describe, expect, it } from 'vitest';
import { indicatorPercent, indicatorRollup, initiativeAchievement, percentOfTarget, statusCounts } from '~/lib/reviews/rollup.ts';
import { measureTarget } from '~/lib/targets/parse-target.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import type { NumericMeasure, TargetDirection } from '~/schemas/target.ts';
import { fictionalDir, snapshotDir } from '../data-dirs.ts';

const numeric = (text: string, direction?: TargetDirection) => measureTarget(text, direction) as NumericMeasure;
const indicator = (target: string, result?: string, extra: { achieved?: boolean; direction?: TargetDirection } = {}) => ({
	measure: measureTarget(target, extra.direction),
	result: result === undefined ? undefined : { text: { ja: result }, ...(extra.achieved === undefined ? {} : { achieved: extra.achieved }) },
});

describe('percentOfTarget', () => {
	it('divides the result by an "at least" target (以上, plain numbers, cumulative)', () => {
		expect(percentOfTarget(93, numeric('90%以上'))).toBe(103.3);
		expect(percentOfTarget(3, numeric('4回'))).toBe(75);
		expect(indicatorPercent(indicator('累計68回(年12回)', '累計34回'))).toBe(50);
	});
	it('divides an "at most" target by the result (減, overtime)', () => {
		expect(percentOfTarget(50, numeric('40台(20%減)'))).toBe(80);
		expect(percentOfTarget(10, numeric('月13時間/人', 'at-most'))).toBe(130);
		expect(percentOfTarget(0, numeric('月13時間/人', 'at-most'))).toBe(100);
	});
	it('handles a target of 0', () => {
		expect(percentOfTarget(0, numeric('0件', 'at-most'))).toBe(100);
		expect(percentOfTarget(2, numeric('0件', 'at-most'))).toBe(0);
		expect(percentOfTarget(5, numeric('0件'))).toBe(100);
	});
	it('gives nothing without a numeric result in the target’s unit', () => {
		expect(indicatorPercent(indicator('20回'))).toBeUndefined();
		expect(indicatorPercent(indicator('20回', '15件'))).toBeUndefined();
		expect(indicatorPercent(indicator('決定', '決定', { achieved: true }))).toBeUndefined();
	});
});

describe('initiativeAchievement', () => {
	it('rolls several indicators up', () => {
		expect(initiativeAchievement([indicator('95%', '96%'), indicator('4回', '4回')])).toBe('achieved');
		expect(initiativeAchievement([indicator('95%', '96%'), indicator('4回', '3回')])).toBe('partly-achieved');
		expect(initiativeAchievement([indicator('95%', '90%'), indicator('決定', '未決定', { achieved: false })])).toBe('not-achieved');
		expect(initiativeAchievement([indicator('95%', '96%'), indicator('4回')])).toBe('not-reported');
		expect(initiativeAchievement([indicator('機器撤去・用途の検討', '撤去済み')])).toBe('reported');
		expect(initiativeAchievement([indicator('完了', '完了', { achieved: true })])).toBe('achieved');
	});
});

describe('status counts and indicator roll-up', () => {
	const { dataset } = loadDataset(snapshotDir);
	const initiatives = dataset!.plans.flatMap(({ plan }) => plan.initiatives);
	it('shows every initiative of the FY2025 snapshot, exported before any review, honestly as not yet reported', () => {
		const counts = statusCounts(initiatives, dataset!.scales, { ja: '未報告', en: 'Not yet reported' });
		expect(counts).toEqual([{ key: 'not-reported', label: { ja: '未報告', en: 'Not yet reported' }, tone: 'neutral', count: 23 }]);
	});
	it('counts no indicator of the FY2025 snapshot as achieved', () => {
		expect(indicatorRollup(initiatives)).toEqual({
			counts: { achieved: 0, 'not-achieved': 0, reported: 0, 'not-reported': 36 },
			total: 36,
			achievedPercent: 0,
		});
	});
	it('counts the fictional fixture by rating, status and indicator', () => {
		const fixture = loadDataset(fictionalDir).dataset!;
		const plan = fixture.plans.find(({ plan }) => plan.fiscalYear === 2025 && plan.section === 'resident-support')!.plan;
		expect(statusCounts(plan.initiatives, fixture.scales, { ja: '未報告', en: 'Not yet reported' }).map((c) => [c.key, c.count])).toEqual([
			['rating:achieved', 1],
			['rating:partly-achieved', 1],
			['not-reported', 1],
		]);
		expect(indicatorRollup(plan.initiatives).counts).toEqual({ achieved: 2, 'not-achieved': 1, reported: 0, 'not-reported': 1 });
	});
});
