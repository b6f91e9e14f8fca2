import { describe, expect, it, vi } from 'vitest';
import { suggestedDate } from '~/lib/data/describe-issue.ts';
import { meantChoice } from '~/lib/data/choice-message.ts';
import { expectCliAgrees, expectLocated, fixtureText, hostileCopy, positionOf, recordsPlan, reviewedPlan } from './hostile-data.ts';

// Each case reads a copy of a data set and some run a command: seconds on a busy shared machine, not the default 5.
vi.setConfig({ testTimeout: 60_000 });

/** An edit of one data file, the text at which the error must point, and the words of both messages. */
const refused: Array<{ name: string; file: string; edit: (text: string) => string; at: string; after?: string; en: RegExp; ja: RegExp }> = [
	...[
		'javascript:alert(document.cookie)',
		'JavaScript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'ftp://example.org/licence',
	].map((url) => ({
		name: `a ${url.split(':')[0]}: licence URL`,
		file: 'site.yaml',
		edit: (t: string) => t.replace('url: https://creativecommons.org/licenses/by/4.0/', `url: "${url}"`),
		at: `"${url}"`,
		en: /"license\.url" is not written correctly: Write a web address starting with https:\/\//u,
		ja: /https:\/\/（または http:\/\/）で始まるウェブアドレス/u,
	})),
	{
		name: 'a javascript: contact URL',
		file: 'site.yaml',
		edit: (t) => t.replace('  email: feedback@example.org', '  email: feedback@example.org\n  url: javascript:alert(1)'),
		at: 'javascript:alert(1)',
		en: /"contact\.url" is not written correctly/u,
		ja: /ウェブアドレス/u,
	},
	{
		name: 'a Japanese label as progress status',
		file: reviewedPlan,
		edit: (t) => t.replace('status: on-track', 'status: 順調'),
		at: '順調',
		en: /Unknown progress status "順調"\. "順調" is a label: write its id, on-track\. Use one of: ahead \(Ahead of schedule, 予定以上\), on-track \(On track, 順調\)/u,
		ja: /進捗状況「順調」は定義にありません。「順調」は表示名です。IDの on-track を書いてください。使える値: ahead（予定以上）、on-track（順調）/u,
	},
	{
		name: 'an English label as progress status',
		file: reviewedPlan,
		edit: (t) => t.replace('status: on-track', 'status: On track'),
		at: 'On track',
		en: /"On track" is a label: write its id, on-track/u,
		ja: /IDの on-track を書いてください/u,
	},
	{
		name: 'a near miss of a status id',
		file: reviewedPlan,
		edit: (t) => t.replace('status: on-track', 'status: ontrack'),
		at: 'ontrack',
		en: /Unknown progress status "ontrack"\. Did you mean on-track\?/u,
		ja: /on-track のことですか？/u,
	},
	{
		name: 'a Japanese label as rating',
		file: reviewedPlan,
		edit: (t) => t.replace('rating: achieved', 'rating: 達成'),
		at: '達成',
		after: 'rating: ',
		en: /Unknown rating "達成"\. "達成" is a label: write its id, achieved\. Use one of: /u,
		ja: /評価「達成」は定義にありません。「達成」は表示名です。IDの achieved/u,
	},
	{
		name: 'a misspelt rating in capitals',
		file: reviewedPlan,
		edit: (t) => t.replace('rating: achieved', 'rating: ACHEIVED'),
		at: 'ACHEIVED',
		after: 'rating: ',
		en: /Unknown rating "ACHEIVED"\. Did you mean achieved\?/u,
		ja: /achieved のことですか？/u,
	},
	{
		name: 'a Japanese label as plan type',
		file: recordsPlan,
		edit: (t) => t.replace('planTypes:\n      - individual-plan\n', 'planTypes:\n      - 個別計画\n'),
		at: '個別計画\n',
		en: /Unknown plan type "個別計画"\. "個別計画" is a label: write its id, individual-plan\. Use one of: individual-plan \(Individual plan, 個別計画\)/u,
		ja: /計画類型「個別計画」は定義にありません。「個別計画」は表示名です。IDの individual-plan/u,
	},
	{
		name: 'a duplicated plan type',
		file: recordsPlan,
		edit: (t) => t.replace('planTypes:\n      - individual-plan\n', 'planTypes:\n      - individual-plan\n      - individual-plan\n'),
		at: 'individual-plan\n    title',
		en: /Plan type "individual-plan" is listed twice/u,
		ja: /計画類型「individual-plan」がこの取組項目に2回書かれています/u,
	},
	...[
		['2025/10/15', '2025-10-15'],
		['2025.10.15', '2025-10-15'],
		['2025年10月15日', '2025-10-15'],
		['２０２５/１０/１５', '2025-10-15'],
		['2025-9-1', '2025-09-01'],
	].map(([written, meant]) => ({
		name: `the date ${written}`,
		file: reviewedPlan,
		edit: (t: string) => t.replace('reportedOn: 2025-10-15', `reportedOn: ${written}`),
		at: written,
		en: new RegExp(`write the date as YYYY-MM-DD: write "${written}" as ${meant}`, 'u'),
		ja: new RegExp(`YYYY-MM-DD の形で書いてください：「${written}」は ${meant} と書きます`, 'u'),
	})),
	{
		name: 'an impossible date',
		file: reviewedPlan,
		edit: (t) => t.replace('reportedOn: 2025-10-15', 'reportedOn: 2025-02-30'),
		at: '2025-02-30',
		en: /write the date as YYYY-MM-DD/u,
		ja: /日付は YYYY-MM-DD の形で書いてください/u,
	},
	{
		name: 'a duplicated id in a review scale',
		file: 'review-scales.yaml',
		edit: (t) => t.replace('  - id: ahead', '  - id: on-track'),
		at: 'on-track',
		after: 'tone: good\n    label:\n      ja: 予定以上\n      en: Ahead of schedule\n  - id: ',
		en: /The id "on-track" is used twice in progressStatus/u,
		ja: /ID「on-track」が progressStatus で重複しています/u,
	},
	{
		name: 'a duplicated plan type id',
		file: 'plan-types.yaml',
		edit: (t) => t.replace('  - id: management-reform-plan', '  - id: individual-plan'),
		at: 'individual-plan\n    label:\n      ja: 経営改革プラン',
		en: /Plan type id "individual-plan" is used twice/u,
		ja: /計画類型のID「individual-plan」が重複しています/u,
	},
	{
		name: 'an id in capitals',
		file: recordsPlan,
		edit: (t) => t.replace('  - id: digitize-records', '  - id: Digitize_Records'),
		at: 'Digitize_Records',
		en: /Use lower-case ASCII letters, digits and single hyphens/u,
		ja: /半角の小文字英字・数字と、間に1つずつのハイフンで書いてください/u,
	},
	{
		name: 'an empty Japanese text',
		file: recordsPlan,
		edit: (t) => t.replace('      ja: 記録の電子化（架空）', '      ja: "  "'),
		at: '"  "',
		en: /Japanese text \(ja\) must not be empty|is empty/u,
		ja: /日本語（ja）が空です|が空です/u,
	},
];

