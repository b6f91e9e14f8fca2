import { describe, expect, it } from 'vitest';
import ja from '~/translations/ja.json';
import en from '~/translations/en.json';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { pickText } from '~/lib/i18n/localized.ts';
import { indicatorAnchor, initiativeAnchor, numberKey } from '~/lib/site/anchors.ts';
import { fiscalYearLabel, japaneseEraYear } from '~/lib/site/fiscal-year.ts';
import { sectionDisplayName } from '~/lib/site/section-names.ts';
import { buildPlanIndex, homeListsSections, homeSectionListLimit, yearPageListsSections, yearSectionListLimit } from '~/lib/site/plan-index.ts';
import { indicatorIndexIsSplit, indicatorIndexSplitAbove, indicatorIndexThreshold, yearIndicatorCount } from '~/lib/site/indicator-index-parts.ts';
import { translatePath, sectionPath } from '~/lib/site/paths.ts';
import { displayMarker } from '~/lib/i18n/markers.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { publishedDataDir, snapshotDir } from '../data-dirs.ts';

const baseKeys = (strings: Record<string, string>) =>
	Object.keys(strings)
		.filter((key) => !key.endsWith('.one'))
		.sort();

describe('UI strings', () => {
	it('has the same keys in Japanese and English', () => {
		expect(baseKeys(en)).toEqual(baseKeys(ja));
	});
	it('fills placeholders and uses the singular form for a count of one', () => {
		const t = useTranslations('en');
		expect(t('counts.initiatives', { count: 1 })).toBe('1 initiative');
		expect(t('counts.initiatives', { count: 4 })).toBe('4 initiatives');
		expect(useTranslations('ja')('counts.initiatives', { count: 1 })).toBe('取組項目 1件');
	});
});

describe('picking the text for a page', () => {
	it('shows English on English pages when translated', () => {
		expect(pickText({ ja: '順調', en: 'On track' }, 'en')).toEqual({ value: 'On track', lang: 'en', isFallback: false });
	});
	it('shows a fallback to the Japanese, marked as Japanese, for an untranslated initiative', () => {
		expect(pickText({ ja: '業務の効率化' }, 'en')).toEqual({ value: '業務の効率化', lang: 'ja', isFallback: true });
	});
	it('always shows the official Japanese on Japanese pages', () => {
		expect(pickText({ ja: '業務の効率化', en: 'Efficiency' }, 'ja')).toEqual({ value: '業務の効率化', lang: 'ja', isFallback: false });
	});
});

describe('permalinks', () => {
	it('are the same in both languages and derived from ids and numbers', () => {
		expect(initiativeAnchor({ id: 'information-security' })).toBe('information-security');
		expect(numberKey('①')).toBe('1');
		expect(numberKey('⑫')).toBe('12');
		expect(numberKey('①ー2')).toBe('1-2');
		expect(indicatorAnchor({ id: 'city-promotion' }, { number: '①ー2' }, 1)).toBe('city-promotion-indicator-1-2');
		expect(indicatorAnchor({ id: 'web-survey' }, {}, 0)).toBe('web-survey-indicator-1');
	});
	it.each([publishedDataDir, snapshotDir])('are unique within every section page of %s', (dataDir) => {
		const { dataset } = loadDataset(dataDir);
		for (const { plan } of dataset!.plans) {
			const anchors = plan.initiatives.flatMap((initiative) => [
				initiativeAnchor(initiative),
				...initiative.indicators.map((indicator, position) => indicatorAnchor(initiative, indicator, position)),
			]);
			expect(new Set(anchors).size).toBe(anchors.length);
		}
	});
});

describe('names, years and paths', () => {
	const { dataset } = loadDataset(snapshotDir);
	const department = dataset!.organization.departments[0];
	const unit = department.sections.find(({ id }) => id === 'public-facilities-restructuring')!;

	it('names a unit with its division', () => {
		expect(sectionDisplayName(department, unit, 'ja').value).toBe('企画政策課 公共施設再編担当');
		expect(sectionDisplayName(department, unit, 'en').value).toBe('Planning and Policy Division, Public Facilities Restructuring Unit');
	});
	it('labels fiscal years with the Japanese era', () => {
		expect(japaneseEraYear(2025)).toBe('令和7');
		expect(japaneseEraYear(2019)).toBe('令和元');
		expect(japaneseEraYear(2018)).toBe('平成30');
		expect(fiscalYearLabel(2025, 'ja')).toBe('2025年度（令和7年度）');
		expect(fiscalYearLabel(2025, 'en')).toBe('FY2025');
	});
	it('leads to the same place in the other language', () => {
		const path = sectionPath('ja', 2025, 'policy-management', 'secretarial');
		expect(path).toBe('/ja/2025/policy-management/secretarial/');
		expect(translatePath(path, 'en')).toBe('/en/2025/policy-management/secretarial/');
	});
	it('writes Japanese-only marker characters in Latin form on English pages', () => {
		expect(displayMarker('①ー1', 'en')).toBe('①-1');
		expect(displayMarker('・', 'en')).toBe('•');
		expect(displayMarker('①ー1', 'ja')).toBe('①ー1');
	});
});

