import { describe, expect, it, vi } from 'vitest';
import { characterName, characterProblems, placeInLine } from '~/lib/data/check-characters.ts';
import { expectCliAgrees, expectLocated, fixtureText, hostileCopy, positionOf, recordsPlan } from './hostile-data.ts';

// Each case reads a copy of a data set and some run a command: seconds on a busy shared machine, not the default 5.
vi.setConfig({ testTimeout: 60_000 });

const plan = fixtureText(recordsPlan);

/** An edit that puts one character somewhere in the plan, where it is expected, and the words both messages must use. */
const refused: Array<{ name: string; edit: (text: string) => string; at: (edited: string) => string; en: RegExp; ja: RegExp }> = [
	{
		name: 'NUL in official text',
		edit: (t) => t.replace('記録の電子化（架空）', '記録の\0電子化（架空）'),
		at: (t) => positionOf(t, '\0'),
		en: /U\+0000 null \(NUL\) is not allowed in the text/u,
		ja: /本文に使えない文字 U\+0000 ヌル文字/u,
	},
	{
		name: 'U+000B (a line break pasted from Word) in official text',
		edit: (t) => t.replace('紙の記録を電子化します', '紙の記録を\v電子化します'),
		at: (t) => positionOf(t, '\v'),
		en: /U\+000B vertical tab \(a line break pasted from Word\)/u,
		ja: /U\+000B 垂直タブ（Word から貼り付けた改行）/u,
	},
	{
		name: 'an escape character (C0) in English text',
		edit: (t) => t.replace('Digitizing records', 'Digitizing\x1b records'),
		at: (t) => positionOf(t, '\x1b'),
		en: /U\+001B escape/u,
		ja: /U\+001B エスケープ文字/u,
	},
	{
		name: 'DEL',
		edit: (t) => t.replace('電子化した記録の件数', '電子化した\x7f記録の件数'),
		at: (t) => positionOf(t, '\x7f'),
		en: /U\+007F delete \(DEL\)/u,
		ja: /U\+007F 削除文字/u,
	},
	{
		name: 'a C1 control character',
		edit: (t) => t.replace('記録の電子化（架空）', '記録の\u0085電子化（架空）'),
		at: (t) => positionOf(t, '\u0085'),
		en: /U\+0085 next line/u,
		ja: /U\+0085 次行/u,
	},
	{
		name: 'a zero width space in a key',
		edit: (t) => t.replace('    rank: 1', '    ra\u200bnk: 1'),
		at: (t) => positionOf(t, '\u200b'),
		en: /U\+200B zero width space is not allowed in a key/u,
		ja: /項目名（キー）に使えない文字 U\+200B ゼロ幅スペース/u,
	},
	{
		name: 'a zero width space in official text',
		edit: (t) => t.replace('記録の電子化（架空）', '記録の\u200b電子化（架空）'),
		at: (t) => positionOf(t, '\u200b'),
		en: /U\+200B zero width space is not allowed in the text/u,
		ja: /U\+200B ゼロ幅スペース/u,
	},
	{
		name: 'a word joiner in text',
		edit: (t) => t.replace('記録の電子化（架空）', '記録の\u2060電子化（架空）'),
		at: (t) => positionOf(t, '\u2060'),
		en: /U\+2060 word joiner/u,
		ja: /U\+2060 単語結合子/u,
	},
	{
		name: 'a byte-order mark inside the text',
		edit: (t) => t.replace('記録の電子化（架空）', '記録の\ufeff電子化（架空）'),
		at: (t) => positionOf(t, '\ufeff'),
		en: /U\+FEFF byte order mark/u,
		ja: /U\+FEFF バイト順マーク/u,
	},
	{
		name: 'a bidirectional override (a "Trojan source" trick)',
		edit: (t) => t.replace('Digitizing records', 'Digitizing \u202erecords'),
		at: (t) => positionOf(t, '\u202e'),
		en: /U\+202E bidirectional control character/u,
		ja: /U\+202E 双方向制御文字/u,
	},
	{
		name: 'a full-width space in the indentation',
		edit: (t) => t.replace('\n    rank: 1', '\n\u3000  rank: 1'),
		at: (t) => positionOf(t, '\u3000'),
		en: /U\+3000 ideographic space is not allowed in the indentation/u,
		ja: /字下げに使えない文字 U\+3000 全角スペース/u,
	},
	{
		name: 'a no-break space in the indentation',
		edit: (t) => t.replace('\n    rank: 1', '\n \u00a0  rank: 1'),
		at: (t) => positionOf(t, '\u00a0'),
		en: /U\+00A0 no-break space is not allowed in the indentation/u,
		ja: /字下げに使えない文字 U\+00A0 ノーブレークスペース/u,
	},
	{
		name: 'a no-break space in a key',
		edit: (t) => t.replace('  - id: digitize-records', '  - i\u00a0d: digitize-records'),
		at: (t) => positionOf(t, '\u00a0'),
		en: /U\+00A0 no-break space is not allowed in a key/u,
		ja: /項目名（キー）に使えない文字 U\+00A0/u,
	},
	{
		name: 'a full-width space after a colon',
		edit: (t) => t.replace('fiscalYear: 2025', 'fiscalYear:\u30002025'),
		at: (t) => positionOf(t, '\u3000'),
		en: /U\+3000 ideographic space is not allowed in the space after a colon/u,
		ja: /コロンと値の間に使えない文字 U\+3000 全角スペース/u,
	},
	{
		name: 'NUL written as a YAML escape',
		edit: (t) => t.replace('      ja: 記録の電子化（架空）', '      ja: "記録の\\0電子化"'),
		at: (t) => positionOf(t, '"記録の'),
		en: /U\+0000 null/u,
		ja: /U\+0000 ヌル文字/u,
	},
	{
		name: 'a lone surrogate written as a YAML escape',
		edit: (t) => t.replace('      en: Digitizing records (fictional)', '      en: "Digitizing \\ud800 records"'),
		at: (t) => positionOf(t, '"Digitizing'),
		en: /U\+D800 lone surrogate/u,
		ja: /U\+D800 対になっていないサロゲート/u,
	},
	{
		name: 'a vertical tab written as a YAML escape',
		edit: (t) => t.replace('      ja: 記録の電子化（架空）', '      ja: "記録の\\v電子化"'),
		at: (t) => positionOf(t, '"記録の'),
		en: /U\+000B vertical tab/u,
		ja: /U\+000B 垂直タブ/u,
	},
];

