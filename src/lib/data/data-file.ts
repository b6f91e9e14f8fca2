import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { decodeText, type ConvertibleEncoding } from '../files/decode-text.ts';
import type { DataProblem } from './data-problem.ts';

/** The largest data file read: a plan is a few dozen kilobytes; a larger file is a mistake or an attack. */
export const maxDataFileBytes = 1_000_000;

/**
 * The largest file the whole data set shares (organization, site configuration, plan types, scales): the
 * organization grows by about 160 bytes a section, so a prefecture of 10,000 sections needs 1.6 MB; this allows
 * some 200,000 sections and still parses in a few seconds.
 */
export const maxSharedFileBytes = 32_000_000;

type Message = { ja: string; en: string };

/** A file's text, or the one problem that stopped it being read; `missing` when there is no file at all. */
export type ReadText = { text: string } | { problem: DataProblem; missing?: boolean };

/**
 * Reads a data (or import) file as bytes and decodes it (see `decodeText`): only a regular file, never through
 * a symbolic link, at most `maxBytes`, in UTF-8 unless `encoding` asks for an explicit conversion. Never throws:
 * anything that stops the reading is one located problem (`shown` is the path printed in it), in both languages.
 */
export function readDataText(
	file: string,
	shown: string,
	{ maxBytes = maxDataFileBytes, encoding }: { maxBytes?: number; encoding?: ConvertibleEncoding } = {},
): ReadText {
	const refuse = (message: Message, missing = false): ReadText => ({ problem: { file: shown, line: 1, column: 1, severity: 'error', message }, missing });
	let descriptor: number | undefined;
	try {
		const link = lstatSync(file);
		if (link.isSymbolicLink()) {
			return refuse({
				ja: 'シンボリックリンクは使えません。実際のファイルをデータのフォルダに置いてください。',
				en: 'Symbolic links are not allowed for data files: put the real file in the data directory.',
			});
		}
		if (!link.isFile()) {
			return refuse({
				ja: '通常のファイルではありません（フォルダ、デバイス、パイプなど）。',
				en: 'This is not a regular file (a folder, device, pipe or socket).',
			});
		}
		descriptor = openSync(file, 'r');
		const size = fstatSync(descriptor).size;
		if (size > maxBytes) {
			const kilobytes = (bytes: number) => Math.ceil(bytes / 1000).toLocaleString('en');
			return refuse({
				ja: `ファイルが大きすぎます（${kilobytes(size)} KB。上限は ${kilobytes(maxBytes)} KB）。`,
				en: `The file is too large (${kilobytes(size)} KB; at most ${kilobytes(maxBytes)} KB).`,
			});
		}
		const bytes = Buffer.alloc(size);
		let read = 0;
		while (read < size) {
			const count = readSync(descriptor, bytes, read, size - read, read);
			if (count === 0) break;
			read += count;
		}
		const decoded = decodeText(bytes.subarray(0, read), encoding);
		if ('refused' in decoded) return refuse(decoded.refused.message);
		return { text: decoded.text };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return refuse({ ja: 'ファイルがありません。', en: 'The file is missing.' }, true);
		return refuse({
			ja: `ファイルを読み込めません（${code ?? 'エラー'}）。読み取りの権限を確認してください。`,
			en: `The file cannot be read (${code ?? 'error'}). Check that it is readable.`,
		});
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}
