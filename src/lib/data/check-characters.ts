import type { DataProblem } from './data-problem.ts';
import { textPositions } from './text-position.ts';

/** Where in a YAML line a character stands, which decides whether it can be legitimate. */
export type CharacterPlace = 'key' | 'indentation' | 'separator' | 'text';

type Names = { ja: string; en: string };

/** Characters nobody types on purpose in a plan: refused wherever they stand, in the text or in a value written as an escape. */
const forbiddenEverywhere =
	/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffd\ufffe\uffff]|\p{Cs}/u;

/** Characters that can belong in prose (a space of another width, a joiner in an emoji) but never in a key or an indentation. */
const outOfPlace = /[\u00a0\u00ad\u1680\u180e\u2000-\u200a\u200c\u200d\u202f\u205f\u3000]/u;

/** Characters that are normal inside Japanese prose and need no word there. */
const normalInText = /\u3000/u;

/** Any character this module has something to say about: a quick test over the whole file first. */
const suspicious = new RegExp(`${forbiddenEverywhere.source}|${outOfPlace.source}`, 'gu');

const namedCharacters: Record<number, [string, string]> = {
	0x00: ['ヌル文字（NUL）', 'null (NUL)'],
	0x09: ['タブ', 'tab'],
	0x0b: ['垂直タブ（Word から貼り付けた改行）', 'vertical tab (a line break pasted from Word)'],
	0x0c: ['改ページ', 'form feed'],
	0x1b: ['エスケープ文字', 'escape'],
	0x7f: ['削除文字（DEL）', 'delete (DEL)'],
	0x85: ['次行（NEL）', 'next line (NEL)'],
	0xa0: ['ノーブレークスペース', 'no-break space'],
	0xad: ['ソフトハイフン', 'soft hyphen'],
	0x200b: ['ゼロ幅スペース', 'zero width space'],
	0x200c: ['ゼロ幅非接合子', 'zero width non-joiner'],
	0x200d: ['ゼロ幅接合子', 'zero width joiner'],
	0x200e: ['左から右への書字方向マーク', 'left-to-right mark'],
	0x200f: ['右から左への書字方向マーク', 'right-to-left mark'],
	0x2028: ['行区切り文字', 'line separator'],
	0x2029: ['段落区切り文字', 'paragraph separator'],
	0x202f: ['狭いノーブレークスペース', 'narrow no-break space'],
	0x205f: ['数式用中スペース', 'medium mathematical space'],
	0x2060: ['単語結合子（ワードジョイナー）', 'word joiner'],
	0x3000: ['全角スペース', 'ideographic space'],
	0xfeff: ['バイト順マーク（ゼロ幅ノーブレークスペース）', 'byte order mark (zero width no-break space)'],
	0xfffd: ['置換文字（文字化けの跡）', 'replacement character (a trace of mojibake)'],
};

