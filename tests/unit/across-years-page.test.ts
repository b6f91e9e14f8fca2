import { describe, expect, it } from 'vitest';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { buildPlanIndex } from '~/lib/site/plan-index.ts';
import { sectionContinuity } from '~/lib/site/section-continuity.ts';
import type { PlanWithFile, SiteData } from '~/lib/site/site-data.ts';
import { acrossYears } from '~/lib/pages/across-years.ts';
import { compareTexts, initiativeChanges } from '~/lib/pages/initiative-changes.ts';
import { sectionCitation } from '~/lib/pages/section-citation.ts';
import { permanentUrl } from '~/lib/site/repository.ts';
import { acrossYearsCharts } from '~/lib/charts/section-charts.ts';

/** The site data of the FICTIONAL fixture (two years; counter-services merged into resident-support in FY2025). */
function fictionalSite(): SiteData {
	const { dataset } = loadDataset('tests/fixtures/fictional-city');
	const plans: PlanWithFile[] = dataset!.plans.map(({ plan, file }) => ({
		...plan,
		file,
		repositoryFile: file,
		updated: '2025-04-01',
		history: { available: false, reason: 'not-committed' },
	}));
	return {
		site: dataset!.site,
		planTypes: dataset!.planTypes,
		organization: dataset!.organization,
		scales: dataset!.scales,
		plans,
		years: buildPlanIndex(dataset!.organization, plans),
		continuity: sectionContinuity(dataset!.organization, plans),
	};
}
const planOf = (data: SiteData, year: number, section: string) => data.plans.find((plan) => plan.fiscalYear === year && plan.section === section)!;

describe('a section page across fiscal years (fictional fixture)', () => {
	const data = fictionalSite();
	const current = planOf(data, 2025, 'resident-support');

	it('links to the section and the section merged into it, as each was named that year', () => {
		const years = acrossYears(data, current, 'en');
		expect(years.previous.map((link) => [link.yearLabel, link.section.value, link.href])).toEqual([
			['FY2024', 'Resident Support Division (fictional)', '/en/2024/civic-services/resident-support/'],
			['FY2024', 'Counter Services Division (fictional)', '/en/2024/civic-services/counter-services/'],
		]);
		expect(years.next).toEqual([]);
		const merged = acrossYears(data, planOf(data, 2024, 'counter-services'), 'ja');
		expect(merged.next.map((link) => [link.yearLabel, link.section.value, link.href])).toEqual([
			['2025年度（令和7年度）', '市民相談課（架空）', '/ja/2025/civic-services/resident-support/'],
		]);
	});

	it('links each initiative kept with the same id, through the merge too, and not a new one', () => {
		const { initiatives } = acrossYears(data, current, 'ja');
		expect(initiatives.get('faster-answers')?.previous?.href).toBe('/ja/2024/civic-services/resident-support/#faster-answers');
		expect(initiatives.get('new-office-system')?.previous?.href).toBe('/ja/2024/civic-services/counter-services/#new-office-system');
		expect(initiatives.get('untranslated-initiative')).toEqual({ previous: undefined, next: undefined, changes: undefined });
		const before = acrossYears(data, planOf(data, 2024, 'resident-support'), 'en').initiatives.get('faster-answers');
		expect(before?.next?.href).toBe('/en/2025/civic-services/resident-support/#faster-answers');
	});

	it('shows a renamed initiative’s title, activities and targets as changes since last year', () => {
		const changes = acrossYears(data, current, 'ja').initiatives.get('faster-answers')!.changes!;
		expect(changes.since).toBe('2024年度（令和6年度）');
		expect(changes.title?.segments).toEqual([
			{ kind: 'same', text: '相談' },
			{ kind: 'inserted', text: 'への' },
			{ kind: 'same', text: '回答の迅速化（架空）' },
		]);
		expect(changes.targets.map((target) => target.indicator.value)).toEqual(['① 10日以内に回答した割合', '② 研修の実施回数']);
		expect(changes.activities).toHaveLength(2);
		expect(changes.unchanged).toBe(false);
	});

	it('follows the merged section in the charts across years', () => {
		const lineage = data.continuity.lineage(current);
		expect(lineage.map((plan) => `${plan.fiscalYear}/${plan.section}`)).toEqual(['2024/resident-support', '2024/counter-services', '2025/resident-support']);
		expect(acrossYearsCharts(lineage, 'en', data.site)[0].rows.map((row) => row.label.value)).toEqual(['FY2024', 'FY2025']);
	});
});

