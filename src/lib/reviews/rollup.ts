import type { Initiative, Indicator } from '../../schemas/plan.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import type { NumericMeasure } from '../../schemas/target.ts';
import { indicatorStatus, resultValue, type IndicatorStatus } from './achievement.ts';

/**
 * How far a result has come towards its numeric target, in percent (100 = target met exactly).
 * At least: result ÷ target. At most: target ÷ result (a result below the cap scores over 100).
 * Exactly: 100 when equal, else the smaller over the larger. Undefined when it cannot be computed.
 * Target 0: 100 when the result meets it, else 0.
 */
export function percentOfTarget(value: number, target: NumericMeasure): number | undefined {
	if (!Number.isFinite(value) || value < 0 || target.value < 0) return undefined;
	if (target.value === 0) {
		const met = target.direction === 'at-least' ? value >= 0 : value === 0;
		return met ? 100 : 0;
	}
	if (target.direction === 'at-most') return value === 0 ? 100 : round((target.value / value) * 100);
	if (target.direction === 'exactly') return round((Math.min(value, target.value) / Math.max(value, target.value)) * 100);
	return round((value / target.value) * 100);
}

const round = (percent: number) => Math.round(percent * 10) / 10;

/** An indicator's percent of target, when it has a numeric target and a numeric result in the same unit. */
export function indicatorPercent(indicator: Pick<Indicator, 'measure' | 'result'>): number | undefined {
	if (indicator.measure.kind !== 'numeric' || !indicator.result) return undefined;
	const value = resultValue(indicator.result.text.ja, indicator.measure);
	return value === undefined ? undefined : percentOfTarget(value, indicator.measure);
}

/**
 * An initiative's indicators rolled up: achieved when every indicator is; partly when some are;
 * not achieved when results are in and none is; reported when results are in but none can be judged;
 * not reported while any indicator has no result.
 */
export type InitiativeAchievement = 'achieved' | 'partly-achieved' | 'not-achieved' | 'reported' | 'not-reported';

export function initiativeAchievement(indicators: ReadonlyArray<Pick<Indicator, 'measure' | 'result'>>): InitiativeAchievement {
	const statuses = indicators.map(indicatorStatus);
	if (statuses.length === 0 || statuses.includes('not-reported')) return 'not-reported';
	const achieved = statuses.filter((status) => status === 'achieved').length;
	const notAchieved = statuses.filter((status) => status === 'not-achieved').length;
	if (achieved === statuses.length) return 'achieved';
	if (achieved > 0) return 'partly-achieved';
	if (notAchieved > 0) return 'not-achieved';
	return 'reported';
}

/** A category of the review-status chart: a rating, a progress status, or not yet reported. */
export interface StatusCategory {
	/** `rating:<id>`, `progress:<id>` or `not-reported`. */
	key: string;
	label: { ja: string; en?: string };
	tone: 'good' | 'caution' | 'bad' | 'neutral';
	count: number;
}

/** Where an initiative's review stands: its year-end rating, else its mid-year status, else not reported. */
export function reviewCategoryKey(initiative: Pick<Initiative, 'review'>): string {
	if (initiative.review.yearEnd) return `rating:${initiative.review.yearEnd.rating}`;
	if (initiative.review.midYear) return `progress:${initiative.review.midYear.status}`;
	return 'not-reported';
}

/**
 * Initiatives counted by review status, in a stable order: year-end ratings, then mid-year statuses, then
 * not yet reported. Levels nobody chose are left out, but "not yet reported" is always shown, even at 0.
 */
export function statusCounts(
	initiatives: ReadonlyArray<Pick<Initiative, 'review'>>,
	scales: ReviewScales,
	notReportedLabel: { ja: string; en: string },
): StatusCategory[] {
	const counts = new Map<string, number>();
	for (const initiative of initiatives) {
		const key = reviewCategoryKey(initiative);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const levels: StatusCategory[] = [
		...scales.rating.map((level) => ({ key: `rating:${level.id}`, label: level.label, tone: level.tone, count: counts.get(`rating:${level.id}`) ?? 0 })),
		...scales.progressStatus.map((level) => ({
			key: `progress:${level.id}`,
			label: level.label,
			tone: level.tone,
			count: counts.get(`progress:${level.id}`) ?? 0,
		})),
	].filter((level) => level.count > 0);
	return [...levels, { key: 'not-reported', label: notReportedLabel, tone: 'neutral', count: counts.get('not-reported') ?? 0 }];
}

/** Indicators of some initiatives counted by status, and the share achieved (of all indicators, in percent). */
export function indicatorRollup(initiatives: ReadonlyArray<Pick<Initiative, 'indicators'>>) {
	const counts: Record<IndicatorStatus, number> = { achieved: 0, 'not-achieved': 0, reported: 0, 'not-reported': 0 };
	for (const initiative of initiatives) for (const indicator of initiative.indicators) counts[indicatorStatus(indicator)] += 1;
	const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
	return { counts, total, achievedPercent: total === 0 ? 0 : round((counts.achieved / total) * 100) };
}
