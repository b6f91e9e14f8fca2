import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { textLanguage } from '~/lib/i18n/text-language.ts';
import { yearChangeRows, yearsWithHistory } from '~/lib/open-data/change-rows.ts';
import { changeHistoryView } from '~/lib/pages/change-history.ts';
import { changeText } from '~/lib/site/change-text.ts';
import { indicatorRows } from '~/lib/site/indicator-rows.ts';
import { changeMarks, targetChanges } from '~/lib/site/later-changes.ts';
import { readSiteHistories, type PlanHistoryStatus } from '~/lib/site/plan-histories.ts';
import type { PlanWithFile } from '~/lib/site/site-data.ts';
import { changedTargetKeys, indicatorRowKey, targetChangeRows } from '~/lib/site/target-change-rows.ts';
import { escapeXml } from '~/lib/site/xml.ts';
import { createPlanRepository, withTemporaryFolder, type PlanRepository } from './history-repository.ts';

/** The FICTIONAL plan repository of the history engine's tests, read as the site reads it. */
let repository: PlanRepository;
let file: string;
let history: PlanHistoryStatus;
let plan: PlanWithFile;
beforeAll(() => {
	repository = createPlanRepository();
	const dataDir = path.join(repository.dir, 'data');
	file = path.relative(process.cwd(), path.join(dataDir, 'plans/2025/civic-services/records-office.yaml'));
	writeFileSync(path.join(dataDir, 'plans/2025/civic-services/uncommitted.yaml'), 'not committed');
	const histories = readSiteHistories(dataDir, [file, path.relative(process.cwd(), path.join(dataDir, 'plans/2025/civic-services/uncommitted.yaml'))]);
	history = histories.get(file)!;
	if (!history.available) throw new Error(`history unavailable: ${history.reason}`);
	const last = history.entries.at(-1)!;
	expect(last.kind).toBe('changes');
	const { dataset } = loadDataset('tests/fixtures/fictional-city');
	const current = dataset!.plans.find((record) => record.plan.section === 'records')!.plan;
	// The plan as last committed: the first indicator's target as the merge left it.
	plan = {
		...current,
		initiatives: [
			{
				...current.initiatives[0],
				indicators: [{ ...current.initiatives[0].indicators[0], number: '①', target: { text: { ja: '85%以上', en: '85% or more' } } }],
			},
		],
		file,
		updated: last.date,
		history,
	} as PlanWithFile;
});
afterAll(() => repository.remove());

describe('readSiteHistories', () => {
	it('reads the data directory’s own repository, not the one the build runs in', () => {
		expect(history.available && history.entries.map((entry) => entry.date)).toEqual([
			'2025-04-01',
			'2025-05-10',
			'2025-10-15',
			'2025-11-01',
			'2026-05-20',
			'2026-06-15',
		]);
	});
	it('says a file nobody committed has no history, and a data directory outside any repository none at all', () => {
		const statuses = [
			...readSiteHistories(path.join(repository.dir, 'data'), [
				path.relative(process.cwd(), path.join(repository.dir, 'data/plans/2025/civic-services/uncommitted.yaml')),
			]).values(),
		];
		expect(statuses).toEqual([{ available: false, reason: 'not-committed' }]);
		withTemporaryFolder((dir) => {
			expect([...readSiteHistories(dir, ['plans/2025/a/b.yaml']).values()]).toEqual([{ available: false, reason: 'not-a-repository' }]);
		});
	});
});

describe('later changes and marks', () => {
	it('finds every target change after first publication, oldest first, with its reason', () => {
		expect(targetChanges(history).map(({ date, reason, change }) => [date, reason, change.old?.ja, change.new?.ja])).toEqual([
			['2025-05-10', 'Raise the digitization target after the budget revision', '70%以上', '80%以上'],
			['2026-06-15', 'Correct the target to the council figure', '80%以上', '85%以上'],
		]);
	});
	it('marks changed indicators, but not reviews added, translations or the first publication', () => {
		const marks = changeMarks(history);
		expect(marks.indicators.get('digitize-records/①')!.map(({ change }) => change.field)).toEqual(['target', 'target']);
		expect(marks.initiatives.get('digitize-records')).toBeUndefined();
		expect(changeMarks({ available: false, reason: 'shallow' }).indicators.size).toBe(0);
	});
});

