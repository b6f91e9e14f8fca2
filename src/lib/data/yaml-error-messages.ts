import type { ErrorCode, YAMLError } from 'yaml';

type Message = { ja: string; en: string };

/** The `yaml` library's error codes, said plainly in both languages with what to check. */
const causes: Partial<Record<ErrorCode, Message>> = {
	BAD_INDENT: { ja: '字下げ（行頭のスペースの数）がそろっていません', en: 'the indentation (spaces at the start of the line) does not line up' },
	TAB_AS_INDENT: { ja: '字下げにタブが使われています。半角スペースにしてください', en: 'a tab is used for indentation; use spaces' },
	DUPLICATE_KEY: { ja: '同じ項目名（キー）が2回書かれています', en: 'the same key is written twice' },
	MISSING_CHAR: { ja: '閉じる記号（引用符や括弧 ] }）が足りません', en: 'a closing character (quote or bracket ] }) is missing' },
	MULTILINE_IMPLICIT_KEY: { ja: '項目名（キー）が複数行にわたっています。コロンの後の字下げを確認してください', en: 'a key spans several lines; check the indentation after the colon' },
	BLOCK_AS_IMPLICIT_KEY: { ja: '項目名（キー）の位置にリストや項目の集まりがあります', en: 'a list or mapping stands where a key was expected' },
	UNEXPECTED_TOKEN: { ja: 'ここにあるはずのない記号があります（コロン、ハイフン、引用符を確認してください）', en: 'an unexpected character (check colons, hyphens and quotes)' },
	BAD_SCALAR_START: { ja: '値が使えない記号で始まっています。引用符 " で囲んでください', en: 'the value starts with a reserved character; put it in double quotes' },
	BAD_DQ_ESCAPE: { ja: '引用符 " の中の \\ の書き方が正しくありません', en: 'a backslash escape inside double quotes is not valid' },
	BLOCK_IN_FLOW: { ja: '[ ] や { } の中で改行した書き方が使われています', en: 'block content inside [ ] or { }' },
	KEY_OVER_1024_CHARS: { ja: '項目名（キー）が長すぎます（1024文字まで）', en: 'a key is longer than 1024 characters' },
	MULTIPLE_DOCS: { ja: '1つのファイルに文書が複数あります（--- の行を削除してください）', en: 'the file holds several documents (remove the --- lines)' },
	MULTIPLE_ANCHORS: { ja: 'アンカーが重なっています', en: 'several anchors on one value' },
	MULTIPLE_TAGS: { ja: 'タグが重なっています', en: 'several tags on one value' },
	BAD_DIRECTIVE: { ja: '% で始まる指示は使えません', en: 'a % directive is not valid' },
	BAD_ALIAS: { ja: 'エイリアス（*名前）の書き方が正しくありません', en: 'an alias (*name) is not valid' },
	ALIAS_PROPS: { ja: 'エイリアスにタグやアンカーは付けられません', en: 'an alias cannot have a tag or anchor' },
	BAD_PROP_ORDER: { ja: 'アンカーとタグの順序が正しくありません', en: 'anchor and tag are in the wrong order' },
	NON_STRING_KEY: { ja: '項目名（キー）が文字列ではありません', en: 'a key is not a plain text' },
	TAG_RESOLVE_FAILED: { ja: 'タグを解釈できません', en: 'a tag cannot be resolved' },
	BAD_COLLECTION_TYPE: { ja: 'リストと項目の集まりの種類が合っていません', en: 'the kind of collection does not match' },
	RESOURCE_EXHAUSTION: { ja: 'ファイルの展開が大きすぎます', en: 'the file expands too much' },
	IMPOSSIBLE: { ja: 'ファイルを解釈できません', en: 'the file cannot be read' },
};

/** A YAML syntax error as a message with its cause in both languages (the library's own words kept in English). */
export function yamlErrorMessage(error: YAMLError): Message {
	const cause = causes[error.code] ?? { ja: 'YAMLとして読めません', en: 'the text is not valid YAML' };
	const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/u, '');
	return {
		ja: `YAMLの書き方に誤りがあります：${cause.ja}（字下げ、コロン、引用符を確認してください）。`,
		en: `YAML syntax error: ${cause.en} (check indentation, colons and quotes). ${detail}`,
	};
}
