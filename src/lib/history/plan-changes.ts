import type { LocalizedText } from '../../schemas/localized-text.ts';
import type { Indicator, Initiative, Plan, TextItem } from '../../schemas/plan.ts';
import type { MidYearReview, YearEndReview } from '../../schemas/review.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';

/** What part of a plan a change touches. Labels for readers: `change-labels.ts`. */
export const changeFields = [
	'initiative-added',
	'initiative-removed',
	'title',
	'rank',
	'activities',
	'notes',
	'indicator-added',
	'indicator-removed',
	'indicator-name',
	'target',
	'mission',
	'mid-year-review-added',
	'mid-year-review-edited',
	'year-end-review-added',
	'year-end-review-edited',
	'result-added',
	'result-edited',
] as const;
export type ChangeField = (typeof changeFields)[number];

/** Which indicator of an initiative: its number when the plan numbers them, and its position (1-based). */
export interface IndicatorRef {
	number?: string;
	position: number;
}

/** One change between two versions of a plan. */
export interface PlanChange {
	/**
	 * `plan` when the official Japanese changed (or something was added or removed); `translation` when
	 * only the unofficial English did, which is not a change of the plan.
	 */
	kind: 'plan' | 'translation';
	field: ChangeField;
	/** The initiative's id; absent for the section's mission. */
	initiative?: string;
	/** The indicator, for indicator fields and results. */
	indicator?: IndicatorRef;
	/** The value before; undefined when added. */
	old?: LocalizedText;
	/** The value after; undefined when removed. */
	new?: LocalizedText;
}

/** Joins several texts into one, one per line; English only when at least one has it. */
function joinTexts(texts: ReadonlyArray<LocalizedText | undefined>): LocalizedText {
	const present = texts.filter((text): text is LocalizedText => text !== undefined);
	const ja = present.map((text) => text.ja).join('\n');
	return present.some((text) => text.en) ? { ja, en: present.map((text) => text.en ?? '').join('\n') } : { ja };
}

/** A list of marked items as one text, each with its marker (`①回答の手順を見直します。`). */
const itemsText = (items: readonly TextItem[]): LocalizedText =>
	joinTexts(items.map(({ marker = '', text }) => ({ ja: `${marker}${text.ja}`, ...(text.en ? { en: `${marker}${text.en}` } : {}) })));

/** The same words in both languages (ids, dates, numbers). */
const both = (value: string): LocalizedText => ({ ja: value, en: value });

/** A target as readers see it; a direction stated in the file is part of it (it decides what counts as met). */
const targetText = ({ target }: Indicator): LocalizedText => (target.direction ? joinTexts([target.text, both(target.direction)]) : target.text);

/** How the values of a review read: a scale level by its label, and whether a milestone was reached. */
export interface ReviewWords {
	status(id: string): LocalizedText;
	rating(id: string): LocalizedText;
	achieved(achieved: boolean): LocalizedText;
}

/** Review values as written in the file (ids), when the data set's scales are not at hand. */
export const reviewIds: ReviewWords = {
	status: both,
	rating: both,
	achieved: (achieved) => both(achieved ? 'achieved' : 'not achieved'),
};

/** Review values as readers see them: the scale levels' labels from the data set's review scales. */
export function reviewWords(scales: ReviewScales): ReviewWords {
	const label = (levels: ReviewScales['progressStatus'], id: string) => levels.find((level) => level.id === id)?.label ?? both(id);
	return {
		status: (id) => label(scales.progressStatus, id),
		rating: (id) => label(scales.rating, id),
		achieved: (achieved) => (achieved ? { ja: '達成', en: 'achieved' } : { ja: '未達成', en: 'not achieved' }),
	};
}

const resultText = ({ result }: Indicator, words: ReviewWords): LocalizedText | undefined =>
	result && (result.achieved === undefined ? result.text : joinTexts([result.text, words.achieved(result.achieved)]));

const midYearText = (review: MidYearReview | undefined, words: ReviewWords): LocalizedText | undefined =>
	review &&
	joinTexts([words.status(review.status), review.firstHalfAssessment, review.secondHalfPlan, review.reportedOn ? both(review.reportedOn) : undefined]);

const yearEndText = (review: YearEndReview | undefined, words: ReviewWords): LocalizedText | undefined =>
	review &&
	joinTexts([
		review.summary,
		words.rating(review.rating),
		review.ratingBasis,
		review.issuesAndResponse,
		review.reportedOn ? both(review.reportedOn) : undefined,
	]);

/** Where a change is, shared by the changes of one initiative or indicator. */
type ChangePlace = Pick<PlanChange, 'initiative' | 'indicator'>;

/**
 * The change of one value, if any: a plan change when the Japanese differs (or the value appears or goes),
 * a translation change when only the English does. `added` and `edited` name the field for each case.
 */
function compareValue(
	place: ChangePlace,
	old: LocalizedText | undefined,
	now: LocalizedText | undefined,
	fields: { added: ChangeField; edited: ChangeField },
): PlanChange[] {
	if (!old && !now) return [];
	if (!old) return [{ kind: 'plan', field: fields.added, ...place, new: now }];
	if (!now) return [{ kind: 'plan', field: fields.edited, ...place, old }];
	if (old.ja !== now.ja) return [{ kind: 'plan', field: fields.edited, ...place, old, new: now }];
	if ((old.en ?? '') !== (now.en ?? '')) return [{ kind: 'translation', field: fields.edited, ...place, old, new: now }];
	return [];
}

