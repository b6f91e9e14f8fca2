import type { core } from 'astro/zod';
import { splitMessage } from '../../schemas/bilingual-message.ts';

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
			return describeFormat(issue, field);
		case 'invalid_union':
			return {
				ja: `「${field}」の書き方が、使える形のどれにも合いません。`,
				en: `"${field}" does not match any of the forms allowed here.`,
			};
		case 'not_multiple_of':
			return { ja: `「${field}」は${issue.divisor}の倍数にしてください。`, en: `"${field}" must be a multiple of ${issue.divisor}.` };
		default: {
			const own = splitMessage(issue.message);
			return own ? { ja: `「${field}」: ${own.ja}`, en: `"${field}": ${own.en}` } : { ja: `「${field}」の値が正しくありません（${issue.message}）。`, en: `"${field}": ${issue.message}` };
		}
	}
}

/** A date as staff may write it (`2025/10/15`, `2025.10.15`, `2025年10月15日`), written the one accepted way, if it can be read. */
export function suggestedDate(input: unknown): string | undefined {
	const parts = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/u.exec(String(input).normalize('NFKC'));
	if (!parts) return undefined;
	const [, year, month, day] = parts;
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A value not written in the required form: a URL, an e-mail address, a date, an id, a number as the city writes it. */
function describeFormat(issue: Extract<Issue, { code: 'invalid_format' }>, field: string): { ja: string; en: string } {
	if (issue.format === 'date') {
		const suggestion = suggestedDate(issue.input);
		const shown = issue.input === undefined ? '' : String(issue.input);
		return suggestion
			? {
					ja: `「${field}」の日付は YYYY-MM-DD の形で書いてください：「${shown}」は ${suggestion} と書きます。`,
					en: `"${field}": write the date as YYYY-MM-DD: write "${shown}" as ${suggestion}.`,
				}
			: {
					ja: `「${field}」の日付は YYYY-MM-DD の形で書いてください（例: 2025-10-15）。`,
					en: `"${field}": write the date as YYYY-MM-DD, e.g. 2025-10-15.`,
				};
	}
	const own = splitMessage(issue.message);
	if (own) return { ja: `「${field}」の書き方が正しくありません。${own.ja}`, en: `"${field}" is not written correctly: ${own.en}` };
	const generic: Record<string, [string, string]> = {
		url: ['https:// で始まるウェブアドレスを書いてください。', 'write a web address starting with https://.'],
		email: ['メールアドレスの形（name@example.jp）で書いてください。', 'write an e-mail address (name@example.org).'],
	};
	const [ja, en] = generic[issue.format] ?? ['決められた書き方になっていません。', `${issue.message}.`];
	return { ja: `「${field}」の書き方が正しくありません。${ja}`, en: `"${field}" is not written correctly: ${en}` };
}
