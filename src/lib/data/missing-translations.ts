import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';

/** Paths of every `{ ja, en }` text in raw data whose English is missing or empty. */
export function untranslatedPaths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (Array.isArray(data)) return data.flatMap((item, index) => untranslatedPaths(item, [...path, index]));
	if (data === null || typeof data !== 'object') return [];
	const record = data as Record<string, unknown>;
	if (typeof record.ja === 'string') {
		return typeof record.en === 'string' && record.en.trim() !== '' ? [] : [path];
	}
	return Object.entries(record).flatMap(([key, value]) => untranslatedPaths(value, [...path, key]));
}

/** A warning per untranslated text, so translators can find each one. */
export function missingTranslationWarnings(yaml: YamlFile): DataProblem[] {
	return untranslatedPaths(yaml.data).map((path) => ({
		file: yaml.file,
		...yaml.locate(path, { key: 'en' }),
		severity: 'warning',
		topic: 'translation',
		message: {
			ja: '英語訳（en）がありません。英語ページでは日本語が「未翻訳」の表示付きで表示されます。',
			en: 'English translation (en) is missing; the English page shows the Japanese with a "not yet translated" notice.',
		},
	}));
}
