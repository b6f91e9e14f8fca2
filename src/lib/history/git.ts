import { spawnSync } from 'node:child_process';

/** What one git process printed, and how it ended. */
export interface GitOutput {
	/** Exit status; null when git could not be started. */
	status: number | null;
	stdout: Buffer;
	stderr: string;
	/** True when the `git` program itself is missing. */
	missing: boolean;
}

/** Blobs of a whole repository's plan history can be large: never cut the output short. */
const unlimitedOutput = 4 * 1024 * 1024 * 1024;

/**
 * Runs one git process in `cwd` and waits for it, with `input` on its standard input. Never throws:
 * callers turn a failure into a status the reader understands.
 */
export function runGit(cwd: string, args: readonly string[], input?: string): GitOutput {
	const result = spawnSync('git', args, {
		cwd,
		input,
		maxBuffer: unlimitedOutput,
		// Git's own pager, prompts and colours would change or block what is parsed here.
		env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
	});
	const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
	return {
		status: result.error ? null : result.status,
		stdout: result.stdout ?? Buffer.alloc(0),
		stderr: result.stderr?.toString('utf8') ?? String(result.error ?? ''),
		missing,
	};
}
