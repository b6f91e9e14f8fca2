import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readYamlFile } from '~/lib/data/yaml-file.ts';
import { listFiles } from '~/lib/files/list-files.ts';
import { readFileSync } from 'node:fs';
import { publishedDataDir } from '../data-dirs.ts';

const text = (lines: string[]) => `${lines.join('\n')}\n`;

describe('reading a YAML file', () => {
	it.each([...new Set([...listFiles(publishedDataDir, /\.ya?ml$/u), ...listFiles('tests/fixtures', /\.ya?ml$/u)])])(
		'reads %s as the yaml library does',
		(file) => {
			const source = readFileSync(file, 'utf8');
			expect(readYamlFile(file, source).data).toEqual(parse(source));
		},
	);

	it('keeps dates, yes/no and version-like values as YAML 1.2 reads them', () => {
		const source = text(['reportedOn: 2025-10-15', 'flag: yes', 'version: 1.10', 'count: 012', 'none: ~']);
		expect(readYamlFile('x.yaml', source).data).toEqual({ reportedOn: '2025-10-15', flag: 'yes', version: 1.1, count: 12, none: null });
	});

	it('locates a value by its path, at its line and column', () => {
		const file = readYamlFile('x.yaml', text(['fiscalYear: 2025', 'initiatives:', '  - id: first', '    rank: 1']));
		expect(file.locate(['initiatives', 0, 'rank'])).toEqual({ line: 4, column: 11 });
		expect(file.locate(['initiatives', 0], { key: 'rank' })).toEqual({ line: 4, column: 5 });
	});

	it('reports a syntax error at its line, with no data', () => {
		const file = readYamlFile('x.yaml', text(['fiscalYear: 2025', 'section: a: b', 'department: c']));
		expect(file.data).toBeUndefined();
		expect(file.problems).toHaveLength(1);
		expect(file.problems[0]).toMatchObject({ file: 'x.yaml', line: 2, severity: 'error' });
	});

	it('reports a key written twice as an error at the second one', () => {
		const file = readYamlFile('x.yaml', text(['fiscalYear: 2025', 'section: a', 'section: b']));
		expect(file.data).toBeUndefined();
		expect(file.problems[0]).toMatchObject({ line: 3, column: 1 });
	});
});