/** A value that is always there: its only change is an edit. */
const compareField = (place: ChangePlace, old: LocalizedText, now: LocalizedText, field: ChangeField) =>
	compareValue(place, old, now, { added: field, edited: field });

/** An indicator with its place in its version's list. */
interface PlacedIndicator {
	indicator: Indicator;
	index: number;
}

/**
 * Pairs each indicator of the newer version with the one it continues in the older: a numbered one by its
 * number; an unnumbered one by the same official name, else by the same position. So removing the first of
 * two unnumbered indicators reads as that removal, not as the first renamed into the second.
 */
function pairIndicators(old: readonly Indicator[], now: readonly Indicator[]) {
	const remaining = new Map<number, PlacedIndicator>(old.map((indicator, index) => [index, { indicator, index }]));
	const pairs = new Map<number, PlacedIndicator>();
	const take = (nowIndex: number, found: PlacedIndicator | undefined) => {
		if (!found) return;
		pairs.set(nowIndex, found);
		remaining.delete(found.index);
	};
	const unnumbered = (candidate: PlacedIndicator) => candidate.indicator.number === undefined;
	now.forEach((indicator, index) => {
		if (indicator.number)
			take(
				index,
				[...remaining.values()].find((candidate) => candidate.indicator.number === indicator.number),
			);
	});
	now.forEach((indicator, index) => {
		if (!indicator.number)
			take(
				index,
				[...remaining.values()].find((candidate) => unnumbered(candidate) && candidate.indicator.name.ja === indicator.name.ja),
			);
	});
	now.forEach((indicator, index) => {
		const candidate = remaining.get(index);
		if (!indicator.number && !pairs.has(index) && candidate && unnumbered(candidate)) take(index, candidate);
	});
	return { pairs, removed: [...remaining.values()] };
}
const indicatorRef = (indicator: Indicator, index: number): IndicatorRef => ({
	...(indicator.number ? { number: indicator.number } : {}),
	position: index + 1,
});

function compareIndicators(initiative: string, old: readonly Indicator[], now: readonly Indicator[], words: ReviewWords): PlanChange[] {
	const changes: PlanChange[] = [];
	const { pairs, removed } = pairIndicators(old, now);
	now.forEach((indicator, index) => {
		const place = { initiative, indicator: indicatorRef(indicator, index) };
		const previous = pairs.get(index);
		if (!previous) {
			changes.push({ kind: 'plan', field: 'indicator-added', ...place, new: joinTexts([indicator.name, targetText(indicator)]) });
			return;
		}
		changes.push(
			...compareField(place, previous.indicator.name, indicator.name, 'indicator-name'),
			...compareField(place, targetText(previous.indicator), targetText(indicator), 'target'),
			...compareValue(place, resultText(previous.indicator, words), resultText(indicator, words), { added: 'result-added', edited: 'result-edited' }),
		);
	});
	for (const { indicator, index } of removed) {
		changes.push({
			kind: 'plan',
			field: 'indicator-removed',
			initiative,
			indicator: indicatorRef(indicator, index),
			old: joinTexts([indicator.name, targetText(indicator)]),
		});
	}
	return changes;
}

function compareInitiative(old: Initiative, now: Initiative, words: ReviewWords): PlanChange[] {
	const place = { initiative: now.id };
	return [
		...compareField(place, old.title, now.title, 'title'),
		...compareField(place, both(String(old.rank)), both(String(now.rank)), 'rank'),
		...compareField(place, itemsText(old.activities), itemsText(now.activities), 'activities'),
		...compareField(place, joinTexts(old.notes), joinTexts(now.notes), 'notes'),
		...compareIndicators(now.id, old.indicators, now.indicators, words),
		...compareValue(place, midYearText(old.review.midYear, words), midYearText(now.review.midYear, words), {
			added: 'mid-year-review-added',
			edited: 'mid-year-review-edited',
		}),
		...compareValue(place, yearEndText(old.review.yearEnd, words), yearEndText(now.review.yearEnd, words), {
			added: 'year-end-review-added',
			edited: 'year-end-review-edited',
		}),
	];
}

/**
 * Every change a reader could see between two versions of a plan: the mission, then each initiative
 * (matched by id) in the newer order, then the removed ones. Parsed values are compared, so YAML comments,
 * key order, quoting and layout change nothing. A review or result that is taken out is an edit with no new value.
 */
export function comparePlans(old: Plan, now: Plan, words: ReviewWords = reviewIds): PlanChange[] {
	const changes = compareField({}, itemsText(old.mission), itemsText(now.mission), 'mission');
	const before = new Map(old.initiatives.map((initiative) => [initiative.id, initiative]));
	for (const initiative of now.initiatives) {
		const previous = before.get(initiative.id);
		before.delete(initiative.id);
		if (previous) changes.push(...compareInitiative(previous, initiative, words));
		else changes.push({ kind: 'plan', field: 'initiative-added', initiative: initiative.id, new: initiative.title });
	}
	for (const initiative of before.values()) changes.push({ kind: 'plan', field: 'initiative-removed', initiative: initiative.id, old: initiative.title });
	return changes;
}
