import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fictionalDir } from './data-dirs.ts';

/**
 * A throw-away git repository whose `data/` is the FICTIONAL fixture, committed on `main`, with a branch
 * `change` checked out for the preview tests to edit: what a pull request's checkout looks like.
 */
export function createPreviewRepository() {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-preview-'));
	const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
	git('init', '-q', '-b', 'main');
	git('config', 'user.name', 'Fictional Staff');
	git('config', 'user.email', 'staff@example.org');
	git('config', 'commit.gpgsign', 'false');
	cpSync(fictionalDir, path.join(dir, 'data'), { recursive: true });
	git('add', '-A');
	git('commit', '-q', '-m', 'Publish the fictional plans');
	git('checkout', '-q', '-b', 'change');
	return {
		dir,
		dataDir: path.join(dir, 'data'),
		git,
		/** Changes a file of the repository (relative to its top); the change must change something. */
		edit(file: string, change: (text: string) => string) {
			const target = path.join(dir, file);
			const before = readFileSync(target, 'utf8');
			const after = change(before);
			if (after === before) throw new Error(`The edit of ${file} changed nothing; the test would prove nothing.`);
			writeFileSync(target, after);
		},
		/** Undoes every change since `main`, committed or not. */
		reset() {
			git('checkout', '-q', '-f', 'change');
			git('reset', '-q', '--hard', 'main');
			git('clean', '-q', '-fd');
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
