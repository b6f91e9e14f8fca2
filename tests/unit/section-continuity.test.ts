import { describe, expect, it } from 'vitest';
import { organizationSchema, type FormerSection } from '~/schemas/organization.ts';
import { planSchema, type Plan } from '~/schemas/plan.ts';
import { sectionContinuity } from '~/lib/site/section-continuity.ts';
import { checkOrganization } from '~/lib/data/check-organization.ts';
import { readYamlFile } from '~/lib/data/yaml-file.ts';
import { stringify } from 'yaml';

/** A FICTIONAL organization of one department whose sections may continue earlier ones. */
function organization(sections: Array<{ id: string; formerly?: FormerSection[] }>) {
	return organizationSchema.parse({
		departments: [
			{
				id: 'civic',
				order: 1,
				name: { ja: '架空部' },
				sections: sections.map((section, index) => ({ kind: 'division', order: index + 1, name: { ja: `架空課${index + 1}` }, ...section })),
			},
		],
	});
}

/** A minimal fictional plan of a section in a year. */
const plan = (section: string, fiscalYear: number): Plan =>
	planSchema.parse({
		fiscalYear,
		department: 'civic',
		section,
		mission: [{ text: { ja: '架空の使命' } }],
		initiatives: [
			{
				id: 'one',
				rank: 1,
				title: { ja: '架空' },
				activities: [{ text: { ja: '架空' } }],
				indicators: [{ name: { ja: '架空' }, target: { text: { ja: '実施' } } }],
				review: {},
			},
		],
	});

const names = (plans: Plan[]) => plans.map((p) => `${p.fiscalYear}/${p.section}`);

describe('following a section across fiscal years', () => {
	it('finds the same section in the previous and next year', () => {
		const plans = [plan('a', 2024), plan('a', 2025), plan('a', 2026)];
		const continuity = sectionContinuity(organization([{ id: 'a' }]), plans);
		expect(names(continuity.previous(plans[1]))).toEqual(['2024/a']);
		expect(names(continuity.next(plans[1]))).toEqual(['2026/a']);
		expect(continuity.previous(plans[0])).toEqual([]);
		expect(continuity.next(plans[2])).toEqual([]);
		expect(names(continuity.lineage(plans[1]))).toEqual(['2024/a', '2025/a']);
	});
	it('follows a renamed section both ways', () => {
		const plans = [plan('old-name', 2024), plan('new-name', 2025)];
		const continuity = sectionContinuity(
			organization([{ id: 'old-name' }, { id: 'new-name', formerly: [{ department: 'civic', section: 'old-name', until: 2024 }] }]),
			plans,
		);
		expect(names(continuity.previous(plans[1]))).toEqual(['2024/old-name']);
		expect(names(continuity.next(plans[0]))).toEqual(['2025/new-name']);
		expect(names(continuity.lineage(plans[1]))).toEqual(['2024/old-name', '2025/new-name']);
	});
	it('follows two sections merged into one', () => {
		const plans = [plan('a', 2024), plan('b', 2024), plan('a', 2025)];
		const continuity = sectionContinuity(organization([{ id: 'a', formerly: [{ department: 'civic', section: 'b', until: 2024 }] }, { id: 'b' }]), plans);
		expect(names(continuity.previous(plans[2]))).toEqual(['2024/a', '2024/b']);
		expect(names(continuity.next(plans[0]))).toEqual(['2025/a']);
		expect(names(continuity.next(plans[1]))).toEqual(['2025/a']);
		expect(names(continuity.lineage(plans[2]))).toEqual(['2024/a', '2024/b', '2025/a']);
	});
	it('follows one section split into two', () => {
		const plans = [plan('whole', 2024), plan('left', 2025), plan('right', 2025)];
		const from = [{ department: 'civic', section: 'whole', until: 2024 }];
		const continuity = sectionContinuity(organization([{ id: 'whole' }, { id: 'left', formerly: from }, { id: 'right', formerly: from }]), plans);
		expect(names(continuity.next(plans[0]))).toEqual(['2025/left', '2025/right']);
		expect(names(continuity.previous(plans[1]))).toEqual(['2024/whole']);
		expect(names(continuity.previous(plans[2]))).toEqual(['2024/whole']);
		expect(names(continuity.lineage(plans[2]))).toEqual(['2024/whole', '2025/right']);
	});
	it('does not reach back past the year a rename took effect', () => {
		const plans = [plan('old-name', 2023), plan('old-name', 2024), plan('new-name', 2024), plan('new-name', 2025)];
		const continuity = sectionContinuity(
			organization([{ id: 'old-name' }, { id: 'new-name', formerly: [{ department: 'civic', section: 'old-name', until: 2023 }] }]),
			plans,
		);
		expect(names(continuity.lineage(plans[3]))).toEqual(['2023/old-name', '2024/new-name', '2025/new-name']);
	});
});

describe('checking formerly in organization.yaml', () => {
	const problemsOf = (sections: Array<{ id: string; formerly?: FormerSection[] }>) => {
		const parsed = organization(sections);
		const yaml = readYamlFile('organization.yaml', stringify(parsed));
		return checkOrganization(parsed, yaml).map((problem) => ({ line: problem.line, en: problem.message.en, ja: problem.message.ja }));
	};
	it('accepts renames, merges and splits', () => {
		expect(problemsOf([{ id: 'a' }, { id: 'b', formerly: [{ department: 'civic', section: 'a', until: 2024 }] }])).toEqual([]);
	});
	it('names an unknown department or section, in English and Japanese, at its line', () => {
		const problems = problemsOf([
			{
				id: 'a',
				formerly: [
					{ department: 'nowhere', section: 'a', until: 2024 },
					{ department: 'civic', section: 'gone', until: 2024 },
				],
			},
		]);
		expect(problems).toHaveLength(2);
		expect(problems[0].en).toContain('No department has the id "nowhere"');
		expect(problems[0].ja).toContain('部のID「nowhere」は存在しません');
		expect(problems[1].en).toContain('has no section "gone"');
		expect(problems[0].line).toBeGreaterThan(1);
		expect(problems[1].line).toBeGreaterThan(problems[0].line!);
	});
	it('refuses a section that continues itself', () => {
		const [problem] = problemsOf([{ id: 'a', formerly: [{ department: 'civic', section: 'a', until: 2024 }] }]);
		expect(problem.en).toContain('cannot continue itself');
		expect(problem.ja).toContain('自分自身');
	});
	it('refuses a cycle', () => {
		const problems = problemsOf([
			{ id: 'a', formerly: [{ department: 'civic', section: 'b', until: 2024 }] },
			{ id: 'b', formerly: [{ department: 'civic', section: 'a', until: 2023 }] },
		]);
		expect(problems.map((problem) => problem.en)).toEqual([expect.stringContaining('circle'), expect.stringContaining('circle')]);
	});
});
