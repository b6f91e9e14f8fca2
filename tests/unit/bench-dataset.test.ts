import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataset } from '../../scripts/bench/write-dataset.ts';
import { sectionsPerDepartment } from '../../scripts/bench/synthetic-dataset.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';

describe('the benchmark data set', () => {
	const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'bench-data-')), 'data');
	afterAll(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));
	const written = writeSyntheticDataset(dataDir, { sections: 45, years: 2 });
	const { dataset, problems } = loadDataset(dataDir);

	it('is valid, translated and complete: a plan per section and year', () => {
		expect(problems).toEqual([]);
		expect(dataset!.plans).toHaveLength(90);
		expect(written).toHaveLength(90);
		expect(new Set(dataset!.plans.map(({ plan }) => plan.fiscalYear))).toEqual(new Set([2024, 2025]));
	});

	it('groups sections into departments of twenty', () => {
		expect(dataset!.organization.departments.map((department) => department.sections.length)).toEqual([sectionsPerDepartment, sectionsPerDepartment, 5]);
	});

	it('has 4–6 initiatives per plan, 1–3 indicators each, and both reviews filled in', () => {
		for (const { plan } of dataset!.plans) {
			expect(plan.initiatives.length).toBeGreaterThanOrEqual(4);
			expect(plan.initiatives.length).toBeLessThanOrEqual(6);
			for (const initiative of plan.initiatives) {
				expect(initiative.indicators.length).toBeGreaterThanOrEqual(1);
				expect(initiative.indicators.length).toBeLessThanOrEqual(3);
				expect(initiative.review.midYear).toBeDefined();
				expect(initiative.review.yearEnd).toBeDefined();
				expect(initiative.indicators.every((indicator) => indicator.result)).toBe(true);
			}
		}
	});

	it('says it is fictional, in the site configuration and in every file', () => {
		expect(dataset!.site.fictional).toBe(true);
		expect(dataset!.plans.every(({ file }) => readFileSync(file, 'utf8').startsWith('# FICTIONAL'))).toBe(true);
		expect(dataset!.plans.every(({ plan }) => plan.initiatives.every((initiative) => initiative.title.ja.includes('架空')))).toBe(true);
	});

	it('is the same every time for the same size', () => {
		const again = writeSyntheticDataset(path.join(path.dirname(dataDir), 'again'), { sections: 45, years: 2 });
		expect(again).toEqual(written);
	});
});
