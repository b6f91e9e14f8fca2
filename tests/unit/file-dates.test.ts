import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanges, latestDate } from '~/lib/site/file-dates.ts';
import { locateData, repositoryPath } from '~/lib/site/data-repository.ts';
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

describe('a data directory outside the project', () => {
	/** A FICTIONAL data directory copied somewhere else, optionally committed in a repository of its own. */
	function copyElsewhere(withRepository: boolean) {
		const dir = path.join(mkdtempSync(path.join(tmpdir(), 'plans-elsewhere-')), 'city-data');
		cpSync('tests/fixtures/fictional-city', dir, { recursive: true });
		if (withRepository) {
			const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
			git('init', '-q');
			git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'add', '.');
			git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Fictional data');
			return { dir, head: git('rev-parse', 'HEAD') };
		}
		return { dir };
	}
	const plan = (dir: string) => path.relative(process.cwd(), path.join(dir, 'plans/2025/civic-services/records.yaml'));

	it('names a plan file by its path in its own repository, with that repository’s last commit', () => {
		const { dir, head } = copyElsewhere(true);
		const location = locateData(dir);
		expect(repositoryPath(plan(dir), location)).toBe('plans/2025/civic-services/records.yaml');
		expect(lastChanges([plan(dir)], location).get(plan(dir))?.commit).toBe(head);
		rmSync(path.dirname(dir), { recursive: true, force: true });
	});

	it('names a plan file by its path in the data directory when no repository holds it, never with ../', () => {
		const { dir } = copyElsewhere(false);
		const location = locateData(dir);
		expect(location.repositoryRoot).toBeUndefined();
		expect(repositoryPath(plan(dir), location)).toBe('plans/2025/civic-services/records.yaml');
		expect(lastChanges([plan(dir)], location).get(plan(dir))?.commit).toBeUndefined();
		rmSync(path.dirname(dir), { recursive: true, force: true });
	});
});
