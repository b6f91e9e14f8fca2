import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '~/lib/import/run-import.ts';
import { writePlanTables } from '~/lib/import/write-plan-tables.ts';
import { nearMatchThreshold, proposeIds, titleSimilarity } from '~/lib/import/propose-ids.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { copyData } from './data-copy.ts';
import { runScript } from './run-cli.ts';

describe('title similarity', () => {
	it('is 100 for the same title, spaces and full-width forms aside', () => {
		expect(titleSimilarity('窓口システムの導入', '窓口システムの導入')).toBe(100);
		expect(titleSimilarity('窓口　システムの導入（ＡＩ）', '窓口システムの導入(AI)')).toBe(100);
	});
	it('is high for a lightly edited Japanese title and 0 for titles with no pair of characters in common', () => {
		expect(titleSimilarity('窓口システムの導入', '窓口システムの本格導入')).toBeGreaterThanOrEqual(nearMatchThreshold);
		expect(titleSimilarity('窓口システムの導入', '市民の声を聴く')).toBe(0);
		expect(titleSimilarity('', 'あ')).toBe(0);
	});
	it('proposes each of last year’s ids once, most similar first', () => {
		const proposals = proposeIds(
			[
				{ rank: 1, title: '窓口システムの本格導入' },
				{ rank: 2, title: '窓口システムの導入' },
				{ rank: 3, title: '市民の声を聴く' },
			],
			[{ id: 'counter-system', title: '窓口システムの導入' }],
		);
		expect([...proposals.values()].map(({ rank, id, similarity }) => ({ rank, id, similarity }))).toEqual([{ rank: 2, id: 'counter-system', similarity: 100 }]);
	});
});

describe('importing a new year proposes last year’s ids (fictional fixture)', () => {
	const fixture = 'tests/fixtures/fictional-city';
	const temporary: string[] = [];
	afterEach(() => {
		for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	/** A FICTIONAL FY2026 export of resident-support: rank 1 same title, rank 2 nearly the same, rank 3 a new title. */
	function nextYear() {
		const { dataset } = loadDataset(fixture);
		const plan = dataset!.plans.map((entry) => entry.plan).find((candidate) => candidate.fiscalYear === 2025 && candidate.section === 'resident-support')!;
		const edited = {
			...plan,
			fiscalYear: 2026,
			initiatives: plan.initiatives.map((initiative) => ({
				...initiative,
				title: { ja: initiative.title.ja.replace('窓口システムの導入', '窓口システムの本格導入').replace('翻訳前の取組', '市民の声を聴く新しい仕組み') },
			})),
		};
		const data = copyData(fixture);
		temporary.push(data.dir);
		const input = path.join(mkdtempSync(path.join(tmpdir(), 'plans-import-')), 'fictional-2026.tsv');
		temporary.push(path.dirname(input));
		writeFileSync(input, writePlanTables([edited], dataset!));
		const written = () =>
			parse(readFileSync(path.join(data.dir, 'plans/2026/civic-services/resident-support.yaml'), 'utf8')) as { initiatives: Array<{ id: string }> };
		return { data, input, written };
	}

	it('takes the id of an exact match, lists a near match without taking it, and gives a new title a new id', () => {
		const { data, input, written } = nextYear();
		const report = runImport({ input, fiscalYear: 2026, dataDir: data.dir, force: false });
		expect(report.errors).toEqual([]);
		expect(written().initiatives.map((initiative) => initiative.id)).toEqual(['faster-answers', 'initiative-2', 'initiative-3']);
		const proposals = report.outcomes[0].proposals.map(({ rank, id, similarity, taken }) => ({ rank, id, taken, near: similarity < 100 }));
		expect(proposals).toEqual([
			{ rank: 1, id: 'faster-answers', taken: true, near: false },
			{ rank: 2, id: 'new-office-system', taken: false, near: true },
		]);
	});

	it('takes near matches with --yes, and says how in the report', () => {
		const { data, input, written } = nextYear();
		const first = runScript('import', [input, '--year', '2026', '--data', data.dir]);
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(/match NOT taken .*#2 「窓口システムの本格導入（架空）」 ≈ 2025「窓口システムの導入（架空）」 \d+% → new-office-system/u);
		expect(first.stdout).toContain('run again with --yes');
		expect(first.stdout).toContain('--yes（ファイル作成後は --force も）');
		const again = runScript('import', [input, '--year', '2026', '--data', data.dir, '--yes', '--force']);
		expect(again.status).toBe(0);
		expect(again.stdout).toMatch(/near match taken \(--yes\)/u);
		expect(written().initiatives.map((initiative) => initiative.id)).toEqual(['faster-answers', 'new-office-system', 'initiative-3']);
	});

	it('never gives a new initiative an id last year used for another one', () => {
		const { data, input, written } = nextYear();
		data.edit('plans/2025/civic-services/resident-support.yaml', (text) => text.replace('id: untranslated-initiative', 'id: initiative-3'));
		runImport({ input, fiscalYear: 2026, dataDir: data.dir, force: false });
		expect(written().initiatives.map((initiative) => initiative.id)).toEqual(['faster-answers', 'initiative-2', 'initiative-3-2']);
	});
});

describe('importing a section that continues a merged one (fictional fixture)', () => {
	it('proposes the ids of the sections it continues (formerly), not only its own', () => {
		const fixture = 'tests/fixtures/fictional-city';
		const { dataset } = loadDataset(fixture);
		const plan = dataset!.plans.map((entry) => entry.plan).find((candidate) => candidate.fiscalYear === 2025 && candidate.section === 'resident-support')!;
		// FY2025 as the city would export it again, its second initiative named as the merged section's was in FY2024.
		const edited = {
			...plan,
			initiatives: plan.initiatives.map((initiative) =>
				initiative.id === 'new-office-system' ? { ...initiative, title: { ja: '窓口システムの選定（架空）' } } : initiative,
			),
		};
		const data = copyData(fixture);
		rmSync(path.join(data.dir, 'plans/2025/civic-services/resident-support.yaml'));
		const input = path.join(mkdtempSync(path.join(tmpdir(), 'plans-import-')), 'fictional-2025.tsv');
		writeFileSync(input, writePlanTables([edited], dataset!));
		const report = runImport({ input, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(report.errors).toEqual([]);
		const written = parse(readFileSync(path.join(data.dir, 'plans/2025/civic-services/resident-support.yaml'), 'utf8')) as {
			initiatives: Array<{ id: string }>;
		};
		expect(written.initiatives.map((initiative) => initiative.id)).toContain('new-office-system');
		data.remove();
		rmSync(path.dirname(input), { recursive: true, force: true });
	});
});
