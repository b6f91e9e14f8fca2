import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lastChanges, latestDate } from '~/lib/site/file-dates.ts';
import { snapshotDir } from '../data-dirs.ts';

describe('lastChanges', () => {
	it('gives every file a YYYY-MM-DD date, from git or the file system', () => {
		const files = [`${snapshotDir}/plans/2025/policy-management/secretarial.yaml`, `${snapshotDir}/organization.yaml`, 'no/such/file.yaml'];
		const changes = lastChanges(files);
		for (const file of files) expect(changes.get(file)?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
	});
	it('gives a committed file the hash of the last commit that changed it on the main line (a merged pull request: its merge), and a file git does not know none', () => {
		const file = `${snapshotDir}/organization.yaml`;
		const expected = execFileSync('git', ['log', '-1', '--first-parent', '--format=%H', '--', file], { encoding: 'utf8' }).trim();
		const changes = lastChanges([file, 'no/such/file.yaml']);
		expect(changes.get(file)?.commit).toBe(expected);
		expect(changes.get(file)?.commit).toMatch(/^[0-9a-f]{40}$/u);
		expect(changes.get('no/such/file.yaml')?.commit).toBeUndefined();
	});
	it('picks the latest date', () => {
		expect(latestDate(['2025-04-01', undefined, '2026-01-31', '2025-12-31'])).toBe('2026-01-31');
		expect(latestDate([])).toBeUndefined();
	});
});
