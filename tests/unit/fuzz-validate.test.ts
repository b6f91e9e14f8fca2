import { mkdtempSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from '~/lib/data/validate-dataset.ts';
import { loadDataset, loadPlanFile, loadSharedFiles, type Dataset } from '~/lib/data/load-dataset.ts';
import type { DataProblem } from '~/lib/data/data-problem.ts';
import { buildPlanIndex } from '~/lib/site/plan-index.ts';
import { sectionContinuity } from '~/lib/site/section-continuity.ts';
import type { PlanWithFile, SiteData } from '~/lib/site/site-data.ts';
import { sectionPage } from '~/lib/pages/section-page.ts';
import { indicatorIndexPage } from '~/lib/pages/indicator-index-page.ts';
import { atomFeed } from '~/lib/site/feed.ts';
import { sectionAtomFeed } from '~/lib/site/section-feed.ts';
import { indicatorsCsv, yearJson } from '~/lib/open-data/downloads.ts';
import { searchRecords } from '~/lib/search/search-records.ts';
import { recordDocument } from '~/lib/search/record-document.ts';
import { languages } from '~/schemas/localized-text.ts';
import { fictionalDir } from '../data-dirs.ts';
import { shiftJisBytes } from './hostile-data.ts';
import { randomSource } from '../../scripts/bench/synthetic-dataset.ts';

/**
 * Random mutations of the fictional city's files, seeded and reproducible: `FUZZ_SEED=<n>` replays a run,
 * `FUZZ_CASES=<n>` changes its length. Each case must be validated without an exception or an internal message,
 * within a few seconds; a case the validator accepts must load and go through the build's page shaping.
 * A mutated plan file is checked as `npm run validate` checks each plan (`loadPlanFile` against the shared files,
 * read once); a mutated shared file by the whole `validateDataset`, then `loadDataset`, as the build reads it.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261125);
const cases = Number(process.env.FUZZ_CASES ?? 1000);

/** The seeded generator of the benchmark's data sets, with a helper for an index below `n`. */
function random(state: number) {
	const source = randomSource(state);
	return { ...source, below: (n: number) => source.between(0, n - 1) };
}

/** Pieces a careless or hostile edit may put anywhere. */
const pieces = [
	'\0',
	'\v',
	'\f',
	'\x1b',
	'\x7f',
	'\u0085',
	'\u00a0',
	'\u200b',
	'\u200d',
	'\u2028',
	'\u202e',
	'\u2060',
	'\u3000',
	'\ufeff',
	'\ufffd',
	':',
	': ',
	'- ',
	'-',
	'#',
	'"',
	"'",
	'[',
	']',
	'{',
	'}',
	',',
	'|',
	'>',
	'\t',
	'\n',
	'\r\n',
	'  ',
	'    ',
	'&a ',
	'*a',
	'!!str ',
	'!x ',
	'<<: ',
	'? ',
	'%YAML 1.2\n',
	'---\n',
	'...\n',
	'\\',
	'"\\0"',
	'"\\ud800"',
	'"\\u200b"',
	'=1+1',
	'+3',
	'@SUM(1)',
	'-5%',
	'順調',
	'達成',
	'個別計画',
	'2025/10/15',
	'javascript:alert(1)',
	'data:text/html,x',
	'<script>alert(1)</script>',
	'①',
	'①ー1',
	'⑳',
	'null',
	'~',
	'true',
	'no',
	'.nan',
	'.inf',
	'0x1F',
	'1e400',
	'-1',
	'0',
	'99999999999999999999',
	'2025',
	'ja:',
	'en:',
	'text:',
	'rank: 1',
	'id: x',
	'planTypes: []',
	'indicators: []',
	'０',
	'四',
	'🙂',
	'𠮷',
];

type Mutation = (text: string, rng: ReturnType<typeof random>) => string;
const at = (text: string, rng: ReturnType<typeof random>) => rng.below(text.length + 1);
const lines = (text: string) => text.split('\n');
const mutations: Mutation[] = [
	(text, rng) => {
		const index = at(text, rng);
		return text.slice(0, index) + rng.pick(pieces) + text.slice(index);
	},
	(text, rng) => {
		const index = at(text, rng);
		return text.slice(0, index) + text.slice(index + 1 + rng.below(40));
	},
	(text, rng) => {
		const all = lines(text);
		const index = rng.below(all.length);
		all.splice(index, 0, all[index]);
		return all.join('\n');
	},
	(text, rng) => {
		const all = lines(text);
		const [a, b] = [rng.below(all.length), rng.below(all.length)];
		[all[a], all[b]] = [all[b], all[a]];
		return all.join('\n');
	},
	(text, rng) => {
		const all = lines(text);
		const index = rng.below(all.length);
		all[index] = rng.next() < 0.5 ? `  ${all[index]}` : all[index].replace(/^ {1,2}/u, '');
		return all.join('\n');
	},
	(text, rng) => {
		const all = lines(text);
		const index = rng.below(all.length);
		all[index] = all[index].replace(/: .*$/u, `: ${rng.pick(pieces)}`);
		return all.join('\n');
	},
	(text, rng) => text.slice(0, at(text, rng)),
	(text, rng) => {
		const all = lines(text);
		const index = rng.below(all.length);
		all.splice(index, 1 + rng.below(3));
		return all.join('\n');
	},
];

/** Occasionally the whole file is saved another way: in another encoding, with a BOM, with CRLF. */
function encode(text: string, rng: ReturnType<typeof random>): Uint8Array {
	const roll = rng.next();
	if (roll < 0.03) return shiftJisBytes(text);
	if (roll < 0.05) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
	if (roll < 0.08) return Buffer.from(`\ufeff${text}`);
	if (roll < 0.11) return Buffer.from(text.replaceAll('\n', '\r\n'));
	return Buffer.from(text);
}

/** What the build makes of a data set, with the same pure functions its pages and endpoints call. */
function shapeSite(dataset: Dataset): string[] {
	const plans: PlanWithFile[] = dataset.plans.map(({ plan, file }) => ({
		...plan,
		file,
		repositoryFile: file,
		updated: '2025-04-01',
		history: { available: false, reason: 'not-committed' },
	}));
	const data: SiteData = {
		...dataset,
		plans,
		years: buildPlanIndex(dataset.organization, plans),
		continuity: sectionContinuity(dataset.organization, plans),
	};
	const site = new URL('https://plans.example.org/');
	const outputs: string[] = [];
	for (const year of data.years) {
		const yearPlans = plans.filter((plan) => plan.fiscalYear === year.fiscalYear);
		outputs.push(
			indicatorsCsv(data, yearPlans, site),
			JSON.stringify(yearJson(data, year.fiscalYear, yearPlans, site)),
			JSON.stringify(indicatorIndexPage(data, year.fiscalYear)),
		);
		for (const lang of languages) {
			for (const record of searchRecords(data.organization, data.planTypes, yearPlans, lang)) outputs.push(recordDocument(record));
			for (const department of year.departments) {
				for (const summary of department.sections) {
					outputs.push(JSON.stringify(sectionPage(data, summary, lang)));
					outputs.push(sectionAtomFeed(data, summary.department.id, summary.section.id, lang, site));
				}
			}
		}
	}
	for (const lang of languages) outputs.push(atomFeed(data, lang, site));
	return outputs;
}

/** What an internal failure leaks into a message; staff must never see it. */
const internalText = /undefined|\[object Object\]|NaN|Maximum call stack|TypeError|RangeError|\n\s+at /u;

/** Characters XML 1.0 cannot carry: any of them would make a feed ill-formed. */
const notXml = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

describe(`validation of ${cases} random mutations of the seed files (seed ${seed})`, () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'plans-fuzz-'));
	cpSync(fictionalDir, dir, { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const seeds = [
		'plans/2025/civic-services/records.yaml',
		'plans/2025/civic-services/resident-support.yaml',
		'plans/2024/civic-services/counter-services.yaml',
		'site.yaml',
		'review-scales.yaml',
		'organization.yaml',
		'plan-types.yaml',
	];
	const originals = new Map(seeds.map((file) => [file, readFileSync(path.join(fictionalDir, file), 'utf8')]));

	it('never crashes, never takes seconds, and never accepts what the build would fail on', () => {
		const rng = random(seed);
		const shared = loadSharedFiles(dir);
		const original = loadDataset(dir).dataset!;
		/** Validates the data with one file mutated: its problems, and the data set the build would then publish. */
		const check = (file: string): { problems: DataProblem[]; dataset: () => Dataset | undefined } => {
			if (!file.startsWith('plans/')) {
				const { problems } = validateDataset(dir, { cache: false });
				return { problems, dataset: () => loadDataset(dir).dataset };
			}
			const { record, problems } = loadPlanFile(dir, path.join(dir, file), shared);
			const dataset = () => record && { ...original, plans: original.plans.map((other) => (other.file === record.file ? record : other)) };
			return { problems, dataset };
		};
		let accepted = 0;
		for (let index = 0; index < cases; index += 1) {
			const file = rng.next() < 0.8 ? rng.pick(seeds.slice(0, 3)) : rng.pick(seeds.slice(3));
			let text = originals.get(file)!;
			for (let count = 1 + rng.below(3); count > 0; count -= 1) text = rng.pick(mutations)(text, rng);
			const bytes = encode(text, rng);
			const target = path.join(dir, file);
			writeFileSync(target, bytes);
			const replay = `case ${index} of seed ${seed} (FUZZ_SEED=${seed}), file ${file}: ${JSON.stringify(Buffer.from(bytes).toString('utf8').slice(0, 2000))}`;
			try {
				const started = performance.now();
				let report: ReturnType<typeof check>;
				try {
					report = check(file);
				} catch (error) {
					throw new Error(`validate threw ${(error as Error).stack}\n${replay}`);
				}
				expect(performance.now() - started, `validation took too long: ${replay}`).toBeLessThan(3000);
				const malformed = report.problems.filter(
					(problem) =>
						!(problem.line >= 1 && problem.column >= 1) ||
						[problem.message.en, problem.message.ja].some((message) => message.trim() === '' || internalText.test(message)),
				);
				expect(malformed, `a message is not for staff: ${replay}`).toEqual([]);
				const errors = report.problems.filter((problem) => problem.severity === 'error');
				if (errors.length === 0) {
					accepted += 1;
					const dataset = report.dataset();
					expect(dataset, `validate accepted but the build's loader refused: ${replay}`).toBeDefined();
					let outputs: string[] = [];
					try {
						outputs = shapeSite(dataset!);
					} catch (error) {
						throw new Error(`validate accepted but page shaping threw ${(error as Error).stack}\n${replay}`);
					}
					expect(
						outputs.filter((output) => notXml.test(output)),
						`a published text holds a character XML cannot carry: ${replay}`,
					).toEqual([]);
				}
			} finally {
				writeFileSync(target, originals.get(file)!);
			}
		}
		// Some mutations are harmless (a comment, a space): the shaping above must have been exercised.
		expect(accepted).toBeGreaterThan(cases / 20);
	}, 120_000);
});
