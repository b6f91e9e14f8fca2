import { describe, expect, it, vi } from 'vitest';
import { readYamlFile } from '~/lib/data/yaml-file.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { certainlyPlainBlockYaml, maxNestingDepth, yamlTreeProblems } from '~/lib/data/check-yaml-structure.ts';
import { listFiles } from '~/lib/files/list-files.ts';
import { expectCliAgrees, expectLocated, fixtureText, hostileCopy, positionOf, recordsPlan } from './hostile-data.ts';

// Each case reads a copy of a data set and some run a command: seconds on a busy shared machine, not the default 5.
vi.setConfig({ testTimeout: 60_000 });

const plan = fixtureText(recordsPlan);

/** The "billion laughs": each line doubles nine times the one before; about 55 KB expand to gigabytes. */
function laughs(bytes: number): string {
	let text = 'lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
	for (let level = 1; text.length < bytes; level += 1) {
		text += `lol${level}: &l${level} [${Array.from({ length: 9 }, () => `*l${level - 1}`).join(', ')}]\n`;
	}
	return text;
}

/** Edits that use what a data file must not, the position the error must name, and its words. */
const refused: Array<{ name: string; edit: (text: string) => string; at: (edited: string) => string; en: RegExp; ja: RegExp }> = [
	{
		name: 'an anchor and an alias',
		edit: (t) => t.replace('    title:\n', '    title: &title\n').replace('    activities:\n', '    notes: [*title]\n    activities:\n'),
		at: (t) => positionOf(t, '&title'),
		en: /YAML anchors \(&name\) are not allowed/u,
		ja: /アンカー（&名前）は使えません/u,
	},
	{
		name: 'an alias to an anchor',
		edit: (t) => t.replace('    title:\n', '    title: &title\n').replace('    activities:\n', '    notes: [*title]\n    activities:\n'),
		at: (t) => positionOf(t, '*title'),
		en: /YAML aliases \(\*name\) are not allowed/u,
		ja: /エイリアス（\*名前）は使えません/u,
	},
	{
		name: 'a merge key',
		edit: (t) => t.replace('  - id: digitize-records\n', '  - id: digitize-records\n    <<: {rank: 1}\n'),
		at: (t) => positionOf(t, '<<'),
		en: /YAML merge keys \(<<\) are not allowed/u,
		ja: /マージキー（<<）は使えません/u,
	},
	{
		name: 'a standard tag',
		edit: (t) => t.replace('fiscalYear: 2025', 'fiscalYear: !!int 2025'),
		at: (t) => positionOf(t, '!!int'),
		en: /YAML tags \(starting with !\) are not allowed/u,
		ja: /タグ（! で始まる型指定）は使えません/u,
	},
	{
		name: 'a custom tag',
		edit: (t) => t.replace('      ja: 記録の電子化（架空）', '      ja: !js/function "function () {}"'),
		at: (t) => positionOf(t, '!js/function'),
		en: /YAML tags/u,
		ja: /タグ/u,
	},
	{
		name: 'the billion laughs (55 KB)',
		edit: () => laughs(55_000),
		at: () => '1:7',
		en: /YAML anchors/u,
		ja: /アンカー/u,
	},
	{
		name: 'deep nesting in brackets (6 KB)',
		edit: () => `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
		at: () => `1:${3 + maxNestingDepth}`, // the mapping `a:` is the first level
		en: /Nesting is too deep \(at most 32 levels\)/u,
		ja: /入れ子が深すぎます（32段まで）/u,
	},
	{
		name: 'deep nesting by indentation',
		edit: () => Array.from({ length: 60 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') + ' 1\n',
		at: () => `${maxNestingDepth + 1}:${2 * maxNestingDepth + 1}`,
		en: /Nesting is too deep/u,
		ja: /入れ子が深すぎます/u,
	},
	{
		name: 'deep nesting of compact lists',
		edit: () => `${'- '.repeat(3000)}x\n`,
		at: () => `1:${2 * maxNestingDepth + 1}`,
		en: /Nesting is too deep/u,
		ja: /入れ子が深すぎます/u,
	},
];

describe('YAML features a data file must not use, and limits', () => {
	it.each(refused)('refuses $name before expanding anything, located, in both languages (exit 1)', ({ edit, at, en, ja }) => {
		const data = hostileCopy();
		try {
			const edited = edit(plan);
			data.write(recordsPlan, edited);
			const run = data.validate();
			expect(run.status).toBe(1);
			expect(run.stderr).not.toMatch(/Maximum call stack|RangeError|    at /u);
			expectLocated(run.stderr, `${data.shown(recordsPlan)}:${at(edited)}`, en, ja);
		} finally {
			data.remove();
		}
	});

	it('refuses the billion laughs and 6 KB of nesting in milliseconds, not seconds (a guard against expansion, not a speed goal)', () => {
		for (const text of [laughs(55_000), `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, `${'{a: '.repeat(1500)}1${'}'.repeat(1500)}\n`]) {
			const started = performance.now();
			const yaml = readYamlFile('hostile.yaml', text);
			expect(performance.now() - started).toBeLessThan(1000);
			expect(yaml.data).toBeUndefined();
			expect(yaml.problems.length).toBeGreaterThan(0);
		}
	});

	const syntax: Array<{ name: string; edit: (text: string) => string; en: RegExp; ja: RegExp }> = [
		{
			name: 'a duplicate key',
			edit: (t) => t.replace('    rank: 1\n', '    rank: 1\n    rank: 2\n'),
			en: /the same key is written twice/u,
			ja: /同じ項目名（キー）が2回書かれています/u,
		},
		{ name: 'a bad indentation', edit: (t) => t.replace('    rank: 1\n', '     rank: 1\n'), en: /YAML syntax error/u, ja: /YAMLの書き方に誤りがあります：/u },
		{
			name: 'an unclosed bracket',
			edit: (t) => t.replace('planTypes:\n      - individual-plan\n', 'planTypes: [individual-plan\n'),
			en: /YAML syntax error/u,
			ja: /YAMLの書き方に誤りがあります：/u,
		},
		{
			name: 'an unclosed quote',
			edit: (t) => t.replace('      ja: 記録の電子化（架空）', '      ja: "記録の電子化（架空）'),
			en: /YAML syntax error/u,
			ja: /YAMLの書き方に誤りがあります：/u,
		},
		{ name: 'a tab as indentation', edit: (t) => t.replace('    rank: 1\n', '\trank: 1\n'), en: /YAML syntax error/u, ja: /YAMLの書き方に誤りがあります：/u },
		{ name: 'two documents', edit: (t) => `${t}---\nfiscalYear: 2026\n`, en: /several documents/u, ja: /文書が複数あります/u },
	];
	it.each(syntax)('explains $name in Japanese as well as English', ({ edit, en, ja }) => {
		const yaml = readYamlFile('plan.yaml', edit(plan));
		const errors = yaml.problems.filter((problem) => problem.severity === 'error');
		expect(errors.length).toBeGreaterThan(0);
		expect(errors[0].message.en).toMatch(en);
		expect(errors[0].message.ja).toMatch(ja);
		for (const error of errors) expect(error.message.ja).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/u);
	});

	it('gives the same messages and exit code through npm run validate', () => {
		const data = hostileCopy();
		try {
			data.write(recordsPlan, refused[0].edit(plan));
			data.write('plans/2025/civic-services/resident-support.yaml', laughs(55_000));
			data.write('plans/2024/civic-services/counter-services.yaml', `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`);
			expectCliAgrees(data);
		} finally {
			data.remove();
		}
	}, 60_000);
});

