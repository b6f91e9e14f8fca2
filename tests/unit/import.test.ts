import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '~/lib/import/run-import.ts';
import { writePlanTables } from '~/lib/import/write-plan-tables.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { listFiles } from '~/lib/files/list-files.ts';
import type { Plan } from '~/schemas/plan.ts';
import { copyData } from './data-copy.ts';
import { fictionalDir, snapshotDir, snapshotExport as seedExport } from '../data-dirs.ts';
import { runScript } from './run-cli.ts';
import { formatProblem } from '~/lib/data/data-problem.ts';

const temporary: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-import-'));
	temporary.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The official Japanese content of a plan: what the import must reproduce exactly. */
function japaneseContent(plan: Plan) {
	const items = (list: Array<{ marker?: string; text: { ja: string } }>) => list.map((item) => [item.marker ?? '', item.text.ja]);
	return {
		fiscalYear: plan.fiscalYear,
		section: `${plan.department}/${plan.section}`,
		mission: items(plan.mission),
		initiatives: plan.initiatives.map((initiative) => ({
			rank: initiative.rank,
			planTypes: initiative.planTypes,
			title: initiative.title.ja,
			activities: items(initiative.activities),
			indicators: initiative.indicators.map((indicator) => [
				indicator.number ?? '',
				indicator.name.ja,
				indicator.target.text.ja,
				indicator.result?.text.ja ?? '',
			]),
			notes: initiative.notes.map((note) => note.ja),
			review: [
				initiative.review.midYear?.status,
				initiative.review.midYear?.firstHalfAssessment.ja,
				initiative.review.yearEnd?.rating,
				initiative.review.yearEnd?.summary.ja,
			],
		})),
	};
}
const contentOf = (dataDir: string) =>
	loadDataset(dataDir)
		.dataset!.plans.map(({ plan }) => japaneseContent(plan))
		.sort((a, b) => a.section.localeCompare(b.section));

