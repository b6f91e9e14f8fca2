/**
 * A schema's own error message in both languages. Zod carries one string per issue, so the two are joined
 * with a line break; `describeIssue` (src/lib/data/describe-issue.ts) splits them again with `splitMessage`.
 */
export const bilingual = (en: string, ja: string): string => `${en}\n${ja}`;

/** The English and Japanese of a message made by `bilingual`, or undefined for a one-language message. */
export function splitMessage(message: string): { en: string; ja: string } | undefined {
	const [en, ja, ...rest] = message.split('\n');
	return ja !== undefined && rest.length === 0 ? { en, ja } : undefined;
}
