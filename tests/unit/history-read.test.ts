import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanHistories, type PlanVersion } from '~/lib/history/read-history.ts';
import { planHistory } from '~/lib/history/plan-history.ts';
import { changeRows, changeRowsCsv, changeRowsJson } from '~/lib/open-data/change-rows.ts';
import { createPlanRepository, withTemporaryFolder, type PlanRepository } from './history-repository.ts';

let repository: PlanRepository;
let versions: PlanVersion[];
beforeAll(() => {
	repository = createPlanRepository();
	const histories = readPlanHistories('data', repository.dir);
	if (!histories.available) throw new Error(`history unavailable: ${histories.reason}`);
	versions = histories.files.get('plans/2025/civic-services/records-office.yaml') ?? [];
});
afterAll(() => repository.remove());

describe('readPlanHistories', () => {
	it('lists the published versions of a renamed file oldest first, skipping invalid ones and branch commits', () => {
		const { commits } = repository;
		expect(versions.map((version) => version.commit)).toEqual([
			commits.first,
			commits.target,
			commits.repaired,
			commits.midYear,
			commits.english,
			commits.reformat,
			commits.yearEnd,
			commits.merge,
		]);
	});
	it('dates versions by the committer date in UTC and gives the pull request title of a merge as its reason', () => {
		expect(versions[0]).toMatchObject({ date: '2025-04-01', reason: 'Publish the FY2025 plans' });
		expect(versions[1]).toMatchObject({ date: '2025-05-10', reason: 'Raise the digitization target after the budget revision' });
		expect(versions.at(-1)).toMatchObject({ date: '2026-06-15', reason: 'Correct the target to the council figure' });
	});
	it('keeps the text as committed, not the uncommitted edit', () => {
		expect(versions.at(-1)!.text).toContain('85%以上');
		expect(versions.at(-1)!.plan.initiatives[0].indicators[0].target.text.ja).toBe('85%以上');
		expect(versions.some((version) => version.text.includes('99%'))).toBe(false);
	});
	it('covers every plan file of the data directory, under its path relative to it', () => {
		const histories = readPlanHistories('data', repository.dir);
		expect(histories.available && [...histories.files.keys()].sort()).toEqual([
			'plans/2025/civic-services/records-office.yaml',
			'plans/2025/civic-services/resident-support.yaml',
		]);
		expect(histories.available && histories.files.get('plans/2025/civic-services/resident-support.yaml')?.map((version) => version.commit)).toEqual([
			repository.commits.first,
		]);
	});
	it('reads the history with the data directory given from inside the repository', () => {
		const histories = readPlanHistories('.', path.join(repository.dir, 'data'));
		expect(histories.available && histories.files.get('plans/2025/civic-services/records-office.yaml')?.length).toBe(8);
	});
});

describe('planHistory', () => {
	it('tells the story: first publication, then each visible change with its date, commit and reason', () => {
		const { commits } = repository;
		const history = planHistory(versions);
		expect(history.map((entry) => [entry.kind, entry.commit])).toEqual([
			['first-publication', commits.first],
			['changes', commits.target],
			['changes', commits.midYear],
			['changes', commits.english],
			['changes', commits.yearEnd],
			['changes', commits.merge],
		]);
		const fields = history.map((entry) => (entry.kind === 'changes' ? entry.changes.map((change) => `${change.kind}:${change.field}`) : []));
		expect(fields).toEqual([
			[],
			['plan:target'],
			['plan:mid-year-review-added'],
			['translation:title'],
			['plan:result-added', 'plan:year-end-review-added'],
			['plan:target'],
		]);
		expect(history[1]).toMatchObject({
			date: '2025-05-10',
			reason: 'Raise the digitization target after the budget revision',
			changes: [
				{
					initiative: 'digitize-records',
					indicator: { number: '①', position: 1 },
					old: { ja: '70%以上', en: '70% or more' },
					new: { ja: '80%以上', en: '80% or more' },
				},
			],
		});
	});
});

describe('change rows', () => {
	it('gives one row per change, with the section, ids, both languages, reason and commit, as CSV and JSON', () => {
		const rows = changeRows(versions.at(-1)!.plan, planHistory(versions));
		expect(rows).toHaveLength(7);
		expect(rows[0]).toMatchObject({ field: 'first-publication', kind: 'first-publication', date: '2025-04-01' });
		expect(rows[1]).toEqual({
			date: '2025-05-10',
			fiscalYear: 2025,
			department: 'civic-services',
			section: 'records',
			initiative: 'digitize-records',
			indicator: '①',
			field: 'target',
			kind: 'plan',
			old: '70%以上',
			new: '80%以上',
			old_en: '70% or more',
			new_en: '80% or more',
			reason: 'Raise the digitization target after the budget revision',
			commit: repository.commits.target,
		});
		const csv = changeRowsCsv(rows);
		expect(csv.split('\r\n')[0]).toBe('\ufeffdate,fiscalYear,department,section,initiative,indicator,field,kind,old,new,old_en,new_en,reason,commit');
		expect(csv.split('\r\n')[2]).toBe(
			`2025-05-10,2025,civic-services,records,digitize-records,①,target,plan,70%以上,80%以上,70% or more,80% or more,Raise the digitization target after the budget revision,${repository.commits.target}`,
		);
		expect(JSON.parse(changeRowsJson(rows))).toEqual(rows);
	});
});

describe('when history cannot be read', () => {
	it('says a shallow clone is shallow instead of showing one version', () => {
		withTemporaryFolder((clone) => {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository.dir}`, clone], { stdio: 'ignore' });
			expect(readPlanHistories('data', clone)).toEqual({ available: false, reason: 'shallow' });
		});
	});
	it('says a folder outside any repository is not one', () => {
		withTemporaryFolder((outside) => expect(readPlanHistories('.', outside)).toEqual({ available: false, reason: 'not-a-repository' }));
	});
	it('says a data directory outside the repository is outside it', () => {
		withTemporaryFolder((outside) => expect(readPlanHistories(outside, repository.dir)).toEqual({ available: false, reason: 'outside-repository' }));
	});
});
