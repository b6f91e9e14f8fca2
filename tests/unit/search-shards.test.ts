import { describe, expect, it } from 'vitest';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { searchRecords } from '~/lib/search/search-records.ts';
import { searchIndexParts, searchRecordCount, searchShardFolder, searchShardLimit, searchShardRecords, searchShards } from '~/lib/search/search-shards.ts';
import { languages } from '~/schemas/localized-text.ts';
import { fictionalDir, snapshotDir } from '../data-dirs.ts';
import type { Plan } from '~/schemas/plan.ts';

const datasets = [fictionalDir, snapshotDir].map((dir) => loadDataset(dir).dataset!);
const allPlans = datasets.flatMap((dataset) => dataset.plans.map(({ plan }) => plan));

/** A plan with the given number of indicators per initiative (0: an initiative without indicators). */
const planWith = (indicatorsPerInitiative: number[], section = 'a'): Plan =>
	({
		...allPlans[0],
		section,
		initiatives: indicatorsPerInitiative.map((count, index) => ({
			...allPlans[0].initiatives[0],
			id: `i${index}`,
			indicators: Array.from({ length: count }, () => allPlans[0].initiatives.flatMap((initiative) => initiative.indicators)[0]),
		})),
	}) as Plan;

describe('the parts of the search index', () => {
	it('counts exactly the records a plan gives, in both languages', () => {
		for (const dataset of datasets) {
			for (const { plan } of dataset.plans) {
				for (const lang of languages) {
					expect(searchRecordCount(plan)).toBe(searchRecords(dataset.organization, dataset.planTypes, [plan], lang).length);
				}
			}
		}
		expect(searchRecordCount(planWith([0, 2, 3]))).toBe(1 + 1 + 2 + 3);
	});

	it('deals the plans out in turn to as few parts as the limit allows, each within it, every plan in exactly one part', () => {
		const plans = [planWith([1], 'a'), planWith([2, 1], 'b'), planWith([0], 'c'), planWith([3], 'd'), planWith([1], 'e')];
		// Records: 2, 4, 2, 4, 2.
		const parts = searchShards(plans, 6);
		expect(parts.map((part) => part.map((plan) => plan.section))).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
		expect(parts.flat().toSorted((a, b) => a.section.localeCompare(b.section))).toEqual(plans);
		for (const part of parts) expect(part.reduce((sum, plan) => sum + searchRecordCount(plan), 0)).toBeLessThanOrEqual(6);
	});

	it('gives a plan larger than the limit a part of its own, never an empty part, and one part when nothing is indexed', () => {
		const parts = searchShards([planWith([1]), planWith([5, 5], 'big'), planWith([1], 'c')], 4);
		expect(parts.map((part) => part.map((plan) => plan.section))).toEqual([['a'], ['big'], ['c']]);
		expect(searchShards([], 4)).toEqual([[]]);
	});

	it('gives a site in parts a first part of the editorial pages alone, and keeps a city and a site of 1,000 sections in one index', () => {
		const plans = [planWith([1], 'a'), planWith([2, 1], 'b'), planWith([0], 'c')];
		expect(searchIndexParts(plans, 5).map((part) => part.map((plan) => plan.section))).toEqual([[], ['a', 'c'], ['b']]);
		expect(searchIndexParts(plans, 100)).toEqual([plans]);
		expect(searchIndexParts(allPlans, searchShardRecords)).toEqual([allPlans]);
		expect(searchShardRecords).toBeGreaterThan(11_000);
	});

	it('writes the first part as the language index and the others beside it', () => {
		expect(searchShardFolder('ja', 0)).toBe('pagefind/ja/');
		expect(searchShardFolder('en', 2)).toBe('pagefind/en/part-2/');
	});

	it('takes the limit from SEARCH_SHARD_RECORDS, and refuses a value that is not a whole number of at least 1', () => {
		expect(searchShardLimit({})).toBe(searchShardRecords);
		expect(searchShardLimit({ SEARCH_SHARD_RECORDS: '' })).toBe(searchShardRecords);
		expect(searchShardLimit({ SEARCH_SHARD_RECORDS: '12' })).toBe(12);
		for (const value of ['0', '-3', '1.5', 'many']) {
			expect(() => searchShardLimit({ SEARCH_SHARD_RECORDS: value })).toThrow(/SEARCH_SHARD_RECORDS.*1以上の整数/u);
		}
	});
});
