/**
 * `npm run cms [-- --port <n>] [--proxy-port <n>]`: the form editor on your own clone. Builds the site with
 * the editor pointed at the local proxy, starts the proxy (`decap-server` in git mode, on the repository that
 * holds the data directory) and serves the build; open http://localhost:<port>/admin/. Each save is a commit
 * on a branch of its own (`cms/<collection>/<section>`), as a pull request would be; "publish" merges it into
 * the branch you started from. Refuses to start with uncommitted changes, which the proxy would commit with
 * the first save. Ctrl+C stops both servers.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { dataDirectory } from '../src/lib/data/load-dataset.ts';
import { parseCommandLine } from './shared/command-line.ts';

const usage = 'Usage: npm run cms [-- --port <n>] [--proxy-port <n>]';
const { values } = parseCommandLine({ options: { port: { type: 'string', default: '4321' }, 'proxy-port': { type: 'string', default: '8081' } } }, usage);
const git = (...args: string[]) => execFileSync('git', args, { cwd: dataDirectory(), encoding: 'utf8' }).trim();

let root: string;
try {
	root = git('rev-parse', '--show-toplevel');
} catch {
	console.error(
		`The data directory (${dataDirectory()}) is not in a git repository: the editor saves through git.\nデータのフォルダ（${dataDirectory()}）が git のリポジトリにないため、編集画面は保存できません。`,
	);
	process.exit(1);
}
if (git('status', '--porcelain')) {
	console.error(
		'Commit or stash your uncommitted changes first: the local proxy would include them in the first save.\n' +
			'先に、コミットしていない変更をコミットするか退避（git stash）してください。そのままでは最初の保存に含まれてしまいます。',
	);
	process.exit(1);
}
const branch = git('branch', '--show-current');
const proxyUrl = `http://localhost:${values['proxy-port']}/api/v1`;
const env = { ...process.env, CMS_BRANCH: branch, CMS_PROXY_URL: proxyUrl, OUT_DIR: 'node_modules/.cache/cms-site' };

console.log(`Building the site for the editor… / 編集画面のためにサイトをビルドしています…`);
try {
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, stdio: 'inherit' });
} catch {
	// The build has printed its errors (located in the data files); no stack trace on top of them.
	console.error(
		'The site could not be built: fix the errors above (npm run validate lists them).\nサイトをビルドできませんでした。上のエラーを直してください（npm run validate で一覧できます）。',
	);
	process.exit(1);
}

const children: ChildProcess[] = [
	spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
		env: { ...env, MODE: 'git', PORT: values['proxy-port'], GIT_REPO_DIRECTORY: root },
		stdio: 'inherit',
	}),
	spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', values.port], { env, stdio: 'inherit' }),
];
console.log(
	`\nOpen http://localhost:${values.port}/admin/ and choose ログイン (Login). Saves go to branches cms/… of ${root}, based on ${branch}.\n` +
		`http://localhost:${values.port}/admin/ を開き、「ログイン」を選びます。保存は ${root} の cms/… ブランチ（${branch} から分岐）に記録されます。\n`,
);

/** Stops both servers, e.g. on Ctrl+C or when one of them ends. */
function stop(code = 0) {
	for (const child of children) child.kill();
	process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