describe('the change history of a section page', () => {
	it('lists plan changes newest first, ending with the first publication, and translation updates apart', () => {
		const view = changeHistoryView(plan, history, 'ja');
		if (!view.available) throw new Error('expected a history');
		expect(view.entries.map((entry) => [entry.date, entry.first])).toEqual([
			['2026-06-15', false],
			['2026-05-20', false],
			['2025-10-15', false],
			['2025-05-10', false],
			['2025-04-01', true],
		]);
		expect(view.entries[3].changes[0]).toMatchObject({ label: '目標値を変更', indicator: '①', initiative: { anchor: 'digitize-records' } });
		expect(view.entries[3].commit).toBe(repository.commits.target.slice(0, 7));
		expect(view.translationUpdates.map((entry) => [entry.date, entry.changes.map((change) => change.text.lang)])).toEqual([['2025-11-01', ['en']]]);
	});
	it('says why there is no history instead of an empty list', () => {
		expect(changeHistoryView(plan, { available: false, reason: 'shallow' }, 'en')).toEqual({ available: false, reason: 'shallow' });
	});
	it('shows old → new in the page’s language only when that text changed, else in the official Japanese', () => {
		const change = { kind: 'plan' as const, old: { ja: '70%以上', en: '70% or more' }, new: { ja: '80%以上', en: '80% or more' } };
		expect(changeText(change, 'ja')).toEqual({
			lang: 'ja',
			segments: [
				{ kind: 'deleted', text: '7' },
				{ kind: 'inserted', text: '8' },
				{ kind: 'same', text: '0%以上' },
			],
		});
		expect(changeText(change, 'en').lang).toBe('en');
		expect(changeText({ ...change, new: { ...change.new, en: '70% or more' } }, 'en').lang).toBe('ja');
		expect(changeText({ kind: 'plan', new: { ja: '新しい指標' } }, 'en')).toEqual({ lang: 'ja', segments: [{ kind: 'inserted', text: '新しい指標' }] });
	});
});

describe('target changes across a year', () => {
	it('flags the changed indicator’s row and lists each change joined to it', () => {
		const { dataset } = loadDataset('tests/fixtures/fictional-city');
		const rows = indicatorRows(dataset!.organization, dataset!.planTypes, [plan]);
		expect(rows.map((row) => changedTargetKeys([plan]).has(indicatorRowKey(row)))).toEqual([true]);
		const changes = targetChangeRows([plan], rows);
		expect(changes.map((change) => [change.date, change.old.ja, change.new.ja, change.indicator.anchor])).toEqual([
			['2025-05-10', '70%以上', '80%以上', rows[0].anchor],
			['2026-06-15', '80%以上', '85%以上', rows[0].anchor],
		]);
		expect(targetChangeRows([{ ...plan, history: { available: false, reason: 'shallow' } }], rows)).toEqual([]);
	});
	it('publishes change files only for years with a readable history', () => {
		const unavailable = { ...plan, fiscalYear: 2024, history: { available: false, reason: 'shallow' } as const };
		expect(yearsWithHistory([plan, unavailable])).toEqual([2025]);
		const dates = yearChangeRows([plan, unavailable], 2025).map((row) => row.date);
		expect([...new Set(dates)]).toEqual(['2025-04-01', '2025-05-10', '2025-10-15', '2025-11-01', '2026-05-20', '2026-06-15']);
		expect(dates).toEqual([...dates].sort());
		expect(yearChangeRows([plan, unavailable], 2024)).toEqual([]);
	});
});

describe('free texts in feeds and pages', () => {
	it('escapes markup and drops characters XML cannot hold, keeping emoji', () => {
		expect(escapeXml('a<b>&"\'\u0000\u0008\u000B\uFFFE\uD800 😀\tok\n')).toBe('a&lt;b&gt;&amp;&quot;&apos; 😀\tok\n');
	});
	it('guesses the language of a commit message for its lang attribute', () => {
		expect(textLanguage('目標値を修正')).toBe('ja');
		expect(textLanguage('Fix the target')).toBe('en');
	});
});
