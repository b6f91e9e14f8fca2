/**
 * `npm run bench -- --sections N [--years Y] [--preview] [--keep]`: generates a fictional data set of N sections
 * (see scripts/bench/synthetic-dataset.ts), validates it and builds it with DATA_DIR into a temporary
 * folder, then prints one JSON line of measurements. With `--preview`, it also commits the data to a new
 * git repository, changes one plan and times the pull-request preview build of that change.
 * Progress goes to stderr, the JSON line to stdout.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticDataset } from './bench/write-dataset.ts';
import { largestPage, pageWeight } from './bench/page-weight.ts';
import { measureSearch } from './bench/search-speed.ts';
import { perYearFigures } from './bench/per-year.ts';
import { commitAndChangeOnePlan } from './bench/preview-change.ts';
import { directorySize, peakTreeRss } from './bench/measure.ts';
import { listFiles } from '../src/lib/files/list-files.ts';
import { cacheFileFor } from '../src/lib/data/validation-cache.ts';
import { exitWithUsage, parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run bench -- --sections <N ≥ 1> [--years <Y ≥ 1>] [--preview] [--keep]';
const { values } = parseCommandLine(
	{
		options: {
			sections: { type: 'string', default: '100' },
			years: { type: 'string', default: '1' },
			preview: { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
		},
	},
	usage,
);
const sections = Number(values.sections);
const years = Number(values.years);
if (!Number.isInteger(sections) || sections < 1 || !Number.isInteger(years) || years < 1) {
	exitWithUsage({ en: 'Sections and years must be whole numbers of at least 1.', ja: '課の数と年度の数は1以上の整数で指定してください。' }, usage);
}

const log = (message: string) => console.error(`bench: ${message}`);
const seconds = (ms: number) => Math.round(ms) / 1000;
const workDir = mkdtempSync(path.join(os.tmpdir(), 'plans-bench-'));
const dataDir = path.join(workDir, 'data');
const outDir = path.join(workDir, 'dist');

/** Runs a Node script of the project, resolving with its stdout, wall time and the peak RSS of its process tree. */
function runNode(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; ms: number; peakRssBytes: number }> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		const peak = peakTreeRss(child.pid!);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('close', (code) => {
			const ms = performance.now() - started;
			const peakRssBytes = peak.stop();
			if (code === 0) resolve({ stdout, ms, peakRssBytes });
			else reject(new Error(`${args.join(' ')} exited with ${code}:\n${stderr.slice(-4000)}`));
		});
	});
}

try {
	log(`generating ${sections} section(s) × ${years} year(s) of fictional plans in ${dataDir}`);
	const generateStarted = performance.now();
	const plans = writeSyntheticDataset(dataDir, { sections, years });
	const generateMs = performance.now() - generateStarted;

	log('validating');
	const validate = await runNode(['scripts/validate.ts', dataDir]);
	// What staff meet after editing one file: the other verdicts come from the validation cache.
	appendFileSync(path.join(dataDir, plans[0].path), '# edited\n');
	const revalidate = await runNode(['scripts/validate.ts', dataDir]);
	rmSync(cacheFileFor(dataDir), { force: true });
	log(`building (${validate.stdout.trim()})`);
	const build = await runNode(['scripts/bench/build-site.ts', path.join(workDir, 'cache')], { DATA_DIR: dataDir, OUT_DIR: outDir, REPOSITORY_URL: '' });
	const timing = JSON.parse(build.stdout.trim().split('\n').at(-1)!) as { totalMs: number; pagefindMs: number; maxRssBytes: number };

	let preview: { seconds: number; pages: number; peakRssMiB: number } | undefined;
	if (values.preview) {
		log('previewing a change to one plan');
		const since = commitAndChangeOnePlan(dataDir, plans.at(-1)!.path);
		const previewDir = path.join(workDir, 'preview');
		const previewBuild = await runNode(['scripts/bench/build-site.ts', path.join(workDir, 'cache-preview')], {
			DATA_DIR: dataDir,
			OUT_DIR: previewDir,
			REPOSITORY_URL: '',
			PREVIEW_CHANGED_SINCE: since,
		});
		preview = {
			seconds: seconds(previewBuild.ms),
			pages: listFiles(previewDir, /\.html$/u).length,
			peakRssMiB: Math.round(previewBuild.peakRssBytes / 2 ** 20),
		};
	}

	const pages = listFiles(outDir, /\.html$/u).length;
	const firstSection = `/ja/${plans.at(-1)!.plan.fiscalYear}/${plans[0].plan.department}/${plans[0].plan.section}/`;
	const sectionWeight = pageWeight(outDir, firstSection);
	const homeWeight = pageWeight(outDir, '/ja/');
	log('searching');
	const search = await measureSearch(outDir);
	const searchRecords = listFiles(path.join(outDir, 'pagefind', 'ja'), /\.pf_fragment$/u).length;
	const largest = largestPage(outDir);
	console.log(
		JSON.stringify({
			sections,
			years,
			planFiles: plans.length,
			pages,
			generateSeconds: seconds(generateMs),
			validateSeconds: seconds(validate.ms),
			validateOneChangedSeconds: seconds(revalidate.ms),
			astroBuildSeconds: seconds(timing.totalMs - timing.pagefindMs),
			pagefindSeconds: seconds(timing.pagefindMs),
			buildSeconds: seconds(build.ms),
			msPerPage: Math.round((build.ms / pages) * 100) / 100,
			peakRssMiB: Math.round(build.peakRssBytes / 2 ** 20),
			nodePeakRssMiB: Math.round(timing.maxRssBytes / 2 ** 20),
			distMiB: Math.round((directorySize(outDir) / 2 ** 20) * 10) / 10,
			pagefindMiB: Math.round((directorySize(path.join(outDir, 'pagefind')) / 2 ** 20) * 10) / 10,
			sectionPageGzipBytes: { beforeCharts: sectionWeight.initialBytes, withCharts: sectionWeight.withChartsBytes },
			homePageGzipBytes: { beforeCharts: homeWeight.initialBytes, withCharts: homeWeight.withChartsBytes },
			searchRecordsPerLanguage: searchRecords,
			searchIndexParts: listFiles(path.join(outDir, 'pagefind', 'ja'), /\.pf_meta$/u).length,
			search,
			largestPage: { path: largest.path, gzipBytes: largest.gzipBytes },
			...(years > 1 ? { perYear: perYearFigures(outDir, plans) } : {}),
			...(preview ? { preview } : {}),
		}),
	);
} finally {
	if (values.keep) log(`kept ${workDir}`);
	else rmSync(workDir, { recursive: true, force: true });
}
