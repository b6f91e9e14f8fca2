/**
 * One normalisation for what is indexed and what is searched, so that every spelling of a word finds the
 * same records: journalists paste text from PDFs and spreadsheets, where full-width letters (ＤＸ),
 * half-width katakana (ｱﾝｹｰﾄ) and dashes for long vowels are common, and type hiragana (あんけーと).
 * Pure and dependency-free: the build runs it on every record and the search page on every query.
 */

/** Dashes and tildes that stand for a long vowel after kana (full-width hyphen, minus, bar, wave dash…). */
const longVowelLike = /[-‐‑‒–—―−ー〜～~]/u;
const katakanaLetter = /[\u30A1-\u30FA\u30FD\u30FE]/u;

/** Hiragana (and its iteration marks) to katakana: the same word, whichever script it was typed in. */
function toKatakana(text: string): string {
	return text.replace(/[\u3041-\u3096\u309D\u309E]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! + 0x60));
}

/**
 * Long-vowel marks: any dash or tilde after a katakana letter becomes ー, and a ー that ends a katakana word
 * is dropped (サーバー and サーバ, コンピューター and コンピュータ are the same word in official writing);
 * other wave dashes and tildes become 〜.
 */
function unifyLongVowels(text: string): string {
	const out: string[] = [];
	for (const char of text) {
		const previous = out.at(-1) ?? '';
		const afterKana = katakanaLetter.test(previous) || previous === 'ー';
		out.push(longVowelLike.test(char) && afterKana ? 'ー' : /[〜～~]/u.test(char) ? '〜' : char);
	}
	return out.join('').replace(/ー+(?![\u30A1-\u30FAー])/gu, '');
}

/**
 * The searchable form of a text: Unicode NFKC (full- and half-width forms, ①, ㈱), lower case, hiragana
 * folded to katakana, long-vowel marks and 〜/～ unified, runs of white space as one space.
 */
export function normaliseText(text: string): string {
	const folded = toKatakana(text.normalize('NFKC').toLowerCase());
	return unifyLongVowels(folded).replace(/\s+/gu, ' ').trim();
}
