import path from 'node:path';
import { editorialPageSchema } from '../../schemas/editorial-page.ts';
import { languages } from '../../schemas/localized-text.ts';
import { listEntries } from '../files/list-files.ts';
import { readDataText } from './data-file.ts';
import type { DataProblem } from './data-problem.ts';
import { readYamlFile, validateYamlFile } from './yaml-file.ts';

/** Where a city's own page must sit: `pages/<lang>/<slug>.mdx`. */
const pagePath = /^(ja|en)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/u;

/**
 * A page's front matter as a YAML text with the page's own line numbers: the opening `---` becomes a comment
 * and everything from the closing `---` on is left out. Undefined when the page has no front matter.
 */
function frontMatter(text: string): string | undefined {
	const lines = text.replace(/^\ufeff/u, '').split(/\r?\n/u);
	if (lines[0]?.trim() !== '---') return undefined;
	const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	if (end < 0) return undefined;
	return ['#', ...lines.slice(1, end)].join('\n');
}

/**
 * Checks a city's own editorial pages (`<data>/pages/<lang>/<slug>.mdx`) before the site is built, so staff
 * get located, bilingual messages: the place and name of each file, its front matter (title, description,
 * updated), and that every page exists in both languages (a page in one language only would pair with the
 * generic page of the other).
 */
export function editorialPageProblems(pagesFolder: string, display: (file: string) => string): DataProblem[] {
	const problems: DataProblem[] = [];
	const at = (file: string, line: number, column: number, en: string, ja: string): DataProblem => ({
		file: display(file),
		line,
		column,
		severity: 'error',
		message: { en, ja },
	});
	const slugs = new Map<string, Set<string>>();
	const entries = listEntries(pagesFolder);
	for (const link of entries.filter((entry) => entry.kind === 'symlink' || entry.kind === 'other')) {
		problems.push(
			at(
				link.path,
				1,
				1,
				'Symbolic links and special files are not allowed under pages/ (a link could publish a file from outside the data directory). Put the real file here.',
				'pages/ の下にシンボリックリンクや特殊なファイルは置けません（データのフォルダの外のファイルを公開してしまうおそれがあります）。実際のファイルを置いてください。',
			),
		);
	}
	const files = entries.filter((entry) => entry.kind === 'file').map((entry) => entry.path);
	for (const file of files) {
		const relative = path.relative(pagesFolder, file).split(path.sep).join('/');
		const place = pagePath.exec(relative);
		if (!place) {
			problems.push(
				at(
					file,
					1,
					1,
					'An editorial page must be at pages/<ja|en>/<name>.mdx, its name in lower-case letters, digits and hyphens (e.g. pages/ja/about.mdx).',
					'説明ページは pages/<ja または en>/<名前>.mdx に置き、名前は半角英小文字・数字・ハイフンにしてください（例：pages/ja/about.mdx）。',
				),
			);
			continue;
		}
		const [, lang, slug] = place;
		slugs.set(slug, (slugs.get(slug) ?? new Set()).add(lang));
		const read = readDataText(file, display(file));
		if ('problem' in read) {
			problems.push(read.problem);
			continue;
		}
		const yamlText = frontMatter(read.text);
		if (yamlText === undefined) {
			problems.push(
				at(
					file,
					1,
					1,
					'The page must start with its front matter between two "---" lines: title, description and updated (YYYY-MM-DD).',
					'ページの先頭に、2行の「---」で囲んだ前付け（title、description、updated（YYYY-MM-DD））を書いてください。',
				),
			);
			continue;
		}
		problems.push(...validateYamlFile(readYamlFile(display(file), yamlText), editorialPageSchema).problems);
	}
	for (const [slug, present] of slugs) {
		for (const lang of present) {
			const missing = languages.filter((other) => !present.has(other));
			for (const other of missing) {
				problems.push(
					at(
						path.join(pagesFolder, lang, `${slug}.mdx`),
						1,
						1,
						`This page has no ${other === 'ja' ? 'Japanese' : 'English'} version: add pages/${other}/${slug}.mdx, so that both languages show the city's page.`,
						`このページの${other === 'ja' ? '日本語' : '英語'}版がありません。両方の言語で同じページが表示されるよう、pages/${other}/${slug}.mdx を追加してください。`,
					),
				);
			}
		}
	}
	return problems;
}
