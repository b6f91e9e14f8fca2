import type { Language, LocalizedText } from '../../schemas/localized-text.ts';
import type { Plan } from '../../schemas/plan.ts';
import { changeLabels } from '../history/change-labels.ts';
import type { PlanChange } from '../history/plan-changes.ts';
import type { PlanHistoryEntry } from '../history/plan-history.ts';
import { displayMarker } from '../i18n/markers.ts';
import { initiativeAnchor } from '../site/anchors.ts';
import { changeText, type ChangeText } from '../site/change-text.ts';
import type { DatedChange } from '../site/later-changes.ts';
import type { PlanHistoryStatus } from '../site/plan-histories.ts';

/** How many characters of a commit id are shown (as `git log --oneline` does). */
export const shortCommitLength = 7;

/** One change as the history list shows it. */
export interface ChangeItem {
	/** What changed, in the page's language (`目標値を変更`). */
	label: string;
	/** The initiative it is about (its current title, or the title it had), if any. */
	initiative?: { title: LocalizedText; anchor?: string };
	/** The indicator's number as shown on the page (`①`, or `#2` when unnumbered), if about one. */
	indicator?: string;
	/** Old → new. */
	text: ChangeText;
}

/** One dated entry of the history list. */
export interface HistoryItem {
	date: string;
	/** The commit id, shortened. */
	commit: string;
	/** Why: the commit subject or the pull request's title. */
	reason: string;
	/** The first publication of the plan (no changes listed). */
	first: boolean;
	changes: ChangeItem[];
}

/** A plan's change history as its page shows it, or why it is not available. */
export type ChangeHistoryView =
	| {
			available: true;
			/** First publication and plan changes, newest first. */
			entries: HistoryItem[];
			/** Entries that only updated the English translation, newest first. */
			translationUpdates: HistoryItem[];
	  }
	| { available: false; reason: Extract<PlanHistoryStatus, { available: false }>['reason'] };

/** A mark shown on an initiative or indicator changed after first publication. */
export interface ChangeMarkView {
	/** What changed, in the page's language. */
	label: string;
	date: string;
	text: ChangeText;
}

function changeItem(plan: Plan, change: PlanChange, lang: Language): ChangeItem {
	const current = plan.initiatives.find((initiative) => initiative.id === change.initiative);
	const title =
		current?.title ??
		(change.field.startsWith('initiative-') ? (change.old ?? change.new) : undefined) ??
		(change.initiative ? { ja: change.initiative } : undefined);
	return {
		label: changeLabels[change.field][lang],
		...(title ? { initiative: { title, ...(current ? { anchor: initiativeAnchor(current) } : {}) } } : {}),
		...(change.indicator ? { indicator: change.indicator.number ? displayMarker(change.indicator.number, lang) : `#${change.indicator.position}` } : {}),
		text: changeText(change, lang),
	};
}

function historyItem(entry: PlanHistoryEntry, changes: PlanChange[], plan: Plan, lang: Language): HistoryItem {
	return {
		date: entry.date,
		commit: entry.commit.slice(0, shortCommitLength),
		reason: entry.reason,
		first: entry.kind === 'first-publication',
		changes: changes.map((change) => changeItem(plan, change, lang)),
	};
}

/**
 * What the "change history" part of a section page lists: each version that changed the plan (with its
 * date, reason, commit and every change, old → new), and apart from them the versions that only updated
 * the English translation, which is not a change of the plan.
 */
export function changeHistoryView(plan: Plan, history: PlanHistoryStatus, lang: Language): ChangeHistoryView {
	if (!history.available) return { available: false, reason: history.reason };
	const entries: HistoryItem[] = [];
	const translationUpdates: HistoryItem[] = [];
	for (const entry of [...history.entries].reverse()) {
		if (entry.kind === 'first-publication') {
			entries.push(historyItem(entry, [], plan, lang));
			continue;
		}
		const planChanges = entry.changes.filter((change) => change.kind === 'plan');
		const translations = entry.changes.filter((change) => change.kind === 'translation');
		if (planChanges.length) entries.push(historyItem(entry, planChanges, plan, lang));
		if (translations.length) translationUpdates.push(historyItem(entry, translations, plan, lang));
	}
	return { available: true, entries, translationUpdates };
}

/** The marks of one initiative or indicator, from its dated changes. */
export const changeMarkViews = (changes: readonly DatedChange[] | undefined, lang: Language): ChangeMarkView[] =>
	(changes ?? []).map(({ date, change }) => ({ label: changeLabels[change.field][lang], date, text: changeText(change, lang) }));
