import type { core } from 'astro/zod';

type Issue = core.$ZodIssue;

/** A path as readers of YAML see it: `initiatives[2].indicators[0].target`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

function describeType(expected: string): { ja: string; en: string } {
	const names: Record<string, [string, string]> = {
		string: ['文字列', 'a text'],
		number: ['数値', 'a number'],
		int: ['整数', 'a whole number'],
		boolean: ['true または false', 'true or false'],
		object: ['項目の集まり（キー: 値）', 'a mapping (key: value)'],
		array: ['リスト（- で始まる行）', 'a list (lines starting with -)'],
	};
	const [ja, en] = names[expected] ?? [expected, expected];
	return { ja, en };
}

/**
 * Turns a schema issue into a plain message in Japanese and English that says what is wrong
 * and how to fix it. The schema's own message is kept where it already says so.
 */
export function describeIssue(issue: Issue): { ja: string; en: string } {
	const field = formatPath(issue.path) || '(file)';
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) {
				return {
					ja: `必須の項目「${field}」がありません。追加してください。`,
					en: `Required field "${field}" is missing. Add it.`,
				};
			}
			const type = describeType(issue.expected);
			return {
				ja: `「${field}」は${type.ja}で書いてください。`,
				en: `"${field}" must be ${type.en}.`,
			};
		}
		case 'unrecognized_keys':
			return {
				ja: `不明な項目 ${issue.keys.map((key) => `「${key}」`).join('、')} があります。綴りを確認するか、削除してください。`,
				en: `Unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}. Check the spelling or remove them.`,
			};
		case 'invalid_value':
			return {
				ja: `「${field}」の値が使えません。使える値: ${issue.values.map(String).join(', ')}`,
				en: `"${field}" has a value that is not allowed. Allowed values: ${issue.values.map(String).join(', ')}.`,
			};
		case 'too_small':
			return issue.origin === 'array'
				? {
						ja: `「${field}」には少なくとも${issue.minimum}件必要です。`,
						en: `"${field}" needs at least ${issue.minimum} item(s).`,
					}
				: issue.origin === 'string'
					? { ja: `「${field}」が空です。文字を入れてください。`, en: `"${field}" is empty. Fill it in.` }
					: {
							ja: `「${field}」は${issue.minimum}以上にしてください。`,
							en: `"${field}" must be at least ${issue.minimum}.`,
						};
		case 'too_big':
			return issue.origin === 'array'
				? {
						ja: `「${field}」は${issue.maximum}件までです。`,
						en: `"${field}" allows at most ${issue.maximum} item(s).`,
					}
				: {
						ja: `「${field}」は${issue.maximum}以下にしてください。`,
						en: `"${field}" must be at most ${issue.maximum}.`,
					};
		case 'invalid_format':
			return {
				ja: `「${field}」の書き方が正しくありません。${issue.message}`,
				en: `"${field}" is not written correctly: ${issue.message}.`,
			};
		default:
			return { ja: `「${field}」: ${issue.message}`, en: `"${field}": ${issue.message}` };
	}
}
