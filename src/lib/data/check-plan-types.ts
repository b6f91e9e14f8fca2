import type { PlanTypes } from '../../schemas/plan-types.ts';
import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';

/** The words that identify a plan type in the table export: its own, else its Japanese label. */
export const importWordsOf = (planType: PlanTypes['planTypes'][number]) => planType.importWords ?? [planType.label.ja];

/** Checks that plan-type ids are unique and that no import word identifies two types. */
export function checkPlanTypes(planTypes: PlanTypes, yaml: YamlFile): DataProblem[] {
	const problems: DataProblem[] = [];
	const ids = new Set<string>();
	const words = new Map<string, string>();
	planTypes.planTypes.forEach((planType, index) => {
		const at = ['planTypes', index];
		if (ids.has(planType.id)) {
			problems.push({
				file: yaml.file,
				...yaml.locate([...at, 'id']),
				severity: 'error',
				message: { en: `Plan type id "${planType.id}" is used twice.`, ja: `計画類型のID「${planType.id}」が重複しています。` },
			});
		}
		ids.add(planType.id);
		for (const word of importWordsOf(planType)) {
			const other = words.get(word);
			if (other !== undefined && other !== planType.id) {
				problems.push({
					file: yaml.file,
					...yaml.locate([...at, planType.importWords ? 'importWords' : 'label']),
					severity: 'error',
					message: {
						en: `The word "${word}" already identifies plan type "${other}"; each import word must belong to one type.`,
						ja: `「${word}」は計画類型「${other}」を表す語として使われています。取り込み用の語は1つの類型だけに使ってください。`,
					},
				});
			}
			words.set(word, planType.id);
		}
	});
	return problems;
}
