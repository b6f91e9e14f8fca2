import type { MessageKey } from '../i18n/translate.ts';

/** A test of the suite: a file under `tests/browser/` and words of its title. */
export interface SuiteTest {
	file: string;
	title: string;
}

/** Which pages a check opens; its words are the UI string `accessibility.pages.<name>`. */
export type CheckedPages = 'every' | 'everyBuild' | 'english' | 'searchResults' | 'sections' | 'fictional' | 'snapshotSection' | 'layout';

/**
 * One automated check of the test suite, as the accessibility statement publishes it (in the words of the UI
 * strings `accessibility.check.<id>` and `accessibility.pages.<pages>`). `test` names the test that makes it:
 * a unit test fails when that test is gone or renamed, so the statement never claims a check the suite no
 * longer runs.
 */
export interface AccessibilityCheck {
	id: string;
	pages: CheckedPages;
	test: SuiteTest;
}

/**
 * A known problem (in the words of `accessibility.limitation.<id>`). `test`, when given, is a browser test that
 * fails once the problem is gone, so that the statement stops listing what is fixed.
 */
export interface KnownLimitation {
	id: string;
	test?: SuiteTest;
}

const beyondAxe = 'tests/browser/accessibility-beyond-axe.test.ts';

/**
 * When this list (and the statement built from it) was last reviewed against the suite, `YYYY-MM-DD`. The checks
 * themselves run on every change (CI runs `npm test` on each pull request) and block it when they fail.
 */
export const checksReviewedOn = '2026-11-25';

/** By when the project aims to fix the known problems, `YYYY-MM-DD`. */
export const targetDate = '2027-03-31';

export const accessibilityChecks: readonly AccessibilityCheck[] = [
	{ id: 'axe', pages: 'every', test: { file: 'tests/browser/accessibility.test.ts', title: 'every page passes axe-core' } },
	{ id: 'htmlValid', pages: 'everyBuild', test: { file: 'tests/browser/accessibility.test.ts', title: 'every page of every build is valid HTML' } },
	{ id: 'landmarks', pages: 'every', test: { file: 'tests/browser/pages.test.ts', title: 'one h1, a working skip link, landmarks' } },
	{ id: 'langMarked', pages: 'english', test: { file: 'tests/browser/pages.test.ts', title: 'has no Japanese outside parts marked lang="ja"' } },
	{
		id: 'searchLang',
		pages: 'searchResults',
		test: { file: 'tests/browser/search.test.ts', title: 'marks untranslated Japanese in English results with lang="ja"' },
	},
	{ id: 'reflow', pages: 'every', test: { file: 'tests/browser/pages.test.ts', title: 'fits a 320 px screen without sideways scrolling' } },
	{ id: 'tableHeaders', pages: 'every', test: { file: beyondAxe, title: 'every th has a scope and every table a caption' } },
	{ id: 'japaneseCells', pages: 'sections', test: { file: beyondAxe, title: 'no Japanese table cell narrower than two characters' } },
	{ id: 'scrollRegions', pages: 'sections', test: { file: beyondAxe, title: 'a table wrapper is focusable only when it scrolls' } },
	{ id: 'chartContrast', pages: 'sections', test: { file: beyondAxe, title: 'chart text and marks have at least 3:1 contrast in forced colours' } },
	{ id: 'chartLabels', pages: 'sections', test: { file: beyondAxe, title: 'chart labels are not clipped' } },
	{ id: 'names', pages: 'sections', test: { file: beyondAxe, title: 'accessible names of headings and row headers contain no permalink text' } },
	{ id: 'titles', pages: 'fictional', test: { file: beyondAxe, title: 'every page title is unique' } },
	{ id: 'languageSwitch', pages: 'sections', test: { file: beyondAxe, title: 'the language switch keeps the anchor and the query' } },
	{
		id: 'keyboard',
		pages: 'snapshotSection',
		test: { file: 'tests/browser/accessibility.test.ts', title: 'shows a visible focus indicator on every interactive element' },
	},
	{ id: 'textSize', pages: 'layout', test: { file: 'tests/browser/accessibility.test.ts', title: 'keeps its content within the screen with text at 200' } },
];

export const knownLimitations: readonly KnownLimitation[] = [
	{ id: 'wideTables', test: { file: beyondAxe, title: 'some English tables still scroll sideways at 320 px' } },
	{ id: 'manualTesting' },
];

/** The UI-string keys of a check's words and of its pages. */
export const checkKeys = (check: AccessibilityCheck) => ({
	what: `accessibility.check.${check.id}` as MessageKey,
	pages: `accessibility.pages.${check.pages}` as MessageKey,
});

/** The UI-string key of a known problem. */
export const limitationKey = (limitation: KnownLimitation) => `accessibility.limitation.${limitation.id}` as MessageKey;