describe('the plan index (FY2025 snapshot)', () => {
	const { dataset } = loadDataset(snapshotDir);
	const plans = dataset!.plans.map(({ plan }) => plan);

	it('groups sections by year and department in the organization order, with counts', () => {
		const [year] = buildPlanIndex(dataset!.organization, plans);
		expect(year.fiscalYear).toBe(2025);
		expect(year.departments).toHaveLength(1);
		const sections = year.departments[0].sections;
		expect(sections.map((s) => s.section.id)).toEqual([
			'public-facilities-restructuring',
			'digital-strategy',
			'secretarial',
			'public-relations',
			'public-hearing',
		]);
		expect(sections[1]).toMatchObject({ initiativeCount: 6, indicatorCount: 12, reviewCounts: { 'not-reported': 6, 'mid-year': 0, 'year-end': 0 } });
		expect(year.departments[0]).toMatchObject({ initiativeCount: 23, indicatorCount: 36 });
	});
	it('lists the newest year first when several coexist', () => {
		const older = plans.map((plan) => ({ ...plan, fiscalYear: 2024 }));
		expect(buildPlanIndex(dataset!.organization, [...older, ...plans]).map((y) => y.fiscalYear)).toEqual([2025, 2024]);
	});
	it('lists sections on the home page for a city, and only departments for a portal of hundreds of sections', () => {
		const [year] = buildPlanIndex(dataset!.organization, plans);
		expect(homeListsSections(year)).toBe(true);
		const department = year.departments[0];
		const manySections = Array.from({ length: Math.ceil((homeSectionListLimit + 1) / department.sections.length) }, () => department);
		expect(homeListsSections({ ...year, departments: manySections })).toBe(false);
	});
	it('lists sections on a year page up to a national portal’s size, then only departments', () => {
		const [year] = buildPlanIndex(dataset!.organization, plans);
		expect(yearPageListsSections(year)).toBe(true);
		const department = year.departments[0];
		const manySections = Array.from({ length: Math.ceil((yearSectionListLimit + 1) / department.sections.length) }, () => department);
		expect(yearPageListsSections({ ...year, departments: manySections })).toBe(false);
	});
	it('splits a year’s indicator index by department above the threshold only', () => {
		const [year] = buildPlanIndex(dataset!.organization, plans);
		const count = yearIndicatorCount(year);
		expect(count).toBeGreaterThan(0);
		expect(indicatorIndexIsSplit(year, count)).toBe(false);
		expect(indicatorIndexIsSplit(year, count - 1)).toBe(true);
	});
	it('takes the indicator index threshold from INDICATOR_INDEX_SPLIT_ABOVE, and refuses a value that is not a whole number', () => {
		expect(indicatorIndexThreshold({})).toBe(indicatorIndexSplitAbove);
		expect(indicatorIndexThreshold({ INDICATOR_INDEX_SPLIT_ABOVE: '' })).toBe(indicatorIndexSplitAbove);
		expect(indicatorIndexThreshold({ INDICATOR_INDEX_SPLIT_ABOVE: '12' })).toBe(12);
		for (const value of ['-1', '2.5', 'many'])
			expect(() => indicatorIndexThreshold({ INDICATOR_INDEX_SPLIT_ABOVE: value })).toThrow(/INDICATOR_INDEX_SPLIT_ABOVE/u);
	});
});

describe('the edit link', () => {
	it('points at the file in the configured repository, and is absent when none is configured', async () => {
		const { editUrl } = await import('~/lib/site/repository.ts');
		expect(editUrl('data/plans/2025/a/b.yaml', { REPOSITORY_URL: 'https://example.org/city/plans/' })).toBe(
			'https://example.org/city/plans/edit/main/data/plans/2025/a/b.yaml',
		);
		expect(editUrl('data/plans/2025/a/b.yaml', { REPOSITORY_URL: 'https://example.org/x', REPOSITORY_BRANCH: 'draft' })).toBe(
			'https://example.org/x/edit/draft/data/plans/2025/a/b.yaml',
		);
		expect(editUrl('data/plans/2025/a/b.yaml', {})).toBeUndefined();
	});
});

