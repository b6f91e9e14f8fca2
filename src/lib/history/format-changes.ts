import type { LocalizedText } from '../../schemas/localized-text.ts';
import type { Plan } from '../../schemas/plan.ts';
import { changeLabels, historyWords } from './change-labels.ts';
import type { PlanChange } from './plan-changes.ts';
import type { FileChanges } from './revision-changes.ts';

/** One change told in both languages. */
interface ChangeLine {
	ja: string;
	en: string;
}

/** The changes of one initiative (or of the whole section), under its title. */
interface ChangeGroup {
	heading: string;
	lines: ChangeLine[];
}

/** What to print for one plan file. */
interface FileReport {
	file: string;
	groups: ChangeGroup[];
	/** English-only edits, apart from the changes of the plan. */
	translations: ChangeGroup[];
}

const oneLine = (text: string) => text.replaceAll('\n', ' / ');
const bilingual = (text: LocalizedText) => (text.en && text.en !== text.ja ? `${text.ja} / ${text.en}` : text.ja);

/** A value as one line: `70% → 80%`, or only the new or the old value when added or removed. */
function values(change: PlanChange, language: 'ja' | 'en'): string {
	const pick = (text: LocalizedText | undefined) => text && oneLine(language === 'en' ? (text.en ?? text.ja) : text.ja);
	const [old, now] = [pick(change.old), pick(change.new)];
	if (old !== undefined && now !== undefined) return `${old} → ${now}`;
	return old ?? now ?? '';
}

function describe(change: PlanChange): ChangeLine {
	const label = changeLabels[change.field];
	const indicator = change.indicator ? (change.indicator.number ?? `#${change.indicator.position}`) : '';
	const where = indicator ? ` ${historyWords.indicator.ja}${indicator}` : '';
	const whereEn = indicator ? ` (${historyWords.indicator.en.toLowerCase()} ${indicator})` : '';
	// A translation update shows only the English, which is all it changed.
	if (change.kind === 'translation')
		return { ja: `${label.ja}${where}`, en: `${label.en}${whereEn}: ${oneLine(change.old?.en ?? '—')} → ${oneLine(change.new?.en ?? '—')}` };
	return { ja: `${label.ja}${where}: ${values(change, 'ja')}`, en: `${label.en}${whereEn}: ${values(change, 'en')}` };
}

/** Groups changes by initiative, in the order they come, headed by the initiative's title. */
function groupByInitiative(changes: readonly PlanChange[], plan: Plan | undefined): ChangeGroup[] {
	const groups = new Map<string, ChangeGroup>();
	for (const change of changes) {
		const key = change.initiative ?? '';
		if (!groups.has(key)) {
			const title = plan?.initiatives.find((initiative) => initiative.id === key)?.title ?? change.old ?? change.new;
			groups.set(key, { heading: key ? (title ? bilingual(title) : key) : bilingual(historyWords.section), lines: [] });
		}
		groups.get(key)!.lines.push(describe(change));
	}
	return [...groups.values()];
}

function fileReport(file: FileChanges): FileReport {
	const name = file.previousFile ? `${file.previousFile} → ${file.file}` : file.file;
	const whole = (words: LocalizedText & { en: string }) => [{ heading: bilingual(historyWords.section), lines: [{ ja: words.ja, en: words.en }] }];
	if (file.unreadable) return { file: name, groups: whole(historyWords.unreadable), translations: [] };
	if (file.status === 'added') return { file: name, groups: whole(historyWords.newPlan), translations: [] };
	if (file.status === 'removed') return { file: name, groups: whole(historyWords.planRemoved), translations: [] };
	return {
		file: name,
		groups: groupByInitiative(
			file.changes.filter((change) => change.kind === 'plan'),
			file.plan,
		),
		translations: groupByInitiative(
			file.changes.filter((change) => change.kind === 'translation'),
			file.plan,
		),
	};
}

/** The files that changed something a reader sees (or its translation), as reports. */
function reports(files: readonly FileChanges[]): FileReport[] {
	return files.map(fileReport).filter((report) => report.groups.length || report.translations.length);
}

/** The changes as plain text for a terminal: each file, its initiatives, each change in Japanese then English. */
export function formatChangesText(files: readonly FileChanges[]): string {
	const found = reports(files);
	if (!found.length) return `${historyWords.noChanges.ja} / ${historyWords.noChanges.en}\n`;
	const groupLines = (groups: readonly ChangeGroup[], indent: string) =>
		groups.flatMap((group) => [`${indent}${group.heading}`, ...group.lines.flatMap((line) => [`${indent}  ${line.ja}`, `${indent}  ${line.en}`])]);
	const words = historyWords.translationUpdates;
	return `${found
		.map((report) =>
			[
				report.file,
				...groupLines(report.groups, '  '),
				...(report.translations.length ? [`  ${words.ja} / ${words.en}`, ...groupLines(report.translations, '    ')] : []),
			].join('\n'),
		)
		.join('\n\n')}\n`;
}

/** Markdown cannot take these characters from data as they are. */
const markdownText = (text: string) => text.replace(/[\\`*_[\]<>|#]/gu, (character) => `\\${character}`);

/** The changes as Markdown, e.g. for a CI job summary (`$GITHUB_STEP_SUMMARY`). */
export function formatChangesMarkdown(files: readonly FileChanges[]): string {
	const found = reports(files);
	if (!found.length) return `${historyWords.noChanges.ja} / ${historyWords.noChanges.en}\n`;
	const groupLines = (groups: readonly ChangeGroup[]) =>
		groups.flatMap((group) => [
			`**${markdownText(group.heading)}**`,
			'',
			...group.lines.map((line) => `- ${markdownText(line.ja)}<br>${markdownText(line.en)}`),
			'',
		]);
	const words = historyWords.translationUpdates;
	return found
		.map((report) =>
			[
				`### \`${report.file}\``,
				'',
				...groupLines(report.groups),
				...(report.translations.length ? [`#### ${words.ja} / ${words.en}`, '', ...groupLines(report.translations)] : []),
			].join('\n'),
		)
		.join('\n');
}
