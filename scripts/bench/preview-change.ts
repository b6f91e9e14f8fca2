/** The change `npm run bench -- --preview` previews: one plan's title edited after the data set is committed. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes the data directory a git repository with everything committed, then edits the title of the first
 * initiative of one plan file (relative to the data directory) without committing, as a pull request's
 * checkout would hold it. Returns the ref to preview the change against.
 */
export function commitAndChangeOnePlan(dataDir: string, planFile: string): string {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }).trim();
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git('-c', 'user.name=Benchmark', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Fictional benchmark data');
	const file = path.join(dataDir, planFile);
	const before = readFileSync(file, 'utf8');
	const after = before.replace(/（架空(\d+-1)）/u, '（架空$1・改）');
	if (after === before) throw new Error(`The benchmark's change to ${planFile} changed nothing.`);
	writeFileSync(file, after);
	return 'main';
}
