import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDataset, planFiles } from '~/lib/data/load-dataset.ts';
import { formatProblem } from '~/lib/data/data-problem.ts';
import { dataJsonSchemas } from '~/lib/data/json-schemas.ts';
import { compileDataFileSchemas, schemaRejections, type DataFileSchemas } from '../data-file-schemas.ts';
import { publishedDataDir } from '../data-dirs.ts';
import { runScript } from './run-cli.ts';

/*
 * What must hold for the data the site publishes, whatever it holds: these tests read `DATA_DIR` (default
 * `data/`) and never expect a count, a section or a review state. Exact expectations live on the fixtures.
 */
describe(`the published data (${publishedDataDir})`, () => {
	const { dataset, problems } = loadDataset(publishedDataDir);
	const files = planFiles(publishedDataDir);
	const schemas = dataJsonSchemas() as DataFileSchemas;

	it('validates with no errors (missing translations are only warnings)', () => {
		expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
		expect(dataset).toBeDefined();
	});

	it('passes npm run validate with exit code 0, counting every plan file', () => {
		const run = runScript('validate', [publishedDataDir, '--no-cache']);
		expect(run.status, run.output).toBe(0);
		expect(run.stdout).toContain(`✓ ${files.length} plan file(s) valid`);
	});

	it('has at least one plan, and publishes every plan file', () => {
		expect(files.length).toBeGreaterThan(0);
		expect(dataset!.plans.map(({ file }) => path.resolve(file)).sort()).toEqual(files.map((file) => path.resolve(file)).sort());
	});

	it('has an organization that names the department and section of every plan', () => {
		const known = new Set(dataset!.organization.departments.flatMap((department) => department.sections.map((section) => `${department.id}/${section.id}`)));
		const unknown = dataset!.plans.map(({ plan }) => `${plan.department}/${plan.section}`).filter((key) => !known.has(key));
		expect(unknown).toEqual([]);
	});

	it('keeps each plan at plans/<fiscal year>/<department>/<section>.yaml', () => {
		for (const { file, plan } of dataset!.plans) {
			expect(path.relative(publishedDataDir, file).split(path.sep).join('/')).toMatch(
				new RegExp(`^plans/${plan.fiscalYear}/${plan.department}/${plan.section}\\.ya?ml$`, 'u'),
			);
		}
	});

	it('names only review values that are on its review scales', () => {
		const statuses = new Set(dataset!.scales.progressStatus.map((level) => level.id));
		const ratings = new Set(dataset!.scales.rating.map((level) => level.id));
		for (const initiative of dataset!.plans.flatMap(({ plan }) => plan.initiatives)) {
			if (initiative.review.midYear) expect(statuses).toContain(initiative.review.midYear.status);
			if (initiative.review.yearEnd) expect(ratings).toContain(initiative.review.yearEnd.rating);
		}
	});

	it('is accepted, every file of it, by the data files’ JSON Schemas', () => {
		expect(schemaRejections(schemas, publishedDataDir)).toEqual([]);
	});

	it('the JSON Schemas reject a plan broken on purpose (the check can fail)', () => {
		const broken = parse(readFileSync(files[0], 'utf8'));
		broken.initiatives[0].rank = 'first';
		expect(compileDataFileSchemas(schemas).plan(broken)).toBe(false);
	});
});
