import type { Language, LocalizedText } from '../../schemas/localized-text.ts';
import type { Initiative, TextItem } from '../../schemas/plan.ts';
import { diffText, type TextSegment } from '../history/text-diff.ts';
import { pickText, type PickedText } from '../i18n/localized.ts';
import { displayMarker } from '../i18n/markers.ts';

/** How one text changed: the runs of same, deleted and inserted text, in the language compared. */
export interface TextChange {
	/** The language of the compared texts: the page's when both years have it, else Japanese (the official text). */
	lang: Language;
	segments: TextSegment[];
}

/** One indicator's target that differs from last year's. */
export interface TargetChange {
	/** The indicator, as named this year (or last year, when it was dropped), with its number. */
	indicator: PickedText;
	change: TextChange;
}

/** How a continued initiative differs from the same initiative (same id) in the previous year's plan. */
export interface InitiativeChanges {
	/** The title's change; undefined when the title is the same. */
	title?: TextChange;
	/** Activities that changed, were added or were dropped, paired by position. */
	activities: TextChange[];
	/** Indicator targets that changed, were added or were dropped, paired by indicator number (else position). */
	targets: TargetChange[];
	/** True when title, activities and targets are all as last year. */
	unchanged: boolean;
}

/** The side of a text that did not exist (an added or dropped item): empty in every language. */
const emptyText: LocalizedText = { ja: '', en: '' };

/**
 * The change between two texts in the page's language when both have it (an English page compares the
 * translations), else in Japanese; undefined when they read the same.
 */
export function compareTexts(before: LocalizedText, after: LocalizedText, lang: Language): TextChange | undefined {
	const compared: Language = before[lang] !== undefined && after[lang] !== undefined ? lang : 'ja';
	const [was, is] = [before[compared] ?? '', after[compared] ?? ''];
	return was === is ? undefined : { lang: compared, segments: diffText(was, is) };
}

/** An activity with its marker, as one text, so that a renumbered activity shows as changed. */
function withMarker(item: TextItem | undefined, lang: Language): LocalizedText {
	if (!item) return emptyText;
	const marker = item.marker ? `${displayMarker(item.marker, lang)} ` : '';
	return { ja: `${marker}${item.text.ja}`, ...(item.text.en === undefined ? {} : { en: `${marker}${item.text.en}` }) };
}

/** Pairs two lists by a key, keeping this year's order and putting dropped items at the end. */
function pairBy<T>(before: readonly T[], after: readonly T[], key: (item: T, position: number) => string): Array<[T | undefined, T | undefined]> {
	const earlier = new Map(before.map((item, position) => [key(item, position), item]));
	const pairs: Array<[T | undefined, T | undefined]> = after.map((item, position) => [earlier.get(key(item, position)), item]);
	const kept = new Set(after.map(key));
	return [...pairs, ...before.filter((item, position) => !kept.has(key(item, position))).map((item): [T | undefined, T | undefined] => [item, undefined])];
}

/** What changed in an initiative since the previous year: title, activities and indicator targets, as character diffs. */
export function initiativeChanges(before: Initiative, after: Initiative, lang: Language): InitiativeChanges {
	const title = compareTexts(before.title, after.title, lang);
	const activityCount = Math.max(before.activities.length, after.activities.length);
	const activities = Array.from({ length: activityCount }, (_, i) =>
		compareTexts(withMarker(before.activities[i], lang), withMarker(after.activities[i], lang), lang),
	).filter((change): change is TextChange => change !== undefined);
	const targets = pairBy(before.indicators, after.indicators, (indicator, position) => indicator.number ?? `#${position}`).flatMap(([was, is]) => {
		const change = compareTexts(was?.target.text ?? emptyText, is?.target.text ?? emptyText, lang);
		const shown = (is ?? was)!;
		const name = pickText(shown.name, lang);
		return change ? [{ indicator: { ...name, value: `${shown.number ? `${displayMarker(shown.number, lang)} ` : ''}${name.value}` }, change }] : [];
	});
	return { title, activities, targets, unchanged: !title && activities.length === 0 && targets.length === 0 };
}
