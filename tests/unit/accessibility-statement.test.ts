import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessibilityChecks, checkKeys, checksReviewedOn, knownLimitations, limitationKey, targetDate } from '~/lib/site/accessibility-statement.ts';
import { messages } from '~/lib/i18n/translate.ts';

describe('the accessibility statement’s list of checks', () => {
	it.each([...accessibilityChecks, ...knownLimitations.filter((limitation) => limitation.test)].map((item) => item.test!))(
		'names a test the suite runs: $file “$title”',
		({ file, title }) => {
			expect(readFileSync(file, 'utf8')).toContain(title);
		},
	);

	it('words every check, its pages and every known problem in both languages', () => {
		const keys = [...accessibilityChecks.flatMap((check) => Object.values(checkKeys(check))), ...knownLimitations.map(limitationKey)];
		for (const key of keys) {
			expect(messages.ja[key], key).toBeTruthy();
			expect(messages.en[key], key).toBeTruthy();
		}
		expect(new Set(accessibilityChecks.map(({ id }) => id)).size).toBe(accessibilityChecks.length);
	});

	it('dates its review and sets a target date after it', () => {
		for (const date of [checksReviewedOn, targetDate]) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(Date.parse(targetDate)).toBeGreaterThan(Date.parse(checksReviewedOn));
	});
});