describe('importing the table export of the FY2025 snapshot', () => {
	it('reproduces the Japanese content of the snapshot’s plans exactly', () => {
		const data = copyData(snapshotDir);
		temporary.push(data.dir);
		rmSync(path.join(data.dir, 'plans'), { recursive: true });
		const report = runImport({ input: seedExport, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(report.errors).toEqual([]);
		expect(report.outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('created'));
		expect(contentOf(data.dir)).toEqual(contentOf(snapshotDir));
	});

	it('leaves fields for translators empty and says so in the file', () => {
		const out = tempDir();
		runImport({ input: seedExport, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false });
		const text = readFileSync(path.join(out, '2025/policy-management/secretarial.yaml'), 'utf8');
		expect(text.startsWith(`# Imported from ${seedExport}`)).toBe(true);
		expect(parse(text).initiatives[0].title).toEqual({ ja: '適切な日程管理', en: '' });
	});

	it('changes nothing on a second import of the same file', () => {
		const out = tempDir();
		runImport({ input: seedExport, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false });
		const before = listFiles(out).map((file) => [file, statSync(file).mtimeMs, readFileSync(file, 'utf8')]);
		const again = runImport({ input: seedExport, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false });
		expect(again.outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('unchanged'));
		expect(listFiles(out).map((file) => [file, statSync(file).mtimeMs, readFileSync(file, 'utf8')])).toEqual(before);
	});

	it('finds the snapshot’s plans unchanged, keeping ids, translations and direction overrides', () => {
		const data = copyData(snapshotDir);
		temporary.push(data.dir);
		const report = runImport({ input: seedExport, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(report.outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('unchanged'));
	});
});

describe('an import never loses edits', () => {
	const file = 'plans/2025/policy-management/secretarial.yaml';

	it('refuses to overwrite a file whose content would change, writes nothing, and says where', () => {
		const data = copyData(snapshotDir);
		temporary.push(data.dir);
		data.edit(file, (text) => text.replace('ja: 適切な日程管理', 'ja: 適切な日程管理（修正）'));
		const before = readFileSync(path.join(data.dir, file), 'utf8');
		const report = runImport({ input: seedExport, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(report.wrote).toBe(false);
		const refused = report.outcomes.find((outcome) => outcome.status === 'refused')!;
		expect(refused.file).toContain('secretarial.yaml');
		expect(refused.differences).toEqual(['initiatives[0].title.ja', 'initiatives[0].title.en']);
		expect(readFileSync(path.join(data.dir, file), 'utf8')).toBe(before);
		const cli = runScript('import', [seedExport, '--year', '2025', '--data', data.dir]);
		expect(cli.status).toBe(1);
		expect(cli.output).toContain('Nothing was written.');
	});

	it('overwrites with --force, keeping the translations of unchanged texts', () => {
		const data = copyData(snapshotDir);
		temporary.push(data.dir);
		data.edit(file, (text) => text.replace('ja: 適切な日程管理', 'ja: 適切な日程管理（修正）'));
		const cli = runScript('import', [seedExport, '--year', '2025', '--data', data.dir, '--force']);
		expect(cli.status).toBe(0);
		expect(cli.stdout).toMatch(/changed .*\/secretarial\.yaml/u);
		const plan = parse(readFileSync(path.join(data.dir, file), 'utf8'));
		expect(plan.initiatives[0].title).toEqual({ ja: '適切な日程管理', en: '' });
		expect(plan.initiatives[1].title.en).toBe('“Teamwork orientation”');
		expect(plan.initiatives[2].indicators[0].target.direction).toBe('at-most');
		expect(listFiles(data.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	it('keeps reviews that the export does not hold', () => {
		const data = copyData(snapshotDir);
		temporary.push(data.dir);
		data.edit(file, (text) =>
			text.replace(
				'    rank: 2\n',
				'    rank: 2\n    review:\n      midYear:\n        status: on-track\n        firstHalfAssessment: { ja: 上半期, en: First half }\n        secondHalfPlan: { ja: 下半期, en: Second half }\n',
			),
		);
		const report = runImport({ input: seedExport, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(report.outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('unchanged'));
	});
});

describe('an export it cannot read', () => {
	function importText(tsv: string) {
		const dir = tempDir();
		const input = path.join(dir, 'export.tsv');
		writeFileSync(input, tsv);
		const out = path.join(dir, 'out');
		return { report: runImport({ input, fiscalYear: 2025, dataDir: snapshotDir, outDir: out, force: false }), out, input };
	}
	const seedLines = readFileSync(seedExport, 'utf8').split('\n');

	it('names the input line of a plan type no mapping fits, and writes nothing', () => {
		const lines = [...seedLines];
		lines[35] = lines[35].replace('人材育成', '特別枠');
		const { report, out, input } = importText(lines.join('\n'));
		expect(report.errors.map(formatProblem)).toEqual([
			`${path.relative(process.cwd(), input)}:36:1 error: Unknown plan type "特別枠": expected plan types defined in plan-types.yaml (個別計画、経営改革プラン、重点事業プラン、事務事業見直し、人材育成、全庁で取り組む施策), or "-"\n    計画類型「特別枠」は定義にありません。plan-types.yaml の計画類型（個別計画、経営改革プラン、重点事業プラン、事務事業見直し、人材育成、全庁で取り組む施策）か「-」を書いてください`,
		]);
		expect(() => readdirSync(out)).toThrow();
	});

	it('names the line where an indicator has no target', () => {
		const lines = [...seedLines];
		lines[46] = lines[46].replace('②3回', '');
		const { report } = importText(lines.join('\n'));
		expect(formatProblem(report.errors[0])).toMatch(/:47:1 error: initiative 2 has 3 indicator\(s\) but 2 target\(s\)/u);
	});

	it('names the line of a table for a section the organization does not have', () => {
		const { report } = importText(`部課名\t\t政策経営部未来課\n課の使命\t\t使命です。\n1\t個別 計画\t題\t活動\t指標\t決定\n`);
		expect(formatProblem(report.errors[0])).toMatch(/:1:1 error: section "政策経営部未来課" is not in organization\.yaml/u);
	});

	it('names the line of ranks out of order', () => {
		const lines = [...seedLines];
		lines[35] = lines[35].replace(/^2\t/u, '3\t');
		const { report, out } = importText(lines.join('\n'));
		expect(report.errors.map(formatProblem).some((error) => /:29:1 error: policy-management\/secretarial: Rank 3 is out of order/u.test(error))).toBe(true);
		expect(() => readdirSync(out)).toThrow();
	});

	it('asks for the fiscal year, which the export does not state', () => {
		const cli = runScript('import', [seedExport]);
		expect(cli.status).toBe(2);
		expect(cli.stderr).toContain('--year');
	});
});

describe('npm run export', () => {
	it('round-trips the snapshot: export, then import, gives the same official content', () => {
		const dir = tempDir();
		const out = path.join(dir, 'seed.tsv');
		expect(runScript('export', ['--year', '2025', '--out', out, '--data', snapshotDir]).status).toBe(0);
		const data = copyData(snapshotDir);
		temporary.push(data.dir);
		const report = runImport({ input: out, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(report.outcomes.every((outcome) => outcome.differences.every((difference) => difference.startsWith('source.')))).toBe(true);
		rmSync(path.join(data.dir, 'plans'), { recursive: true });
		runImport({ input: out, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(contentOf(data.dir)).toEqual(contentOf(snapshotDir));
	});

	it('round-trips reviews and results too (fictional fixture)', () => {
		const fixture = fictionalDir;
		const { dataset } = loadDataset(fixture);
		const plans = dataset!.plans.map(({ plan }) => plan).filter((plan) => plan.fiscalYear === 2025);
		const dir = tempDir();
		const input = path.join(dir, 'fictional.tsv');
		writeFileSync(input, writePlanTables(plans, dataset!));
		const data = copyData(fixture);
		temporary.push(data.dir);
		rmSync(path.join(data.dir, 'plans', '2025'), { recursive: true });
		const report = runImport({ input, fiscalYear: 2025, dataDir: data.dir, force: false });
		expect(report.errors).toEqual([]);
		const content = (dir: string) => contentOf(dir).filter((plan) => plan.fiscalYear === 2025);
		expect(content(data.dir)).toEqual(content(fixture));
	});
});
