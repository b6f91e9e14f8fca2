import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans, reviewWords } from '~/lib/history/plan-changes.ts';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { parsePlanText } from '~/lib/history/parse-plan-text.ts';

/** The FICTIONAL fixture plan, edited by `change`. */
function fixturePlan(change?: (text: string) => string) {
	const file = 'tests/fixtures/fictional-city/plans/2025/civic-services/resident-support.yaml';
	const text = readFileSync(file, 'utf8');
	const changed = change ? change(text) : text;
	if (change && changed === text) throw new Error('The edit changed nothing; the test would prove nothing.');
	const plan = parsePlanText(file, changed);
	if (!plan) throw new Error('The edited fixture is not a valid plan.');
	return plan;
}

describe('comparePlans', () => {
	it('finds nothing between a plan and itself', () => {
		expect(comparePlans(fixturePlan(), fixturePlan())).toEqual([]);
	});
	it('matches numbered indicators by number, so reordering them changes nothing but an edit shows', () => {
		const plan = fixturePlan();
		const reordered = structuredClone(plan);
		reordered.initiatives[0].indicators.reverse();
		expect(comparePlans(plan, reordered)).toEqual([]);
		const edited = fixturePlan((text) => text.replace('ja: 4回', 'ja: 6回'));
		expect(comparePlans(plan, edited)).toEqual([
			{
				kind: 'plan',
				field: 'target',
				initiative: 'faster-answers',
				indicator: { number: '②', position: 2 },
				old: { ja: '4回', en: '4 sessions' },
				new: { ja: '6回', en: '4 sessions' },
			},
		]);
	});
	it('matches unnumbered indicators by position and reports added and removed ones', () => {
		const plan = fixturePlan();
		const initiative = plan.initiatives[0];
		const unnumbered = { ...plan, initiatives: [{ ...initiative, indicators: initiative.indicators.map(({ number: _number, ...indicator }) => indicator) }] };
		const shorter = { ...unnumbered, initiatives: [{ ...unnumbered.initiatives[0], indicators: unnumbered.initiatives[0].indicators.slice(0, 1) }] };
		expect(comparePlans(unnumbered, shorter)).toEqual([
			{
				kind: 'plan',
				field: 'indicator-removed',
				initiative: 'faster-answers',
				indicator: { position: 2 },
				old: { ja: '研修の実施回数\n4回', en: 'Training sessions held\n4 sessions' },
			},
		]);
		expect(comparePlans(shorter, unnumbered).map((change) => change.field)).toEqual(['indicator-added']);
	});
	it('matches unnumbered indicators by name before position, so removing the first is that removal only', () => {
		const plan = fixturePlan();
		const initiative = plan.initiatives[0];
		const unnumbered = { ...plan, initiatives: [{ ...initiative, indicators: initiative.indicators.map(({ number: _number, ...indicator }) => indicator) }] };
		const withoutFirst = { ...unnumbered, initiatives: [{ ...unnumbered.initiatives[0], indicators: unnumbered.initiatives[0].indicators.slice(1) }] };
		expect(comparePlans(unnumbered, withoutFirst)).toEqual([
			expect.objectContaining({
				field: 'indicator-removed',
				indicator: { position: 1 },
				old: expect.objectContaining({ ja: expect.stringContaining(initiative.indicators[0].name.ja) }),
			}),
		]);
	});
	it('reports added and removed initiatives by id, with their titles', () => {
		const plan = fixturePlan();
		const without = { ...plan, initiatives: plan.initiatives.slice(1) };
		expect(comparePlans(plan, without)).toEqual([{ kind: 'plan', field: 'initiative-removed', initiative: 'faster-answers', old: plan.initiatives[0].title }]);
		expect(comparePlans(without, plan).find((change) => change.field === 'initiative-added')).toEqual({
			kind: 'plan',
			field: 'initiative-added',
			initiative: 'faster-answers',
			new: plan.initiatives[0].title,
		});
	});
	it('tells an English-only edit (translation) from a change of the official Japanese', () => {
		const plan = fixturePlan();
		const english = fixturePlan((text) => text.replace('en: We will train staff.', 'en: We will hold staff training.'));
		expect(comparePlans(plan, english)).toMatchObject([{ kind: 'translation', field: 'activities', initiative: 'faster-answers' }]);
		const japanese = fixturePlan((text) => text.replace('ja: 職員研修を実施します。', 'ja: 職員研修を年2回実施します。'));
		expect(comparePlans(plan, japanese)).toMatchObject([{ kind: 'plan', field: 'activities', initiative: 'faster-answers' }]);
	});
	it('reports edited reviews, edited results, rank, mission and notes', () => {
		const plan = fixturePlan();
		const edited = fixturePlan((text) =>
			text
				.replace('手順の見直しを終えました（架空）。', '手順の見直しを終えました（架空・訂正）。')
				.replace('ja: 93%', 'ja: 91%')
				.replace('回答の迅速化は目標を上回りました（架空）。', '回答の迅速化は目標に達しました（架空）。')
				.replace('架空の使命文です。', '架空の使命文（改）です。'),
		);
		expect(comparePlans(plan, edited).map((change) => change.field)).toEqual(['mission', 'result-edited', 'mid-year-review-edited', 'year-end-review-edited']);
		const swapped = {
			...plan,
			initiatives: plan.initiatives.map((initiative) => ({
				...initiative,
				rank: plan.initiatives.length + 1 - initiative.rank,
				notes: [{ ja: '注記（架空）' }],
			})),
		};
		expect(
			comparePlans(plan, swapped)
				.filter((change) => change.initiative === 'faster-answers')
				.map((change) => [change.field, change.old?.ja, change.new?.ja]),
		).toEqual([
			['rank', '1', String(plan.initiatives.length)],
			['notes', '', '注記（架空）'],
		]);
	});
});

describe('review values in a change', () => {
	const scales = loadDataset('tests/fixtures/fictional-city').dataset!.scales;
	it('read as the scale labels on the site, and as the ids where the scales are not at hand', () => {
		const plan = fixturePlan();
		const first = plan.initiatives[0];
		const withoutReview = structuredClone(plan);
		withoutReview.initiatives[0].review = {};
		const [labelled] = comparePlans(withoutReview, plan, reviewWords(scales)).filter((change) => change.field === 'mid-year-review-added');
		const status = scales.progressStatus.find(({ id }) => id === first.review.midYear!.status)!;
		expect(labelled.new!.ja.split('\n')[0]).toBe(status.label.ja);
		expect(labelled.new!.en!.split('\n')[0]).toBe(status.label.en);
		const [raw] = comparePlans(withoutReview, plan).filter((change) => change.field === 'mid-year-review-added');
		expect(raw.new!.ja.split('\n')[0]).toBe(first.review.midYear!.status);
	});
});
