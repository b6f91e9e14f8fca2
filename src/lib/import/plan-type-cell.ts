import type { PlanTypes } from '../../schemas/plan-types.ts';
import { importWordsOf } from '../data/check-plan-types.ts';

/** A plan-type cell that no plan type of the data set fits. */
export class UnknownPlanTypeError extends Error {
	/** The cell as exported. */
	readonly cell: string;
	/** What is wrong, in English and Japanese. */
	readonly problem: { en: string; ja: string };
	constructor(cell: string, planTypes: PlanTypes) {
		const names = planTypes.planTypes.map((planType) => planType.label.ja).join('、');
		const problem = planTypes.planTypes.length
			? {
					en: `Unknown plan type "${cell}": expected plan types defined in plan-types.yaml (${names}), or "-"`,
					ja: `計画類型「${cell}」は定義にありません。plan-types.yaml の計画類型（${names}）か「-」を書いてください`,
				}
			: {
					en: `Unknown plan type "${cell}": this data set defines no plan types (plan-types.yaml), so the cell must be "-" or empty`,
					ja: `計画類型「${cell}」は定義にありません。このデータには計画類型の定義（plan-types.yaml）がないため、「-」か空欄にしてください`,
				};
		super(problem.en);
		this.name = 'UnknownPlanTypeError';
		this.cell = cell;
		this.problem = problem;
	}
}

/**
 * Reads a plan-type cell into plan-type ids, in the order they appear, by each type's import words (see
 * `plan-types.yaml`), which identify a type even when vertical text in a narrow cell arrived scrambled
 * (`経営 改革 組 む 策 /全 庁 で 取 り`). `-` (or an empty cell) is no type. Throws `UnknownPlanTypeError`
 * when nothing fits, or more types than an initiative may have.
 */
export function readPlanTypeCell(cell: string, planTypes: PlanTypes): string[] {
	const compact = cell.replace(/\s+/gu, '');
	if (compact === '' || compact === '-' || compact === '－') return [];
	const found = planTypes.planTypes
		.map((planType) => ({
			id: planType.id,
			at: Math.min(
				...importWordsOf(planType)
					.map((word) => compact.indexOf(word))
					.filter((at) => at >= 0),
			),
		}))
		.filter(({ at }) => Number.isFinite(at))
		.sort((a, b) => a.at - b.at)
		.map(({ id }) => id);
	if (found.length === 0 || (planTypes.maxPerInitiative !== undefined && found.length > planTypes.maxPerInitiative))
		throw new UnknownPlanTypeError(cell, planTypes);
	return found;
}
