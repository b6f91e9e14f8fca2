/** Measurements of a build that Node does not give directly: a folder's size and a process tree's memory. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { listFiles } from '../../src/lib/files/list-files.ts';

/** Total bytes of the files under a folder. */
export function directorySize(directory: string): number {
	return listFiles(directory).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** The process and all its descendants, from Linux's /proc (empty once the process has ended). */
function processTree(pid: number): number[] {
	try {
		const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
			readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean).map(Number),
		);
		return [pid, ...children.flatMap(processTree)];
	} catch {
		return [];
	}
}

/** Resident memory of one process in bytes (0 if it has ended). */
function residentBytes(pid: number): number {
	try {
		const match = /^VmRSS:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/**
 * Samples the resident memory of a process and its descendants (e.g. astro build and the Pagefind binary
 * it starts) every `intervalMs` until stopped; `stop()` returns the highest total seen.
 */
export function peakTreeRss(pid: number, intervalMs = 100): { stop(): number } {
	let peak = 0;
	const sample = () => {
		peak = Math.max(
			peak,
			processTree(pid).reduce((sum, member) => sum + residentBytes(member), 0),
		);
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		},
	};
}
