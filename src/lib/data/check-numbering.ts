import type { Initiative } from '../../schemas/plan.ts';

/** A numbering problem of one indicator, by its position in the initiative. */
export interface NumberingProblem {
	index: number;
	field?: 'number';
	en: string;
	ja: string;
}

/** `①` → [1], `①ー2` → [1, 2]. */
function parts(number: string): [number, number | undefined] {
	const [circled, sub] = number.split('ー');
	return [circled.codePointAt(0)! - 0x2460 + 1, sub === undefined ? undefined : Number(sub)];
}

const circled = (n: number) => String.fromCodePoint(0x2460 + n - 1);

/**
 * Indicators are numbered as the city numbers them: all or none; ①, ②, ③… in order without gaps;
 * sub-indicators ①ー1, ①ー2… in order under their number; and, where the activities are numbered,
 * each indicator's number belongs to an activity with the same number (activity ① ↔ indicator ①).
 */
export function indicatorNumberingProblems(initiative: Pick<Initiative, 'indicators' | 'activities'>): NumberingProblem[] {
	const problems: NumberingProblem[] = [];
	const { indicators } = initiative;
	const numbered = indicators.filter((indicator) => indicator.number).length;
	if (numbered === 0) return problems;
	if (numbered < indicators.length) {
		const index = indicators.findIndex((indicator) => !indicator.number);
		problems.push({
			index,
			en: 'Some indicators of this initiative are numbered and this one is not. Number all of them (①, ②…) or none.',
			ja: 'この取組項目の指標には番号のあるものとないものがあります。すべてに番号（①、②…）を付けるか、すべて外してください。',
		});
		return problems;
	}
	let expectedBase = 1;
	let expectedSub: number | undefined;
	indicators.forEach((indicator, index) => {
		const [base, sub] = parts(indicator.number!);
		let expected: string;
		if (sub === undefined) {
			expected = circled(expectedBase);
			if (base === expectedBase) {
				expectedBase += 1;
				expectedSub = undefined;
				return;
			}
		} else if (expectedSub !== undefined && base === expectedBase - 1) {
			expected = `${circled(base)}ー${expectedSub}`;
			if (sub === expectedSub) {
				expectedSub += 1;
				return;
			}
		} else {
			expected = `${circled(expectedBase)}ー1`;
			if (base === expectedBase && sub === 1) {
				expectedBase += 1;
				expectedSub = 2;
				return;
			}
		}
		problems.push({
			index,
			field: 'number',
			en: `Indicator number ${indicator.number} is out of order; expected ${expected}. Number indicators ①, ②, ③… (or ①ー1, ①ー2…) in order.`,
			ja: `指標の番号 ${indicator.number} の順番が正しくありません（${expected} のはずです）。①、②、③…（または①ー1、①ー2…）の順に付けてください。`,
		});
	});
	const activityNumbers = new Set(initiative.activities.flatMap((activity) => (activity.marker && /^[①-⑳]/u.test(activity.marker) ? [activity.marker[0]] : [])));
	if (activityNumbers.size > 0 && problems.length === 0) {
		indicators.forEach((indicator, index) => {
			const base = indicator.number![0];
			if (!activityNumbers.has(base)) {
				problems.push({
					index,
					field: 'number',
					en: `Indicator ${indicator.number} has no activity numbered ${base}. Activity ${base} and indicator ${base} belong together: check both numbers.`,
					ja: `指標 ${indicator.number} に対応する活動 ${base} がありません。活動と指標の番号を確認してください。`,
				});
			}
		});
	}
	return problems;
}
