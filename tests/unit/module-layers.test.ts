import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '~/lib/files/list-files.ts';

const lib = path.resolve('src/lib');

/** Which folders of `src/lib` each folder imports from. */
function folderImports(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const folder of readdirSync(lib)) {
		const imports = new Set<string>();
		for (const file of listFiles(path.join(lib, folder), /\.ts$/u)) {
			for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/gu)) {
				const target = path.relative(lib, path.resolve(path.dirname(file), specifier)).split(path.sep);
				if (target[0] !== '..' && target[0] !== folder && target.length > 1) imports.add(target[0]);
			}
		}
		graph.set(folder, imports);
	}
	return graph;
}

/** A chain of folders that leads from a folder back to itself, if there is one. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
	const visiting: string[] = [];
	const done = new Set<string>();
	const visit = (folder: string): string[] | undefined => {
		if (visiting.includes(folder)) return [...visiting.slice(visiting.indexOf(folder)), folder];
		if (done.has(folder)) return undefined;
		visiting.push(folder);
		for (const next of graph.get(folder) ?? []) {
			const cycle = visit(next);
			if (cycle) return cycle;
		}
		visiting.pop();
		done.add(folder);
		return undefined;
	};
	for (const folder of graph.keys()) {
		const cycle = visit(folder);
		if (cycle) return cycle;
	}
	return undefined;
}

describe('the folders of src/lib', () => {
	it('import one way: no folder imports, directly or through others, a folder that imports it back', () => {
		expect(findCycle(folderImports())).toBeUndefined();
	});

	it('finds a cycle when there is one (the check can fail)', () => {
		const graph = new Map([
			['site', new Set(['charts'])],
			['charts', new Set(['open-data'])],
			['open-data', new Set(['site'])],
		]);
		expect(findCycle(graph)).toEqual(['site', 'charts', 'open-data', 'site']);
	});
});
