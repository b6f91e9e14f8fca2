/**
 * `npm run bench:history -- --sections <N> [--commits <C>]`: how long reading the plans' git history takes
 * at scale. Generates the fictional benchmark data set of N sections in a temporary git repository, commits it,
 * then commits C more rounds, each editing the targets of a tenth of the plans, and times what a build
 * does: one `lastChanges` pass and one `readSiteHistories` pass over every plan file. Prints one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticDataset } from './write-dataset.ts';
import { planFiles } from '../../src/lib/data/load-dataset.ts';
import { lastChanges } from '../../src/lib/site/file-dates.ts';
import { locateData } from '../../src/lib/site/data-repository.ts';
import { readSiteHistories } from '../../src/lib/site/plan-histories.ts';
import { exitWithUsage, parseCommandLine } from '../shared/command-line.ts';

const usage = 'Usage: npm run bench:history -- --sections <N ≥ 1> [--commits <C ≥ 0>]';
const { values } = parseCommandLine({ options: { sections: { type: 'string', default: '1000' }, commits: { type: 'string', default: '3' } } }, usage);
const sections = Number(values.sections);
const rounds = Number(values.commits);
if (!Number.isInteger(sections) || sections < 1 || !Number.isInteger(rounds) || rounds < 0) {
	exitWithUsage(
		{ en: 'Sections must be a whole number of at least 1, commits of at least 0.', ja: '課の数は1以上、コミットの数は0以上の整数で指定してください。' },
		usage,
	);
}
const root = mkdtempSync(path.join(os.tmpdir(), 'plans-history-bench-'));
const dataDir = path.join(root, 'data');
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'ignore' });
writeSyntheticDataset(dataDir, { sections, years: 1 });
git('init', '-q');
git('add', '.');
git('commit', '-q', '-m', 'First publication (fictional)');
const files = planFiles(dataDir);
for (let round = 1; round <= rounds; round += 1) {
	files.forEach((file, index) => {
		if (index % 10 !== round % 10) return;
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/ja: "?(\d+)%/u, (match, value) => match.replace(value, String(Number(value) + round))),
		);
	});
	git('commit', '-q', '-am', `Targets revised, round ${round} (fictional)`);
}
const relative = files.map((file) => path.relative(process.cwd(), file));
const started = performance.now();
const dates = lastChanges(relative, locateData(dataDir));
const datesMs = performance.now() - started;
const historyStarted = performance.now();
const histories = readSiteHistories(dataDir, relative);
const historyMs = performance.now() - historyStarted;
const withChanges = [...histories.values()].filter((status) => status.available && status.entries.length > 1).length;
console.log(
	JSON.stringify({
		sections,
		commits: rounds + 1,
		planFiles: files.length,
		datesSeconds: datesMs / 1000,
		historySeconds: historyMs / 1000,
		plansWithChanges: withChanges,
		datedFromGit: [...dates.values()].filter((change) => change.commit).length,
		peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
	}),
);
rmSync(root, { recursive: true, force: true });
