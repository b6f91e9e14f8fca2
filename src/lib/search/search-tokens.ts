/**
 * The words the search index holds and a query asks for, the same on both sides. Pagefind splits Japanese
 * with one dictionary when it indexes and with the browser's own segmenter when it searches, and the two
 * disagree (広報誌 indexed whole, searched as 広報 + 誌, the unmatched part silently dropped). So the index
 * never sees Japanese text: each run of Japanese characters becomes its overlapping character pairs, written
 * as short vowel-less Latin tokens that no segmenter or stemmer alters, and a query is cut the same way and
 * searched as an exact phrase. A phrase of pairs matches exactly where the text contains the query.
 * Latin words and numbers stay words (Pagefind's stemmer handles English plurals on both sides).
 */

/** Letters no English stemmer rule touches (no vowels, s or y), so a token reaches the index unchanged. */
const alphabet = 'bcdfghjklmnpqrtvwxz';
const base = alphabet.length ** 4;
/** Every token of a Japanese character starts with this letter. */
const marker = 'q';

const japaneseChar = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー〆ヶ]/u;
const wordChar = /[\p{L}\p{N}]/u;

/** Four letters for one character (its code point, modulo 19⁴: every character of the Basic Multilingual Plane exactly). */
function encodeChar(char: string): string {
	let value = char.codePointAt(0)! % base;
	let code = '';
	for (let digit = 0; digit < 4; digit += 1) {
		code = alphabet[value % alphabet.length] + code;
		value = Math.floor(value / alphabet.length);
	}
	return code;
}

/** The token of one Japanese character: also the prefix of every pair that starts with it. */
export const charToken = (char: string) => `${marker}${encodeChar(char)}`;
/** The token of two adjacent Japanese characters. */
const pairToken = (first: string, second: string) => `${marker}${encodeChar(first)}${encodeChar(second)}`;

/** The tokens of one run of Japanese characters: its pairs, or its one character when it stands alone. */
function japaneseRunTokens(run: string[]): string[] {
	if (run.length === 1) return [charToken(run[0])];
	return run.slice(1).map((char, index) => pairToken(run[index], char));
}

/**
 * The tokens of a normalised text (see `normaliseText`), in reading order: pairs for each run of Japanese
 * characters, each Latin word or number as itself; punctuation and spaces separate and make no token.
 */
export function searchTokens(normalised: string): string[] {
	const tokens: string[] = [];
	let japanese: string[] = [];
	let word = '';
	const flush = () => {
		if (japanese.length) tokens.push(...japaneseRunTokens(japanese));
		if (word) tokens.push(word);
		japanese = [];
		word = '';
	};
	for (const char of normalised) {
		if (japaneseChar.test(char)) {
			if (word) flush();
			japanese.push(char);
		} else if (wordChar.test(char)) {
			if (japanese.length) flush();
			word += char;
		} else {
			flush();
		}
	}
	flush();
	return tokens;
}
