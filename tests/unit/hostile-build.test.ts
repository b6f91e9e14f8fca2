import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '~/lib/files/list-files.ts';
import { fixtureText, hostileCopy, recordsPlan, reviewedPlan } from './hostile-data.ts';

describe('npm run build on hostile data', () => {
	it('prints the validator’s located messages, no stack trace, the summary last however long the list, and publishes nothing', () => {
		const data = hostileCopy();
		const out = path.join(data.dir, 'dist');
		try {
			data.edit(recordsPlan, (t) => t.replace('    rank: 1', '    ra\u200bnk: 1'));
			data.edit(reviewedPlan, (t) => t.replace('status: on-track', 'status: 順調'));
			data.edit('site.yaml', (t) => t.replace('url: https://creativecommons.org/licenses/by/4.0/', 'url: "javascript:alert(1)"'));
			writeFileSync(path.join(data.dir, 'plans/2025/civic-services/records.yml'), fixtureText(recordsPlan));
			// Thousands of problems: far more than the 64 KB a pipe holds, so a cut list would lose its summary.
			writeFileSync(
				path.join(data.dir, 'plans/2024/civic-services/counter-services.yaml'),
				Array.from({ length: 3000 }, (_, index) => `key\u200b${index}: value`).join('\n'),
			);
			const validate = data.validateCli();
			const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
				env: { ...process.env, DATA_DIR: data.dir, OUT_DIR: out },
			});
			expect(validate.status).toBe(1);
			expect(build.status).toBe(1);
			const errorLines = (output: string) => output.split('\n').filter((line) => / error: /u.test(line));
			const expected = errorLines(validate.stderr);
			expect(expected.length).toBeGreaterThan(3000);
			expect(errorLines(build.stderr)).toEqual(expected);
			expect(build.stdout + build.stderr).not.toMatch(/Stack trace|^\s+at /mu);
			const last = build.stderr.trimEnd().split('\n').at(-1);
			expect(last).toBe(
				`✗ ${expected.length} error(s) in 5 file(s) / 5ファイルに${expected.length}件のエラー. Nothing was built. / サイトは作成していません。`,
			);
			expect(existsSync(out) ? listFiles(out, /\.(?:html|csv|json|xml)$/u) : []).toEqual([]);
		} finally {
			data.remove();
		}
	}, 120_000);
});
