/** `npm run schemas`: writes the data files' JSON Schemas to data/schemas/ (used by VS Code and published with the open data). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dataJsonSchemas } from '../src/lib/data/json-schemas.ts';
import { parseCommandLine } from './shared/command-line.ts';

parseCommandLine({ options: {} }, 'Usage: npm run schemas');

mkdirSync('data/schemas', { recursive: true });
for (const [name, schema] of Object.entries(dataJsonSchemas())) {
	writeFileSync(`data/schemas/${name}`, `${JSON.stringify(schema, null, '\t')}\n`);
	console.log(`✓ data/schemas/${name}`);
}
