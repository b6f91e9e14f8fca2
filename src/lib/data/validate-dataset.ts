import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataProblem } from './data-problem.ts';
import { displayPath, loadPlanFile, loadSharedFiles, sharedFileNames } from './load-dataset.ts';
import { readDataText } from './data-file.ts';
import { scanPlanFolder } from './plan-folder.ts';
import { cacheFileFor, contentHash, ValidationCache, validatorFingerprint } from './validation-cache.ts';

/** What `npm run validate` reports. */
export interface ValidationReport {
	/** Every problem, in file order, the shared files' first. */
	problems: DataProblem[];
	/** Plan files without errors. */
	validPlans: number;
	/** Plan files whose verdict came from the cache (unchanged since the last run). */
	cachedPlans: number;
}

const readText = (file: string) => {
	try {
		return readFileSync(file);
	} catch {
		return '';
	}
};

/**
 * Validates a whole data directory with the same checks as the build (`loadDataset`), reusing the
 * verdicts of unchanged plan files from the cache unless `cache` is false.
 */
export function validateDataset(dataDir: string, { cache: useCache = true } = {}): ValidationReport {
	const shared = loadSharedFiles(dataDir);
	const problems = [...shared.problems];
	const sharedTexts = sharedFileNames.map((name) => readText(path.join(dataDir, name)));
	const cache = useCache ? new ValidationCache(cacheFileFor(dataDir), validatorFingerprint(sharedTexts)) : undefined;
	let validPlans = 0;
	let cachedPlans = 0;
	const folder = scanPlanFolder(dataDir, displayPath);
	problems.push(...folder.problems);
	for (const file of folder.files) {
		const read = readDataText(file, displayPath(file));
		if ('problem' in read) {
			problems.push(read.problem);
			continue;
		}
		const { text } = read;
		const hash = contentHash(text);
		let fileProblems = cache?.get(file, hash);
		if (fileProblems) cachedPlans += 1;
		else {
			fileProblems = loadPlanFile(dataDir, file, shared, text).problems;
			cache?.set(file, hash, fileProblems);
		}
		problems.push(...fileProblems);
		if (!fileProblems.some((problem) => problem.severity === 'error')) validPlans += 1;
	}
	try {
		cache?.save();
	} catch {
		// A cache that cannot be written (a read-only checkout) only makes the next run slower.
	}
	return { problems, validPlans, cachedPlans };
}
