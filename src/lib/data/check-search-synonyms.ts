import type { SearchSynonyms } from '../../schemas/search-synonyms.ts';
import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';

/** Width and case folded, as the search folds them, so that ＤＸ and dx count as the same word here. */
const folded = (word: string) => word.normalize('NFKC').toLowerCase();

/**
 * Checks that each reader's word stands for one plan word only (a word with two meanings is not a synonym)
 * and differs from the plan word it stands for (such an entry does nothing).
 */
export function checkSearchSynonyms(synonyms: SearchSynonyms, yaml: YamlFile): DataProblem[] {
	const problems: DataProblem[] = [];
	const seen = new Map<string, string>();
	synonyms.synonyms.forEach(({ planWord, readerWords }, entry) => {
		readerWords.forEach((readerWord, index) => {
			const at = { file: yaml.file, ...yaml.locate(['synonyms', entry, 'readerWords', index]), severity: 'error' as const };
			const other = seen.get(folded(readerWord));
			if (folded(readerWord) === folded(planWord)) {
				problems.push({
					...at,
					message: {
						en: `"${readerWord}" is the plan word itself; list only other words readers use for it.`,
						ja: `「${readerWord}」は計画の語そのものです。市民が使う別の言い方だけを書いてください。`,
					},
				});
			} else if (other !== undefined) {
				problems.push({
					...at,
					message: {
						en: `"${readerWord}" already stands for "${other}"; a reader's word may stand for one plan word only.`,
						ja: `「${readerWord}」はすでに「${other}」の言い換えとして登録されています。1つの語は1つの計画の語にだけ対応させてください。`,
					},
				});
			}
			seen.set(folded(readerWord), planWord);
		});
	});
	return problems;
}
