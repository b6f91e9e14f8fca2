import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { DataValidationError, formatProblem } from '~/lib/data/data-problem.ts';
import { copyData, lineOf } from './data-copy.ts';
import { snapshotDir } from '../data-dirs.ts';

const planFile = 'plans/2025/policy-management/digital-strategy.yaml';

describe('the FY2025 snapshot (engine fixture with real Japanese text)', () => {
	const { dataset, problems } = loadDataset(snapshotDir);

	it('validates with no errors and no warnings', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		expect(dataset).toBeDefined();
	});

	it('holds the five sections of 政策経営部 for FY2025', () => {
		expect(dataset!.plans.map(({ plan }) => plan.section).sort()).toEqual([
			'digital-strategy',
			'public-facilities-restructuring',
			'public-hearing',
			'public-relations',
			'secretarial',
		]);
		expect(new Set(dataset!.plans.map(({ plan }) => plan.fiscalYear))).toEqual(new Set([2025]));
	});

	it('has 23 initiatives and 36 indicators, as the export does', () => {
		const initiatives = dataset!.plans.flatMap(({ plan }) => plan.initiatives);
		expect(initiatives).toHaveLength(23);
		expect(initiatives.flatMap((initiative) => initiative.indicators)).toHaveLength(36);
	});

	it('reads a structure for every target: numbers and milestones, one descriptive', () => {
		const measures = dataset!.plans.flatMap(({ plan }) => plan.initiatives.flatMap((i) => i.indicators.map((x) => x.measure)));
		expect(measures.filter((m) => m.kind === 'descriptive')).toHaveLength(1);
		expect(measures.filter((m) => m.kind === 'numeric').length).toBeGreaterThan(20);
	});

	it('has no review yet: it was exported before any review', () => {
		const initiatives = dataset!.plans.flatMap(({ plan }) => plan.initiatives);
		expect(initiatives.every((i) => !i.review.midYear && !i.review.yearEnd)).toBe(true);
		expect(initiatives.flatMap((i) => i.indicators).every((x) => !x.result)).toBe(true);
	});

	it('models the unit inside its division rather than flattening the name', () => {
		const department = dataset!.organization.departments[0];
		const unit = department.sections.find(({ id }) => id === 'public-facilities-restructuring');
		expect(unit).toMatchObject({ kind: 'unit', parent: 'planning-policy', name: { ja: '公共施設再編担当' } });
	});
});

describe('a broken plan file fails with its path and line', () => {
	let data: ReturnType<typeof copyData>;
	afterEach(() => data.remove());

	function errorsFor(edit: (text: string) => string) {
		data = copyData(snapshotDir);
		data.edit(planFile, edit);
		const { dataset, problems } = loadDataset(data.dir);
		expect(dataset).toBeUndefined();
		const errors = problems.filter((problem) => problem.severity === 'error');
		expect(errors.length).toBeGreaterThan(0);
		for (const error of errors) expect(error.file).toBe(path.relative(process.cwd(), path.join(data.dir, planFile)));
		return errors;
	}
	const original = readFileSync(path.join(snapshotDir, planFile), 'utf8');

	it('reports a YAML syntax error at its line', () => {
		const errors = errorsFor((text) => text.replace('  - id: system-standardization', '  - id: [system-standardization'));
		expect(errors[0].message.en).toMatch(/YAML syntax error/);
		expect(errors[0].line).toBeGreaterThanOrEqual(lineOf(original, '  - id: system-standardization'));
	});

	it('reports a missing required field at the object that lacks it', () => {
		const errors = errorsFor((text) => text.replace(/\n    title:\n      ja: 情報システムの標準化\n      en: [^\n]+/u, ''));
		expect(errors[0].message.en).toBe('Required field "initiatives[2].title" is missing. Add it.');
		expect(errors[0].message.ja).toContain('必須の項目');
		expect(errors[0].line).toBe(lineOf(original, '  - id: system-standardization'));
	});

	it('reports an unknown field at its key, with both languages', () => {
		const errors = errorsFor((text) => text.replace('    rank: 3\n', '    rank: 3\n    rnak: 3\n'));
		expect(errors[0].message.en).toContain('"rnak"');
		expect(errors[0].line).toBe(lineOf(original, '    rank: 3') + 1);
		expect(errors[0].column).toBe(5);
	});

	it('reports a wrong type at the value', () => {
		const errors = errorsFor((text) => text.replace('    rank: 3\n', '    rank: three\n'));
		expect(errors[0].message.en).toBe('"initiatives[2].rank" must be a number.');
		expect(errors[0].line).toBe(lineOf(original, '    rank: 3'));
	});

	it('reports a plan type that plan-types.yaml does not define', () => {
		const errors = errorsFor((text) => text.replace('      - management-reform-plan', '      - management-reform'));
		expect(errors[0].message.en).toMatch(/Unknown plan type "management-reform".*individual-plan.*plan-types\.yaml/u);
		expect(errors[0].line).toBe(lineOf(original, '      - management-reform-plan'));
	});

	it('reports ranks out of order', () => {
		const errors = errorsFor((text) => text.replace('    rank: 3\n', '    rank: 4\n'));
		expect(errors[0].message.en).toMatch(/Rank 4 is out of order.*should be 3/u);
		expect(errors[0].line).toBe(lineOf(original, '    rank: 3'));
	});

	it('reports a fiscal year that disagrees with the folder', () => {
		const errors = errorsFor((text) => text.replace('fiscalYear: 2025', 'fiscalYear: 2024'));
		expect(errors[0].message.en).toMatch(/2024.*2025/u);
		expect(errors[0].line).toBe(1);
	});

	it('reports an unknown section', () => {
		const errors = errorsFor((text) => text.replace('section: digital-strategy', 'section: digital-strategy-office'));
		expect(errors.map((e) => e.message.en).join('\n')).toMatch(/Unknown section "digital-strategy-office"/u);
	});

	it('reports an empty official Japanese text', () => {
		const errors = errorsFor((text) => text.replace('      ja: 情報システムの標準化', '      ja: ""'));
		expect(errors[0].message.en).toBe('"initiatives[2].title.ja" is empty. Fill it in.');
	});

	it('reports a review status that is not on the scale', () => {
		const errors = errorsFor((text) =>
			text.replace(
				'    rank: 3\n',
				'    rank: 3\n    review:\n      midYear:\n        status: fine\n        firstHalfAssessment: { ja: 順調 }\n        secondHalfPlan: { ja: 継続 }\n',
			),
		);
		expect(errors[0].message.en).toMatch(/Unknown progress status "fine"\. Use one of: .*on-track \(On track, /u);
		expect(errors[0].line).toBe(lineOf(original, '    rank: 3') + 3);
	});

	it('the build error lists every problem with file:line:column', () => {
		const errors = errorsFor((text) => text.replace('    rank: 3\n', '    rank: three\n'));
		const message = new DataValidationError(errors).message;
		expect(message).toContain(`${errors[0].file}:${errors[0].line}:${errors[0].column} error:`);
	});
});

describe('translations', () => {
	it('warns, without failing, for each missing English text', () => {
		const data = copyData(snapshotDir);
		data.edit(planFile, (text) => text.replace('      en: Standardization of information systems', '      en: ""'));
		const { dataset, problems } = loadDataset(data.dir);
		data.remove();
		expect(dataset).toBeDefined();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ severity: 'warning', line: lineOf(original(), '      en: Standardization of information systems') });
	});
});

function original() {
	return readFileSync(path.join(snapshotDir, planFile), 'utf8');
}
