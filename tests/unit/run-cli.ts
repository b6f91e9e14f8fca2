import { spawnSync } from 'node:child_process';

/** Runs one of the project's scripts as staff would (`node scripts/<name>.ts …`), capturing its output. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}
