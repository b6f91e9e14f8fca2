import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from './run-cli.ts';
import { createPlanRepository, withTemporaryFolder, type PlanRepository } from './history-repository.ts';

let repository: PlanRepository;
beforeAll(() => {
	repository = createPlanRepository();
});
afterAll(() => repository.remove());

const changes = (...args: string[]) => runScript('changes', [...args, '--repo', repository.dir, '--data', 'data']);

/** Asserts that the output has each of these lines, whole. */
const expectLines = (output: string, lines: string[]) => expect(output.split('\n')).toEqual(expect.arrayContaining(lines));

describe('npm run changes', () => {
	it('prints a moved target in Japanese and English, under the section file and the initiative', () => {
		const result = changes('--since', repository.commits.first, '--format', 'text');
		expect(result.status).toBe(0);
		// Compared with the first publication, the file was renamed and the target moved from 70% to 85%.
		expectLines(result.stdout, [
			'plans/2025/civic-services/records.yaml → plans/2025/civic-services/records-office.yaml',
			'  記録の電子化（架空） / Digitization of records (fictional)',
			'    目標値を変更 指標①: 70%以上 → 85%以上',
			'    Target changed (indicator ①): 70% or more → 85% or more',
			'    Result added (indicator ①): 82%',
		]);
		expect(result.stdout).toMatch(/中間確認を追加[^]*Year-end review added/u);
	});
	it('lists translation updates apart from plan changes', () => {
		const result = changes('--since', repository.commits.midYear);
		const [plan, translations] = result.stdout.split('英訳の更新');
		expect(plan).toContain('Target changed');
		expect(plan).not.toContain('Initiative title changed');
		expect(translations).toContain('Initiative title changed: Digitizing records (fictional) → Digitization of records (fictional)');
	});
	it('says so when the branch changes nothing a reader sees, ignoring uncommitted edits', () => {
		const result = changes('--since', repository.commits.merge);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe('計画の変更はありません。 / No plan changes.\n');
	});
	it('says nothing changed for a branch that only reformats a file', () => {
		repository.checkout(repository.commits.reformat, (checkout) => {
			const result = runScript('changes', ['--since', repository.commits.english, '--repo', checkout, '--data', 'data']);
			expect(result.status).toBe(0);
			expect(result.stdout).toBe('計画の変更はありません。 / No plan changes.\n');
			const withTranslation = runScript('changes', ['--since', repository.commits.midYear, '--repo', checkout, '--data', 'data']);
			expect(withTranslation.stdout).toContain('Initiative title changed');
		});
	});
	it('prints Markdown for a CI job summary', () => {
		const result = changes('--since', repository.commits.midYear, '--format', 'markdown');
		expect(result.status).toBe(0);
		expectLines(result.stdout, [
			'### `plans/2025/civic-services/records.yaml → plans/2025/civic-services/records-office.yaml`',
			'**記録の電子化（架空） / Digitization of records (fictional)**',
			'- 目標値を変更 指標①: 80%以上 → 85%以上<br>Target changed (indicator ①): 80% or more → 85% or more',
			'#### 英訳の更新（計画の変更ではありません） / Translation updates (not changes to the plan)',
		]);
	});
	it('calls added files new plans and deleted ones removed', () => {
		repository.checkout(repository.commits.merge, (checkout) => {
			const git = (...args: string[]) => execFileSync('git', args, { cwd: checkout, stdio: 'ignore' });
			const plans = path.join(checkout, 'data', 'plans');
			mkdirSync(path.join(plans, '2026', 'civic-services'), { recursive: true });
			const next = readFileSync(path.join(plans, '2025', 'civic-services', 'records-office.yaml'), 'utf8').replace('fiscalYear: 2025', 'fiscalYear: 2026');
			writeFileSync(path.join(plans, '2026', 'civic-services', 'records.yaml'), next);
			git('rm', '-q', 'data/plans/2025/civic-services/resident-support.yaml');
			git('add', '-A');
			git('commit', '-q', '-m', 'Publish FY2026, withdraw a plan');
			const result = runScript('changes', ['--since', repository.commits.merge, '--repo', checkout, '--data', 'data']);
			expect(result.status).toBe(0);
			expect(result.stdout).toBe(
				[
					'plans/2025/civic-services/resident-support.yaml',
					'  課の全体 / Whole section',
					'    計画を削除',
					'    Plan removed',
					'',
					'plans/2026/civic-services/records.yaml',
					'  課の全体 / Whole section',
					'    新しい計画',
					'    New plan',
					'',
				].join('\n'),
			);
		});
	});
	it('exits 2 with the usage for bad arguments', () => {
		for (const args of [[], ['--since'], ['--since', 'main', '--format', 'html'], ['--bogus']]) {
			const result = runScript('changes', args);
			expect(result.status).toBe(2);
			expect(result.stderr).toContain('Usage: npm run changes');
		}
	});
	it('exits 1 with a bilingual error for an unknown ref', () => {
		const result = changes('--since', 'no-such-branch');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('No branch or commit named "no-such-branch"');
		expect(result.stderr).toContain('「no-such-branch」というブランチやコミットは見つかりません');
	});
	it('exits 1 outside a repository', () => {
		withTemporaryFolder((outside) => {
			const result = runScript('changes', ['--since', 'main', '--repo', outside, '--data', '.']);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain('Not inside a git repository.');
		});
	});
});
