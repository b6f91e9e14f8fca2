import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataJsonSchemas } from '~/lib/data/json-schemas.ts';

describe('the data files’ JSON Schemas', () => {
	it('are committed up to date with the Zod schemas (run npm run schemas after changing a schema)', () => {
		for (const [name, schema] of Object.entries(dataJsonSchemas())) {
			expect(JSON.parse(readFileSync(`data/schemas/${name}`, 'utf8')), name).toEqual(JSON.parse(JSON.stringify(schema)));
		}
	});
	it('are mapped to the data files for VS Code', () => {
		const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'));
		expect(settings['yaml.schemas']['./data/schemas/plan.schema.json']).toContain('data/plans/**/*.yaml');
	});
});