describe('values that must be ids, dates and safe links', () => {
	it.each(refused)('refuses $name at its position, in both languages (exit 1)', ({ file, edit, at, after, en, ja }) => {
		const data = hostileCopy();
		try {
			const edited = edit(fixtureText(file));
			data.write(file, edited);
			const run = data.validate();
			expect(run.status).toBe(1);
			expectLocated(run.stderr, `${data.shown(file)}:${positionOf(edited, at, after)}`, en, ja);
		} finally {
			data.remove();
		}
	});

	it('accepts http and https links', () => {
		const data = hostileCopy();
		try {
			data.edit('site.yaml', (t) => t.replace('url: https://creativecommons.org/licenses/by/4.0/', 'url: http://creativecommons.org/licenses/by/4.0/'));
			expect(data.validate().status).toBe(0);
		} finally {
			data.remove();
		}
	});

	it('reads the date a person meant, and the choice a label or typo stands for', () => {
		expect(suggestedDate('2025/1/5')).toBe('2025-01-05');
		expect(suggestedDate('R7.10.15')).toBeUndefined();
		const choices = [
			{ id: 'on-track', label: { ja: '順調', en: 'On track' } },
			{ id: 'behind', label: { ja: '遅れ', en: 'Behind schedule' } },
		];
		expect(meantChoice('遅れ', choices)).toEqual({ choice: choices[1], byLabel: true });
		expect(meantChoice('on_track', choices)).toEqual({ choice: choices[0], byLabel: false });
		expect(meantChoice('ｏｎ－ｔｒａｃｋ', choices)?.choice.id).toBe('on-track');
		expect(meantChoice('finished', choices)).toBeUndefined();
	});

	it('gives the same messages and exit code through npm run validate', () => {
		const data = hostileCopy();
		try {
			for (const file of [reviewedPlan, 'site.yaml']) {
				const edits = refused.filter((item) => item.file === file).slice(0, 1);
				data.write(
					file,
					edits.reduce((text, { edit }) => edit(text), fixtureText(file)),
				);
			}
			data.edit(reviewedPlan, (t) => t.replace('reportedOn: 2025-10-15', 'reportedOn: 2025/10/15'));
			expectCliAgrees(data);
		} finally {
			data.remove();
		}
	}, 60_000);
});
