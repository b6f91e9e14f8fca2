import { planSchema, type Plan } from '../../schemas/plan.ts';
import { readYamlFile } from '../data/yaml-file.ts';

/**
 * The plan a YAML text holds, read as the site reads it (js-yaml, then the plan schema), or undefined
 * when it is not a valid plan: an old version that would not build today is skipped, not fatal.
 */
export function parsePlanText(file: string, text: string): Plan | undefined {
	const { data, problems } = readYamlFile(file, text);
	if (problems.length) return undefined;
	const result = planSchema.safeParse(data);
	return result.success ? result.data : undefined;
}