describe('what changed in an initiative', () => {
	const initiative = fictionalSite().plans.find((plan) => plan.fiscalYear === 2025 && plan.section === 'resident-support')!.initiatives[0];

	it('is nothing for the same initiative', () => {
		expect(initiativeChanges(initiative, initiative, 'en')).toEqual({ title: undefined, activities: [], targets: [], unchanged: true });
	});
	it('compares the English on an English page when both years have it, else the official Japanese', () => {
		expect(compareTexts({ ja: 'あ', en: 'Old' }, { ja: 'い', en: 'New' }, 'en')?.lang).toBe('en');
		expect(compareTexts({ ja: 'あ' }, { ja: 'い', en: 'New' }, 'en')).toEqual({
			lang: 'ja',
			segments: [
				{ kind: 'deleted', text: 'あ' },
				{ kind: 'inserted', text: 'い' },
			],
		});
		expect(compareTexts({ ja: 'あ', en: 'Old' }, { ja: 'あ', en: 'Old' }, 'en')).toBeUndefined();
	});
	it('pairs targets by indicator number and lists a dropped indicator', () => {
		const dropped = { ...initiative, indicators: initiative.indicators.slice(1) };
		const changes = initiativeChanges(initiative, dropped, 'en');
		expect(changes.targets).toEqual([
			{
				indicator: expect.objectContaining({ value: '① Share of enquiries answered within 10 days' }),
				change: { lang: 'en', segments: [{ kind: 'deleted', text: '90% or more' }] },
			},
		]);
	});
});

describe('citing a section plan', () => {
	const plan = { fiscalYear: 2025, repositoryFile: 'data/plans/2025/a/b.yaml', updated: '2025-06-01', commit: '0123456789abcdef0123456789abcdef01234567' };
	const { site } = loadDataset('tests/fixtures/fictional-city').dataset!;
	const source = { site, department: '架空部', section: '架空課', plan, pageUrl: 'https://plans.example.org/ja/2025/a/b/' };

	it('names city, document, section, year, date, commit, the data file’s permanent URL, the page and a blank for the day accessed', () => {
		expect(sectionCitation(source, 'ja', { REPOSITORY_URL: 'https://example.org/city/plans/' })).toBe(
			'架空市（テスト用の架空データ）「各課の年度目標」架空部 架空課、2025年度（令和7年度）（データ更新日：2025-06-01、コミット 0123456789ab）。' +
				'データ：https://example.org/city/plans/blob/0123456789abcdef0123456789abcdef01234567/data/plans/2025/a/b.yaml ' +
				'ページ：https://plans.example.org/ja/2025/a/b/（閲覧日：　　　　年　　月　　日）',
		);
		expect(sectionCitation({ ...source, department: 'Dept', section: 'Section' }, 'en', {})).toBe(
			'Fictional City (made-up test data). “Annual goals”: Dept, Section, FY2025 (data of 2025-06-01, commit 0123456789ab). Page: https://plans.example.org/ja/2025/a/b/ (accessed on ____).',
		);
	});
	it('leaves out the commit and the permanent link when git does not know the file', () => {
		const text = sectionCitation({ ...source, plan: { ...plan, commit: undefined } }, 'en', { REPOSITORY_URL: 'https://example.org/x' });
		expect(text).not.toContain('commit');
		expect(text).not.toContain('example.org/x');
		expect(permanentUrl('a b/c.yaml', 'abc', { REPOSITORY_URL: 'https://example.org/x' })).toBe('https://example.org/x/blob/abc/a%20b/c.yaml');
	});
});
