import type { LocalizedText } from '../../schemas/localized-text.ts';
import type { ChangeField } from './plan-changes.ts';

/**
 * What readers are told for each kind of change, in Japanese and English: the one place these words live
 * (the CLI, downloads and pages use them; never write them again elsewhere).
 */
export const changeLabels: Readonly<Record<ChangeField, LocalizedText & { en: string }>> = {
	'initiative-added': { ja: '取組項目を追加', en: 'Initiative added' },
	'initiative-removed': { ja: '取組項目を削除', en: 'Initiative removed' },
	title: { ja: '取組項目名を変更', en: 'Initiative title changed' },
	rank: { ja: '順位を変更', en: 'Rank changed' },
	activities: { ja: '具体的な活動内容を変更', en: 'Activities changed' },
	notes: { ja: '注記を変更', en: 'Notes changed' },
	'indicator-added': { ja: '指標を追加', en: 'Indicator added' },
	'indicator-removed': { ja: '指標を削除', en: 'Indicator removed' },
	'indicator-name': { ja: '指標名を変更', en: 'Indicator name changed' },
	target: { ja: '目標値を変更', en: 'Target changed' },
	mission: { ja: '課の使命を変更', en: 'Mission changed' },
	'mid-year-review-added': { ja: '中間確認を追加', en: 'Mid-year review added' },
	'mid-year-review-edited': { ja: '中間確認を修正', en: 'Mid-year review edited' },
	'year-end-review-added': { ja: '年度末確認を追加', en: 'Year-end review added' },
	'year-end-review-edited': { ja: '年度末確認を修正', en: 'Year-end review edited' },
	'result-added': { ja: '実績値を追加', en: 'Result added' },
	'result-edited': { ja: '実績値を修正', en: 'Result edited' },
};

/** Words about whole files and translations, in both languages. */
export const historyWords = {
	firstPublication: { ja: '初回公表', en: 'First publication' },
	newPlan: { ja: '新しい計画', en: 'New plan' },
	planRemoved: { ja: '計画を削除', en: 'Plan removed' },
	translationUpdates: { ja: '英訳の更新（計画の変更ではありません）', en: 'Translation updates (not changes to the plan)' },
	section: { ja: '課の全体', en: 'Whole section' },
	indicator: { ja: '指標', en: 'Indicator' },
	noChanges: { ja: '計画の変更はありません。', en: 'No plan changes.' },
	unreadable: { ja: '計画として読めないため比較できません', en: 'Not a valid plan, so not compared' },
} as const satisfies Record<string, LocalizedText & { en: string }>;
