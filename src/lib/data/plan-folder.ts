import path from 'node:path';
import { listEntries } from '../files/list-files.ts';
import type { DataProblem } from './data-problem.ts';

/** The name a plan file must have: lower-case `.yaml`. */
const planFileName = /\.yaml$/u;

/** A name that looks meant as a plan file of the same section: `x.yml`, `x.YAML`, `x.yaml.txt`, `X.yaml`. */
const sectionKey = (relative: string) =>
	relative
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\.ya?ml(?:\.[^/.]+)?$/u, '');

type Message = { ja: string; en: string };

/**
 * The plan files under `<dataDir>/plans` that may be read, and a problem for every entry there that must not
 * be: a symbolic link (never followed: a link could publish a folder outside the data directory), anything not a
 * regular file, a name that does not end in lower-case `.yaml` (`.yml`, `.YAML`, `.yaml.txt`… would make a section
 * vanish or be read twice), and two files for one section. Hidden files (`.gitkeep`, `.DS_Store`) are ignored.
 * `display` turns a path into the form printed in messages. The build and `npm run validate` both read this list.
 */
export function scanPlanFolder(dataDir: string, display: (file: string) => string): { files: string[]; problems: DataProblem[] } {
	const plansDir = path.join(dataDir, 'plans');
	const problems: DataProblem[] = [];
	const refuse = (file: string, message: Message) => problems.push({ file: display(file), line: 1, column: 1, severity: 'error', message });
	const files: string[] = [];
	const bySection = new Map<string, string[]>();
	for (const entry of listEntries(plansDir)) {
		const name = path.basename(entry.path);
		if (entry.kind === 'directory' || (entry.kind === 'file' && name.startsWith('.'))) continue;
		if (entry.kind === 'symlink') {
			refuse(entry.path, {
				ja: 'シンボリックリンクは使えません（データのフォルダの外を公開してしまうおそれがあります）。実際のファイルやフォルダを置いてください。',
				en: 'Symbolic links are not allowed under plans/ (one could publish files from outside the data directory). Put the real file or folder here.',
			});
		} else if (entry.kind === 'other') {
			refuse(entry.path, { ja: '通常のファイルではありません（デバイス、パイプなど）。削除してください。', en: 'This is not a regular file (a device, pipe or socket). Remove it.' });
		} else if (!planFileName.test(name)) {
			const meant = /\.ya?ml(?:\.[^.]+)?$/iu.test(name);
			refuse(
				entry.path,
				meant
					? {
							ja: `計画ファイルの拡張子は小文字の .yaml にしてください（${name} → ${name.replace(/\.ya?ml(?:\.[^.]+)?$/iu, '.yaml')}）。このままでは読み込まれません。`,
							en: `A plan file's name must end in lower-case .yaml (${name} → ${name.replace(/\.ya?ml(?:\.[^.]+)?$/iu, '.yaml')}); as it is, it would not be read.`,
						}
					: {
							ja: 'plans/ フォルダには計画ファイル（.yaml）だけを置いてください。このファイルは移動するか削除してください。',
							en: 'Only plan files (.yaml) belong under plans/. Move or delete this file.',
						},
			);
		} else files.push(entry.path);
		const key = sectionKey(path.relative(plansDir, entry.path));
		bySection.set(key, [...(bySection.get(key) ?? []), entry.path]);
	}
	for (const group of bySection.values()) {
		if (group.length < 2) continue;
		for (const file of group) {
			const others = group.filter((other) => other !== file).map(display);
			refuse(file, {
				ja: `同じ課・年度のファイルが複数あります（${others.join('、')}）。1つにまとめ、ほかは削除してください。`,
				en: `More than one file for the same section and year (${others.join(', ')}). Keep one and delete the others.`,
			});
		}
	}
	const refused = new Set(problems.map((problem) => problem.file));
	return { files: files.filter((file) => !refused.has(display(file))), problems: problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}