describe('the indicator index filters', async () => {
	const { matchesFilter, normalizeForSearch, compareCells } = await import('~/lib/site/index-filter.ts');
	const row = {
		section: 'policy-management/digital-strategy',
		planTypes: ['individual-plan'],
		status: 'not-reported',
		text: normalizeForSearch('情報セキュリティ外部監査の実施率 ＤＸ'),
		targetChanged: false,
	};
	const all = { section: '', planType: '', status: '', text: '', targetChanged: false };
	it('matches every word of the keyword, ignoring width and case', () => {
		expect(matchesFilter(row, { ...all, text: '監査 dx' })).toBe(true);
		expect(matchesFilter(row, { ...all, text: 'ｾｷｭﾘﾃｨ' })).toBe(true);
		expect(matchesFilter(row, { ...all, text: '監査 研修' })).toBe(false);
	});
	it('narrows by section, plan type and status', () => {
		expect(matchesFilter(row, { ...all, section: 'policy-management/digital-strategy' })).toBe(true);
		expect(matchesFilter(row, { ...all, section: 'policy-management/secretarial' })).toBe(false);
		expect(matchesFilter(row, { ...all, planType: 'individual-plan', status: 'not-reported' })).toBe(true);
		expect(matchesFilter(row, { ...all, status: 'achieved' })).toBe(false);
	});
	it('keeps only indicators whose target changed when asked', () => {
		expect(matchesFilter(row, { ...all, targetChanged: true })).toBe(false);
		expect(matchesFilter({ ...row, targetChanged: true }, { ...all, targetChanged: true })).toBe(true);
		expect(matchesFilter({ ...row, targetChanged: true }, all)).toBe(true);
	});
	it('tells apart sections with the same id in different departments, grouping them by department', async () => {
		const { sectionFilterGroups, sectionFilterValue } = await import('~/lib/site/index-filter.ts');
		const at = (department: string, section: string) => ({
			department: { id: department, name: { ja: department } },
			section: { id: section, name: { ja: section }, order: 1 },
		});
		const rows = [at('health', 'general-affairs'), at('health', 'general-affairs'), at('health', 'clinics'), at('roads', 'general-affairs')];
		expect(rows.map(sectionFilterValue)).toEqual(['health/general-affairs', 'health/general-affairs', 'health/clinics', 'roads/general-affairs']);
		expect(sectionFilterGroups(rows).map((group) => group.map(sectionFilterValue))).toEqual([
			['health/general-affairs', 'health/clinics'],
			['roads/general-affairs'],
		]);
	});
	it('sorts numbers numerically and before text', () => {
		const collator = new Intl.Collator('en', { numeric: true });
		expect(['10', 'b', '9', '', 'a'].sort((a, b) => compareCells(a, b, collator))).toEqual(['9', '10', '', 'a', 'b']);
	});
});

describe('templateParts', () => {
	it('keeps placeholders as their own parts for links to stand in', async () => {
		const { templateParts } = await import('~/lib/i18n/translate.ts');
		expect(templateParts('Data in this table: {csv}, {json}')).toEqual(['Data in this table: ', '{csv}', ', ', '{json}']);
		expect(templateParts('{feed}。{sitemap}')).toEqual(['{feed}', '。', '{sitemap}']);
	});
});

describe('the sitemap of a large site', () => {
	const pages = Array.from({ length: 7 }, (_, index) => ({ paths: { ja: `/ja/${index}/`, en: `/en/${index}/` }, updated: `2025-0${index + 1}-01` }));
	const site = new URL('https://plans.example.org');

	it('stays one file up to the limit of URLs', async () => {
		const { sitemapParts } = await import('~/lib/site/page-list.ts');
		expect(sitemapParts(pages)).toEqual([pages]);
	});

	it('splits into parts of at most the limit, root included, listed by an index with their last change', async () => {
		const { sitemapIndexXml, sitemapParts, sitemapXml } = await import('~/lib/site/page-list.ts');
		const parts = sitemapParts(pages, 5);
		expect(parts.map((part) => part.length)).toEqual([2, 2, 2, 1]);
		expect(sitemapXml(parts[0], site).match(/<url>/gu)).toHaveLength(5);
		expect(sitemapXml(parts[1], site, { withRoot: false }).match(/<url>/gu)).toHaveLength(4);
		const index = sitemapIndexXml(parts, site);
		expect(index.match(/<loc>[^<]+<\/loc>/gu)).toEqual([1, 2, 3, 4].map((n) => `<loc>https://plans.example.org/sitemap-${n}.xml</loc>`));
		expect(index).toContain('<lastmod>2025-07-01</lastmod>');
	});
});
