import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Plan } from '~/schemas/plan.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { csvField, toCsv } from '~/lib/open-data/csv.ts';
import { neutraliseCell, restoreCell } from '~/lib/open-data/spreadsheet-cell.ts';
import { indicatorsCsv } from '~/lib/open-data/downloads.ts';
import { resultChart } from '~/lib/charts/section-charts.ts';
import { writePlanTables } from '~/lib/import/write-plan-tables.ts';
import { runImport } from '~/lib/import/run-import.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { parseCsv } from '../browser/parse-csv.ts';
import { hostileCopy, reviewedPlan } from './hostile-data.ts';

// Each case reads a copy of a data set and some run a command: seconds on a busy shared machine, not the default 5.
vi.setConfig({ testTimeout: 60_000 });

/** Texts a spreadsheet would run as a formula, and what the cell must read instead. */
const formulas = [
	['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
	["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
	["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
	["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
	['\t=1+1', "'\t=1+1"],
	['\r=1+1', "'\r=1+1"],
	['-5%', "'-5%"],
	['+3', "'+3"],
	['-', "'-"],
];

describe('cells a spreadsheet would run as formulas', () => {
	it.each(formulas)('neutralises %j with a leading quote, as OWASP recommends, and reads it back', (text, safe) => {
		expect(neutraliseCell(text)).toBe(safe);
		expect(restoreCell(neutraliseCell(text))).toBe(text);
		expect(parseCsv(toCsv(['a'], [[text]]).slice(1))[1]).toEqual([safe]);
	});

	it('leaves other texts and numbers as they are', () => {
		for (const text of ['町田市', '５%', "'quoted", 'a=b', ' =1', '－5%', '']) expect(neutraliseCell(text)).toBe(text);
		expect(csvField(-5)).toBe('-5');
		expect(csvField(3.5)).toBe('3.5');
		expect(restoreCell("'quoted")).toBe("'quoted");
	});

	it('neutralises every download of the site, the chart CSV and the table export, and the import reads the export back unchanged', () => {
		const data = hostileCopy();
		const out = mkdtempSync(path.join(tmpdir(), 'plans-formulas-'));
		try {
			data.edit(reviewedPlan, (t) =>
				t
					.replace('ja: 手順の見直しを終えました（架空）。', 'ja: "=HYPERLINK(\\"http://evil.example\\")"')
					.replace('            ja: 3回\n', '            ja: "-1+cmd|\' /C calc\'!A0"\n')
					.replace('ja: 相談への回答の迅速化（架空）', 'ja: "@SUM(1+1)相談への回答の迅速化"'),
			);
			const { dataset, problems } = loadDataset(data.dir);
			expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
			const plans = dataset!.plans.map(({ plan }) => plan).filter((plan) => plan.fiscalYear === 2025);
			const cells = (csv: string) => parseCsv(csv.replace(/^\ufeff/u, '')).flat();
			const live = (cell: string) => /^[=+\-@\t\r]/u.test(cell);

			const indicators = cells(indicatorsCsv(dataset!, plans, new URL('https://plans.example.org/')));
			expect(indicators.filter(live)).toEqual([]);
			expect(indicators).toContain("'-1+cmd|' /C calc'!A0");

			const reviewed = plans.find((plan) => plan.section === 'resident-support')!;
			const chart = resultChart(reviewed, 'ja', { section: '市民相談課', site: dataset!.site });
			expect(cells(chart!.csv).filter(live)).toEqual([]);

			const exported = writePlanTables(plans, dataset!);
			expect(
				exported
					.split('\n')
					.flatMap((line) => line.split('\t'))
					.filter(live),
			).toEqual([]);
			expect(exported).toContain(`'=HYPERLINK(`);
			expect(exported).toContain(`'@SUM(1+1)`);

			const input = path.join(out, 'export.tsv');
			writeFileSync(input, exported);
			const report = runImport({ input, fiscalYear: 2025, dataDir: data.dir, outDir: path.join(out, 'plans'), force: false });
			expect(report.errors).toEqual([]);
			const imported = readFileSync(path.join(out, 'plans', reviewedPlan.replace('plans/', '')), 'utf8');
			const plan = parse(imported) as Plan;
			expect(plan.initiatives[0].title.ja).toBe('@SUM(1+1)相談への回答の迅速化');
			expect(plan.initiatives[0].review.midYear?.firstHalfAssessment.ja).toBe('=HYPERLINK("http://evil.example")');
			expect(plan.initiatives[0].indicators.map((indicator) => indicator.result?.text.ja)).toContain("-1+cmd|' /C calc'!A0");
		} finally {
			data.remove();
			rmSync(out, { recursive: true, force: true });
		}
	});
});
