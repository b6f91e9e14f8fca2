/**
 * `npm run build:preview -- --changed-since <ref>`: `npm run build` for a pull-request preview, rendering
 * only what the plan files changed since `<ref>` touch (the same as `PREVIEW_CHANGED_SINCE=<ref> npm run build`;
 * see src/lib/preview/ and docs/deploy.md). Exits with the build's status.
 */
import { spawnSync } from 'node:child_process';
import { exitWithUsage, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run build:preview -- --changed-since <git ref, e.g. origin/main>';
const { values } = parseCommandLine({ options: { 'changed-since': { type: 'string' } } }, usage);
const since = values['changed-since']?.trim();
if (!since) exitWithUsage({ en: 'Give the base of the change with --changed-since.', ja: '変更の比較先を --changed-since で指定してください。' }, usage);
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, PREVIEW_CHANGED_SINCE: since },
});
process.exit(build.status ?? 1);