describe('the fast way through the structure check', () => {
	/** Every YAML file of the published data and the fixtures. */
	const dataFiles = ['data', 'tests/fixtures'].flatMap((folder) => listFiles(folder, /\.ya?ml$/u));

	it('lets the plain block YAML staff write through without a syntax tree', () => {
		const plans = dataFiles.filter((file) => file.includes(`${path.sep}plans${path.sep}`));
		expect(plans.length).toBeGreaterThan(0);
		for (const file of plans) expect(certainlyPlainBlockYaml(readFileSync(file, 'utf8')), file).toBe(true);
	});

	it('sends everything that could hide an anchor, alias, tag, merge key or deep nesting to the full check', () => {
		const unusual = [
			'a: &x 1\nb: *x\n',
			'- *x\n',
			'k: !!str 1\n',
			'<<: {a: 1}\n',
			'<< : 1\n',
			'? a\n: b\n',
			'--- &a\nk: v\n',
			'"k": &a v\n',
			"'k': [a]\n",
			'k: [a, b]\n',
			'k: {a: 1}\n',
			'- - &a x\n',
			'k:\n  &a\n  v\n',
			'a:\r  b: &x 1\r',
			'a:\n\tb: 1\n',
			`${Array.from({ length: 40 }, () => '- ').join('')}x\n`,
			Array.from({ length: 34 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n') + ' 1\n',
		];
		for (const text of unusual) expect(certainlyPlainBlockYaml(text), JSON.stringify(text)).toBe(false);
	});

	it('never lets through what the full check refuses: nesting of every shape and depth, and a thousand mutations of the data', () => {
		const shapes: unknown[] = [];
		for (let depth = 1; depth <= 40; depth += 1) {
			for (const pattern of ['m', 's', 'ms', 'sm', 'mms']) {
				let value: unknown = 'x';
				for (let level = depth - 1; level >= 0; level -= 1) value = pattern[level % pattern.length] === 'm' ? { k: value } : [value];
				shapes.push(value);
			}
		}
		const texts = shapes.flatMap((value) => [stringify(value, { indent: 1, indentSeq: false }), stringify(value, { indent: 2 })]);
		let random = 7;
		const next = () => (random = (random * 48271) % 2147483647);
		const marks = ['&a ', '*a', '!t ', '<<: ', '[', '{', '? ', '\r', '- ', '  ', '\n'];
		for (const file of dataFiles.slice(0, 12)) {
			const text = readFileSync(file, 'utf8');
			for (let round = 0; round < 90; round += 1) {
				const at = next() % text.length;
				texts.push(`${text.slice(0, at)}${marks[next() % marks.length]}${text.slice(at)}`);
			}
		}
		let fast = 0;
		for (const text of texts) {
			if (!certainlyPlainBlockYaml(text)) continue;
			fast += 1;
			expect(yamlTreeProblems('mutated.yaml', text), JSON.stringify(text.slice(0, 200))).toEqual([]);
		}
		// Both answers occur: the comparison is not empty.
		expect(fast).toBeGreaterThan(100);
		expect(fast).toBeLessThan(texts.length);
	});
});
