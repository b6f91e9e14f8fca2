import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fictionalDir } from '../data-dirs.ts';
import { editFile } from './data-copy.ts';
import { createEmptyRepository } from './history-repository.ts';

/**
 * A throw-away git repository whose `data/` is the FICTIONAL fixture, committed on `main`, with a branch
 * `change` checked out for the preview tests to edit: what a pull request's checkout looks like.
 */
export function createPreviewRepository() {
	const { dir, git } = createEmptyRepository('plans-preview-');
	cpSync(fictionalDir, path.join(dir, 'data'), { recursive: true });
	git('add', '-A');
	git('commit', '-q', '-m', 'Publish the fictional plans');
	git('checkout', '-q', '-b', 'change');
	return {
		dir,
		dataDir: path.join(dir, 'data'),
		git,
		/** Changes a file of the repository (relative to its top); the change must change something. */
		edit: (file: string, change: (text: string) => string) => editFile(path.join(dir, file), change),
		/** Undoes every change since `main`, committed or not. */
		reset() {
			git('checkout', '-q', '-f', 'change');
			git('reset', '-q', '--hard', 'main');
			git('clean', '-q', '-fd');
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
