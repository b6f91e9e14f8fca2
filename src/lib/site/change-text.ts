import type { Language } from '../../schemas/localized-text.ts';
import type { PlanChange } from '../history/plan-changes.ts';
import { diffText, type TextSegment } from '../history/text-diff.ts';

/** A change's old → new as readers see it: the text's language and what was deleted and inserted. */
export interface ChangeText {
	/** The language of the texts shown. */
	lang: Language;
	/** The newer text against the older one, character by character; empty when neither has a value. */
	segments: TextSegment[];
}

/**
 * What a change did to its text, in the page's language when both versions have it there (an English
 * page shows the translation's change when the translation was updated with the plan), else in the
 * official Japanese (when the English was left as it was, its unchanged text would hide the change). A
 * translation update always shows the English.
 */
export function changeText(change: Pick<PlanChange, 'kind' | 'old' | 'new'>, lang: Language): ChangeText {
	const hasEnglish = (text: PlanChange['old']) => text === undefined || text.en !== undefined;
	const inEnglish = change.kind === 'translation' || (lang === 'en' && hasEnglish(change.old) && hasEnglish(change.new) && change.old?.en !== change.new?.en);
	const textLang: Language = inEnglish ? 'en' : 'ja';
	const before = change.old?.[textLang] ?? '';
	const after = change.new?.[textLang] ?? '';
	return { lang: textLang, segments: before || after ? diffText(before, after) : [] };
}