describe('control, invisible and out-of-place characters', () => {
	it.each(refused)('refuses $name, named in both languages at its line and column (exit 1)', ({ edit, at, en, ja }) => {
		const data = hostileCopy();
		try {
			const edited = edit(plan);
			expect(edited).not.toBe(plan);
			data.write(recordsPlan, edited);
			const run = data.validate();
			expect(run.status).toBe(1);
			expectLocated(run.stderr, `${data.shown(recordsPlan)}:${at(edited)}`, en, ja);
		} finally {
			data.remove();
		}
	});

	it('accepts a full-width space inside Japanese prose without a word, and warns of a no-break space there', () => {
		const data = hostileCopy();
		try {
			const edited = plan.replace('記録の電子化（架空）', '記録の\u3000電子化（架空）').replace('紙の記録を電子化します', '紙の記録を\u00a0電子化します');
			data.write(recordsPlan, edited);
			const run = data.validate();
			expect(run.status).toBe(0);
			expect(run.stderr).not.toMatch(/U\+3000/u);
			expectLocated(
				run.stderr,
				`${data.shown(recordsPlan)}:${positionOf(edited, '\u00a0')}`,
				/U\+00A0 no-break space in the text/u,
				/本文に U\+00A0 ノーブレークスペース/u,
				'warning',
			);
		} finally {
			data.remove();
		}
	});

	it('names characters and places them in a line', () => {
		expect(characterName('\u3000')).toEqual({ ja: 'U+3000 全角スペース', en: 'U+3000 ideographic space' });
		expect(characterName('\u200b')).toEqual({ ja: 'U+200B ゼロ幅スペース', en: 'U+200B zero width space' });
		expect(characterName('\x02').en).toBe('U+0002 control character');
		expect(placeInLine('  - ja: 本文', 7)).toBe('text');
		expect(placeInLine('  - ja: 本文', 4)).toBe('key');
		expect(placeInLine('\u3000 ja: x', 0)).toBe('indentation');
		expect(placeInLine('    text with: colon', 6)).toBe('key');
		expect(characterProblems('f.yaml', 'a: "tab\tinside"\r\nb: 1\r\n')).toEqual([]);
	});

	it('gives the same messages and exit code through npm run validate', () => {
		const data = hostileCopy();
		try {
			data.write(
				recordsPlan,
				refused.slice(0, 6).reduce((text, { edit }) => edit(text), plan),
			);
			expectCliAgrees(data);
		} finally {
			data.remove();
		}
	}, 60_000);
});
