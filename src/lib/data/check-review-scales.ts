import type { ReviewScales, ScaleName } from '../../schemas/review-scales.ts';
import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';

/** Checks that the ids of each review scale are unique (plans name a level by its id). */
export function checkReviewScales(scales: ReviewScales, yaml: YamlFile): DataProblem[] {
	const problems: DataProblem[] = [];
	for (const scale of Object.keys(scales) as ScaleName[]) {
		const ids = new Set<string>();
		scales[scale].forEach((level, index) => {
			if (ids.has(level.id)) {
				problems.push({
					file: yaml.file,
					...yaml.locate([scale, index, 'id']),
					severity: 'error',
					message: {
						en: `The id "${level.id}" is used twice in ${scale}; each level needs its own id.`,
						ja: `ID「${level.id}」が ${scale} で重複しています。段階ごとに別のIDにしてください。`,
					},
				});
			}
			ids.add(level.id);
		});
	}
	return problems;
}
