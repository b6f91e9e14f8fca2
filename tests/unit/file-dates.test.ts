import { describe, expect, it } from 'vitest';
import { lastChangedDates, latestDate } from '../../src/lib/site/file-dates.ts';
import { snapshotDir } from '../data-dirs.ts';

describe('lastChangedDates', () => {
	it('gives every file a YYYY-MM-DD date, from git or the file system', () => {
		const files = [`${snapshotDir}/plans/2025/policy-management/secretarial.yaml`, `${snapshotDir}/organization.yaml`, 'no/such/file.yaml'];
		const dates = lastChangedDates(files);
		for (const file of files) expect(dates.get(file)).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
	});
	it('picks the latest date', () => {
		expect(latestDate(['2025-04-01', undefined, '2026-01-31', '2025-12-31'])).toBe('2026-01-31');
		expect(latestDate([])).toBeUndefined();
	});
});