/** The character's code point and name in both languages, e.g. `U+3000 全角スペース` / `U+3000 ideographic space`. */
export function characterName(character: string): Names {
	const code = character.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const [ja, en] =
		namedCharacters[code] ??
		(code <= 0x1f
			? ['制御文字', 'control character']
			: code <= 0x9f
				? ['制御文字（C1）', 'C1 control character']
				: code >= 0xd800 && code <= 0xdfff
					? ['対になっていないサロゲート（壊れた文字）', 'lone surrogate (a broken character)']
					: (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
						? ['双方向制御文字', 'bidirectional control character']
						: code >= 0x2000 && code <= 0x200a
							? ['幅付きスペース', 'fixed-width space']
							: ['見えない文字', 'invisible character']);
	return { ja: `${hex} ${ja}`, en: `${hex} ${en}` };
}

const placeWords: Record<CharacterPlace, Names> = {
	key: { ja: '項目名（キー）', en: 'a key' },
	indentation: { ja: '字下げ', en: 'the indentation' },
	separator: { ja: 'コロンと値の間', en: 'the space after a colon' },
	text: { ja: '本文', en: 'the text' },
};

/** What to do about a character, in both languages. */
function advice(place: CharacterPlace): Names {
	if (place === 'indentation' || place === 'separator') return { ja: '半角スペースだけを使ってください。', en: 'Use ordinary half-width spaces only.' };
	if (place === 'key') return { ja: 'キーを半角英字で打ち直してください。', en: 'Retype the key in plain ASCII.' };
	return { ja: '削除してください（改行なら改行で書いてください）。', en: 'Delete it (write a line break as a real line break).' };
}

/** A located message about one character: an error, or a warning where the character may be meant. */
export function characterProblem(
	file: string,
	at: { line: number; column: number },
	character: string,
	place: CharacterPlace,
	severity: DataProblem['severity'],
): DataProblem {
	const name = characterName(character);
	const where = placeWords[place];
	const todo = advice(place);
	return {
		file,
		...at,
		severity,
		message:
			severity === 'error'
				? {
						ja: `${where.ja}に使えない文字 ${name.ja} があります。${todo.ja}`,
						en: `${name.en} is not allowed in ${where.en}. ${todo.en}`,
					}
				: {
						ja: `本文に ${name.ja} があります。意図したものでなければ削除するか、普通のスペースにしてください。`,
						en: `${name.en} in the text: if it is not meant, delete it or use an ordinary space.`,
					},
	};
}

/** Whether a character is refused (`error`), worth a word (`warning`) or fine (`undefined`) where it stands. */
export function characterSeverity(character: string, place: CharacterPlace): DataProblem['severity'] | undefined {
	if (forbiddenEverywhere.test(character)) return 'error';
	if (!outOfPlace.test(character)) return undefined;
	if (place !== 'text') return 'error';
	return normalInText.test(character) ? undefined : 'warning';
}

const leadingBlank = /^[ \t\u00a0\u1680\u180e\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]*/u;
const keyAfterIndentation = /^((?:-[ \t]+)*)((?:"[^"]*"|'[^']*'|[^\s'"#\-[{][^#:]*?|-[^\s#:][^#:]*?)[ \t]*):(?=[ \t\u00a0\u3000]|$)/u;

/** Whether a column (0-based) of a YAML line is in its indentation, its key, just after the key's colon, or in a value. */
export function placeInLine(line: string, index: number): CharacterPlace {
	const indentation = leadingBlank.exec(line)![0].length;
	if (indentation === line.length) return 'text';
	if (index < indentation) return 'indentation';
	const key = keyAfterIndentation.exec(line.slice(indentation));
	if (!key) return 'text';
	const keyStart = indentation + key[1].length;
	const colon = indentation + key[0].length - 1;
	if (index >= keyStart && index < colon) return 'key';
	if (index > colon && /^[\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000]*$/u.test(line.slice(colon + 1, index + 1))) return 'separator';
	return 'text';
}

/**
 * Every control, invisible or out-of-place character in a file's text, located and named in both languages:
 * an error in keys, indentation and wherever it cannot be meant; a warning in prose where it can (a no-break
 * space); nothing for a full-width space inside Japanese prose, which is normal there.
 */
export function characterProblems(file: string, text: string): DataProblem[] {
	const problems: DataProblem[] = [];
	suspicious.lastIndex = 0;
	const any = suspicious.test(text);
	suspicious.lastIndex = 0;
	if (!any) return problems;
	const position = textPositions(text);
	for (const match of text.matchAll(suspicious)) {
		const at = position(match.index);
		const start = match.index - at.column + 1;
		const end = text.indexOf('\n', start);
		const line = text.slice(start, end < 0 ? undefined : end).replace(/\r$/u, '');
		const place = placeInLine(line, match.index - start);
		const severity = characterSeverity(match[0], place);
		if (severity) problems.push(characterProblem(file, at, match[0], place, severity));
	}
	return problems;
}

/**
 * Characters refused everywhere that reached a value or a key through a YAML escape (`"\0"`, `"\v"`,
 * `"\u200b"`, `"\ud800"`): the paths of the strings that hold one, with the character.
 */
export function escapedCharacters(data: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; character: string; place: CharacterPlace }> {
	const found: Array<{ path: PropertyKey[]; character: string; place: CharacterPlace }> = [];
	const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: data, path }];
	while (stack.length) {
		const { value, path: at } = stack.pop()!;
		if (typeof value === 'string') {
			const character = forbiddenEverywhere.exec(value)?.[0];
			if (character) found.push({ path: at, character, place: 'text' });
		} else if (Array.isArray(value)) {
			value.forEach((item, index) => stack.push({ value: item, path: [...at, index] }));
		} else if (value && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) {
				const character = forbiddenEverywhere.exec(key)?.[0] ?? outOfPlace.exec(key)?.[0];
				if (character) found.push({ path: at, character, place: 'key' });
				stack.push({ value: item, path: [...at, key] });
			}
		}
	}
	return found;
}
