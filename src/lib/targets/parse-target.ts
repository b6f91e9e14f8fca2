import { milestoneKinds, milestoneWords, type TargetDirection, type TargetMeasure } from '../../schemas/target.ts';

/** Scale words that multiply the number before them. */
const scaleWords: Record<string, number> = { 万: 1e4, 億: 1e8 };

/**
 * Grammar of a numeric target, in the order the parts appear in the city's texts:
 * `累計` cumulative · `月`/`年` period · number · `万`/`億` scale · unit · `/人` per ·
 * `以上`/`以下`/`未満` bound · `減` reduction · `(…)` qualifier.
 */
const numericTarget =
	/^(?<cumulative>累計)?(?<period>[月年])?(?<number>\d[\d,]*(?:\.\d+)?)(?<scale>[万億])?(?<unit>%|[^\d\s/()（）以未減]*)(?:\/(?<per>[^\s()（）以未減]+))?(?<bound>以上|以下|未満)?(?<reduction>減)?\s*(?<qualifier>[(（].*[)）])?$/u;

/** Turns full-width digits, letters and signs into their ASCII forms so one grammar reads both. */
function toHalfWidth(text: string): string {
	return text
		.replace(/[０-９Ａ-Ｚａ-ｚ％／．，]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
		.replace(/\s+/gu, ' ')
		.trim();
}

function directionOf(bound: string | undefined, reduction: boolean, qualifier: string | undefined): TargetDirection {
	if (bound === '以上') return 'at-least';
	if (bound === '以下' || bound === '未満' || reduction || qualifier?.includes('減')) return 'at-most';
	return 'at-least';
}

/**
 * Reads the structure of an official target text: a number with its unit and direction,
 * a milestone, or (when neither fits) a descriptive target shown as text only.
 * Pure: the same text always gives the same result.
 */
export function parseTarget(officialText: string): TargetMeasure {
	const text = toHalfWidth(officialText);
	const match = numericTarget.exec(text);
	if (match?.groups) {
		const { cumulative, period, number, scale, unit, per, bound, reduction, qualifier } = match.groups;
		const value = Number(number.replaceAll(',', '')) * (scale ? scaleWords[scale] : 1);
		return {
			kind: 'numeric',
			value: Number(value.toPrecision(15)),
			unit: unit ?? '',
			direction: directionOf(bound, Boolean(reduction), qualifier),
			cumulative: Boolean(cumulative),
			...(period ? { period: period === '月' ? ('month' as const) : ('year' as const) } : {}),
			...(per ? { per } : {}),
			...(qualifier ? { qualifier } : {}),
		};
	}
	const milestone = milestoneKinds.find((kind) => text.endsWith(milestoneWords[kind]));
	if (milestone) return { kind: 'milestone', milestone };
	return { kind: 'descriptive' };
}

/** The target's structure, with a direction set in the data taking precedence over the text's. */
export function measureTarget(officialText: string, direction?: TargetDirection): TargetMeasure {
	const measure = parseTarget(officialText);
	return measure.kind === 'numeric' && direction ? { ...measure, direction } : measure;
}
