import type { PlanTypeId } from '../../schemas/plan-types.ts';

/**
 * Fragments that identify a plan type even when vertical text in a narrow cell arrived scrambled
 * (`経営 改革 組 む 策 /全 庁 で 取 り`). Each fragment occurs in exactly one type's name.
 */
const planTypeFragments: ReadonlyArray<[RegExp, PlanTypeId]> = [
	[/個別/u, 'individual-plan'],
	[/経営改革/u, 'management-reform-plan'],
	[/重点/u, 'priority-project-plan'],
	[/見直し|事務事業/u, 'administrative-work-review'],
	[/人材/u, 'human-resource-development'],
	[/全庁/u, 'city-wide-initiative'],
];

/** A plan-type cell that no mapping fits. */
export class UnknownPlanTypeError extends Error {
	/** The cell as exported. */
	readonly cell: string;
	/** What is wrong, in English and Japanese. */
	readonly problem: { en: string; ja: string };
	constructor(cell: string) {
		const problem = {
			en: `Unknown plan type "${cell}": expected one or two of the closed list in the glossary, or "-"`,
			ja: `計画類型「${cell}」は定義にありません。定義された計画類型を1つか2つ、または「-」を書いてください`,
		};
		super(problem.en);
		this.problem = problem;
		this.name = 'UnknownPlanTypeError';
		this.cell = cell;
	}
}

/**
 * Reads a plan-type cell into one or two plan-type ids, in the order they appear.
 * `-` (or an empty cell) is no type. Throws `UnknownPlanTypeError` when nothing fits.
 */
export function readPlanTypeCell(cell: string): PlanTypeId[] {
	const compact = cell.replace(/\s+/gu, '');
	if (compact === '' || compact === '-' || compact === '－') return [];
	const found = planTypeFragments
		.map(([fragment, id]) => ({ id, at: compact.search(fragment) }))
		.filter(({ at }) => at >= 0)
		.sort((a, b) => a.at - b.at)
		.map(({ id }) => id);
	if (found.length === 0 || found.length > 2) throw new UnknownPlanTypeError(cell);
	return found;
}
