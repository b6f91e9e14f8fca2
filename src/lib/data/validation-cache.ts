import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../files/list-files.ts';
import type { DataProblem } from './data-problem.ts';

/** What the cache file holds: the validator it was made with, and each plan file's problems by content hash. */
interface CacheContent {
	validator: string;
	files: Record<string, { hash: string; problems: DataProblem[] }>;
}

export const contentHash = (text: string) => createHash('sha1').update(text).digest('hex');

/** The code whose change can change a verdict: schemas, checks, target parsing and the lock file's versions. */
const validatorSources = ['../../schemas', '.', '../targets', '../files'].map((relative) => fileURLToPath(new URL(relative, import.meta.url)));
const lockFile = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));

/** A fingerprint of the validator's code and of the files every plan is checked against. */
export function validatorFingerprint(sharedFileTexts: ReadonlyArray<string | Uint8Array>): string {
	const hash = createHash('sha1');
	for (const file of validatorSources.flatMap((directory) => listFiles(directory, /\.ts$/u))) hash.update(file).update(readFileSync(file));
	hash.update(readFileSync(lockFile));
	for (const text of sharedFileTexts) hash.update(text);
	return hash.digest('hex');
}

/**
 * Remembers each plan file's problems by the hash of its content, so that a second `npm run validate`
 * re-checks only the files that changed, like ESLint's cache. The whole cache is discarded when the
 * validator's code, the installed packages, the organization or the review scales change.
 */
export class ValidationCache {
	private readonly file: string;
	private readonly content: CacheContent;
	private readonly used: CacheContent['files'] = {};

	constructor(cacheFile: string, fingerprint: string) {
		this.file = cacheFile;
		let stored: CacheContent | undefined;
		try {
			stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheContent;
		} catch {
			stored = undefined;
		}
		this.content = stored?.validator === fingerprint ? stored : { validator: fingerprint, files: {} };
	}

	/** The problems found last time for this exact content, if it was checked before. */
	get(file: string, hash: string): DataProblem[] | undefined {
		const entry = this.content.files[file];
		if (entry?.hash !== hash) return undefined;
		this.used[file] = entry;
		return entry.problems;
	}

	set(file: string, hash: string, problems: DataProblem[]): void {
		this.used[file] = { hash, problems };
	}

	/** Writes the entries of this run only (deleted files drop out), atomically: a crash leaves the old cache. */
	save(): void {
		mkdirSync(path.dirname(this.file), { recursive: true });
		const temporary = `${this.file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify({ validator: this.content.validator, files: this.used }));
		renameSync(temporary, this.file);
	}
}

/** Where the cache of a data directory lives: inside node_modules/.cache, never committed. */
export function cacheFileFor(dataDir: string): string {
	return path.join('node_modules', '.cache', 'section-plans', `validate-${contentHash(path.resolve(dataDir)).slice(0, 12)}.json`);
}
