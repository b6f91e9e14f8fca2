import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { LocalizedText } from '../../schemas/localized-text.ts';
import { dataDirectory } from '../data/load-dataset.ts';
import { changedFilesSince, type ChangedFiles } from './changed-files.ts';

/** A section's plan of one fiscal year, as its file path names it. */
export interface PlanKey {
	fiscalYear: number;
	department: string;
	section: string;
}

/**
 * What a pull-request preview build renders. `changes`: only the pages of the changed plans (see
 * `builtInPreview`). `full`: a preview was asked for, but the change reaches every page (organization,
 * scales, plan types, site configuration, editorial pages or code), so the whole site is built.
 */
export type PreviewScope = { mode: 'changes'; since: string; plans: PlanKey[] } | { mode: 'full'; since: string; reason: LocalizedText };

const planFile = /^plans\/(\d{4})\/([^/]+)\/([^/]+)\.ya?ml$/u;

/**
 * Decides what a preview of `changed` (paths relative to the repository's top) builds, the data directory
 * being `dataFolder` in the same repository (`data`, or `''` when the repository is the data directory).
 * Plan files are previewed one by one; the raw exports in `sources/` are not read by the build, and prose
 * outside `src/` (README, docs) is not part of the site. Anything else reaches every page.
 */
export function previewScope(since: string, changed: ChangedFiles, dataFolder: string): PreviewScope {
	if ('problem' in changed) return { mode: 'full', since, reason: changed.problem };
	const prefix = dataFolder === '' ? '' : `${dataFolder.replace(/\/+$/u, '')}/`;
	const plans: PlanKey[] = [];
	for (const file of changed.files) {
		const inData = file.startsWith(prefix) ? file.slice(prefix.length) : undefined;
		const plan = inData === undefined ? undefined : planFile.exec(inData);
		if (plan) plans.push({ fiscalYear: Number(plan[1]), department: plan[2], section: plan[3] });
		else if (inData !== undefined && !inData.startsWith('sources/')) {
			return {
				mode: 'full',
				since,
				reason: { en: `a shared data file changed (${file}), which every page may show`, ja: `全ページに関わるデータのファイル（${file}）が変更されました` },
			};
		} else if (inData === undefined && !(file.endsWith('.md') && !file.startsWith('src/'))) {
			return {
				mode: 'full',
				since,
				reason: { en: `the generator's code or configuration changed (${file})`, ja: `生成プログラムのコードまたは設定（${file}）が変更されました` },
			};
		}
	}
	return { mode: 'changes', since, plans };
}

let remembered: { key: string; scope: PreviewScope | undefined } | undefined;

/**
 * The preview asked for by `PREVIEW_CHANGED_SINCE=<git ref>` (none: a normal, full build), from the git
 * history of the data directory's repository; worked out once per process.
 */
export function currentPreviewScope(env: Record<string, string | undefined> = process.env): PreviewScope | undefined {
	const since = env.PREVIEW_CHANGED_SINCE?.trim();
	const dataDir = realpathSync(path.resolve(dataDirectory(env)));
	const key = `${since}\0${dataDir}`;
	if (remembered?.key !== key) {
		let scope: PreviewScope | undefined;
		if (since) {
			const changed = changedFilesSince(since, dataDir);
			scope = previewScope(since, changed, 'problem' in changed ? '' : path.relative(changed.repositoryRoot, dataDir).split(path.sep).join('/'));
		}
		remembered = { key, scope };
	}
	return remembered.scope;
}

/** A page (or download) as the preview sees it. */
export type PreviewPage =
	| { kind: 'section'; fiscalYear: number; department: string; section: string }
	| { kind: 'department'; fiscalYear: number; department: string }
	| { kind: 'year'; fiscalYear: number }
	/** Home, search, logo: built in every preview. */
	| { kind: 'always' }
	/** Pages about the whole site or its history (open data, editorial pages, feeds, sitemap parts, target changes, year downloads): left out of a preview. */
	| { kind: 'whole-site' };

/** Whether a build renders this page: every page in a normal or full build; in a preview, those the changed plans touch. */
export function builtInPreview(page: PreviewPage, scope: PreviewScope | undefined = currentPreviewScope()): boolean {
	if (scope?.mode !== 'changes' || page.kind === 'always') return true;
	if (page.kind === 'whole-site') return false;
	return scope.plans.some(
		(plan) =>
			plan.fiscalYear === page.fiscalYear &&
			(page.kind === 'year' || (plan.department === page.department && (page.kind === 'department' || plan.section === page.section))),
	);
}

/**
 * Whether a build reads a plan's git history: always, except in a pull-request preview, which reads only the
 * histories its pages show (at 10,000 plans, reading them all took a fifth of a preview). Those are the plans
 * of each department it rebuilds (their section pages, and the target-change marks of the department's part
 * of the indicator index) and, for a year whose indicator index is one page (`yearIndexSplit` false), every
 * plan of the year (the marks of that page).
 */
export function historyRead(
	plan: { fiscalYear: number; department: string },
	yearIndexSplit: (fiscalYear: number) => boolean,
	scope: PreviewScope | undefined = currentPreviewScope(),
): boolean {
	if (builtInPreview({ kind: 'department', ...plan }, scope)) return true;
	return builtInPreview({ kind: 'year', fiscalYear: plan.fiscalYear }, scope) && !yearIndexSplit(plan.fiscalYear);
}

/** Keeps the static paths a build renders (all of them unless a preview leaves some out). */
export const inPreview = <Path>(paths: Path[], pageOf: (path: Path) => PreviewPage): Path[] => paths.filter((entry) => builtInPreview(pageOf(entry)));
