import type { Indicator } from '../../schemas/plan.ts';
import type { NumericMeasure } from '../../schemas/target.ts';
import { parseTarget } from '../targets/parse-target.ts';

/**
 * Where an indicator stands against its target.
 * - `not-reported`: no result yet.
 * - `achieved` / `not-achieved`: the result meets the target, or does not.
 * - `reported`: a result is reported but cannot be judged against the target (a descriptive target
 *   without an `achieved` flag, or a result in another unit than the target).
 */
export type IndicatorStatus = 'not-reported' | 'achieved' | 'not-achieved' | 'reported';

export const indicatorStatuses: readonly IndicatorStatus[] = ['achieved', 'not-achieved', 'reported', 'not-reported'];

/** The numeric value of a result text, when it is a number in the target's unit (`93%` against `95%`). */
export function resultValue(resultText: string, target: NumericMeasure): number | undefined {
	const result = parseTarget(resultText);
	if (result.kind !== 'numeric' || result.unit !== target.unit) return undefined;
	return result.value;
}

/** Whether a numeric result meets a numeric target, by the target's direction. */
export function meetsTarget(value: number, target: NumericMeasure): boolean {
	if (target.direction === 'at-most') return value <= target.value;
	if (target.direction === 'exactly') return value === target.value;
	return value >= target.value;
}

/**
 * Judges an indicator's result against its target. An explicit `achieved` in the data wins (the city's
 * own judgement); otherwise numeric results are compared with numeric targets; milestones need `achieved`.
 */
export function indicatorStatus(indicator: Pick<Indicator, 'result' | 'measure'>): IndicatorStatus {
	const { result, measure } = indicator;
	if (!result) return 'not-reported';
	if (result.achieved !== undefined) return result.achieved ? 'achieved' : 'not-achieved';
	if (measure.kind !== 'numeric') return 'reported';
	const value = resultValue(result.text.ja, measure);
	if (value === undefined) return 'reported';
	return meetsTarget(value, measure) ? 'achieved' : 'not-achieved';
}
