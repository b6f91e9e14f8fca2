import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planFiles } from '~/lib/data/load-dataset.ts';
import { canonicalYaml } from '~/lib/yaml-format/canonical-yaml.ts';
import { formatDataFiles } from '~/lib/yaml-format/format-data-files.ts';
import { fictionalDir, publishedDataDir, snapshotDir } from '../data-dirs.ts';
import { runScript } from './run-cli.ts';

/** Every committed data set: the published data and the fixtures. */
const dataDirs = [publishedDataDir, snapshotDir, fictionalDir, 'tests/fixtures/second-city'];

const handWritten = `# The city's comment stays.
fiscalYear: 2025
planTypes: [a, b]
empty: []
quoted: "plain text"
single: 'also plain'
needsQuotes: "*starts with an asterisk"
list:
- one   # why one
- two

after: a blank line above
`;

let temporary: string | undefined;
afterEach(() => {
	if (temporary) rmSync(temporary, { recursive: true, force: true });
	temporary = undefined;
});

/** A temporary data directory holding the given files. */
function dataDirWith(files: Record<string, string>): string {
	temporary = mkdtempSync(path.join(os.tmpdir(), 'format-data-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(path.join(temporary, name), text);
	return temporary;
}

describe('the canonical form of data files', () => {
	it('writes one style (block lists, quotes only where needed) and keeps comments, blank lines, key order and data', () => {
		const canonical = canonicalYaml(handWritten);
		expect(canonical).toBe(`# The city's comment stays.
fiscalYear: 2025
planTypes:
  - a
  - b
empty: []
quoted: plain text
single: also plain
needsQuotes: "*starts with an asterisk"
list:
  - one # why one
  - two

after: a blank line above
`);
		expect(parse(canonical)).toEqual(parse(handWritten));
		expect(canonicalYaml(canonical)).toBe(canonical);
	});

	it.each(dataDirs.flatMap((dataDir) => planFiles(dataDir)))('is the form the importer writes (%s)', (file) => {
		const written = stringify(parse(readFileSync(file, 'utf8')), { lineWidth: 0 });
		expect(canonicalYaml(written)).toBe(written);
	});

	it('holds for every committed data file, fixtures included (npm run format-data settles them)', () => {
		const report = formatDataFiles(dataDirs, { check: true });
		expect(report.files.length).toBeGreaterThan(10);
		expect(report.problems).toEqual([]);
		expect(report.changed).toEqual([]);
	});
});

describe('npm run format-data', () => {
	it('with --check, lists the files not in the canonical form, changes nothing and exits 1', () => {
		const dir = dataDirWith({ 'plan.yaml': handWritten, 'ok.yaml': 'a: 1\n' });
		const result = runScript('format-data', ['--check', dir]);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/plan\.yaml:3: not in the canonical form/u);
		// The lines to write instead, for staff who fix the file in the web editor.
		expect(result.output).toContain('3 - planTypes: [a, b]');
		expect(result.output).toContain('5 - quoted: "plain text"');
		expect(result.output).toContain('+ quoted: plain text');
		expect(result.output).not.toContain('ok.yaml:');
		expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(handWritten);
	});

	it('rewrites the files in the canonical form with the same data, then --check passes', () => {
		const dir = dataDirWith({ 'plan.yaml': handWritten });
		expect(runScript('format-data', [dir]).status).toBe(0);
		expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(canonicalYaml(handWritten));
		expect(runScript('format-data', ['--check', dir]).status).toBe(0);
	});

	it('writes nothing when a file is not valid YAML, and says where in both languages', () => {
		const dir = dataDirWith({ 'a-broken.yaml': 'a: [1, 2\nb: 3\n', 'plan.yaml': handWritten });
		const result = runScript('format-data', [dir]);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/a-broken\.yaml:\d+:\d+ error: YAML syntax error/u);
		expect(result.output).toContain('YAMLの書き方に誤りがあるため整形できません');
		expect(result.output).not.toMatch(/\n\s+at /u);
		expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(handWritten);
	});

	it('formats the fixtures without changing their data', () => {
		temporary = mkdtempSync(path.join(os.tmpdir(), 'format-data-'));
		cpSync('tests/fixtures/second-city', temporary, { recursive: true });
		const before = planFiles(temporary).map((file) => parse(readFileSync(file, 'utf8')));
		expect(runScript('format-data', [temporary]).status).toBe(0);
		expect(planFiles(temporary).map((file) => parse(readFileSync(file, 'utf8')))).toEqual(before);
	});
});
