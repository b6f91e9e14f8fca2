import { describe, expect, it, vi } from 'vitest';
import { decodeText } from '~/lib/files/decode-text.ts';
import { expectCliAgrees, expectLocated, fixtureText, hostileCopy, recordsPlan, reviewedPlan, shiftJisBytes } from './hostile-data.ts';

// Each case reads a copy of a data set and some run a command: seconds on a busy shared machine, not the default 5.
vi.setConfig({ testTimeout: 60_000 });

const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
	const bytes = Buffer.from(text, 'utf16le');
	if (order === 'be') bytes.swap16();
	const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
	return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
};
const shiftJis = shiftJisBytes;

describe('data files in an encoding other than UTF-8', () => {
	const plan = fixtureText(recordsPlan);
	const cases: Array<{ name: string; bytes: () => Uint8Array; en: RegExp; ja: RegExp }> = [
		{ name: 'Shift_JIS (CP932)', bytes: () => shiftJis(plan), en: /saved as Shift_JIS \(CP932/u, ja: /Shift_JIS（CP932/u },
		{ name: 'UTF-16 LE with a byte-order mark (Notepad "Unicode")', bytes: () => utf16(plan, 'le', true), en: /UTF-16 \(LE; Notepad/u, ja: /UTF-16（LE/u },
		{ name: 'UTF-16 BE with a byte-order mark', bytes: () => utf16(plan, 'be', true), en: /UTF-16 \(BE/u, ja: /UTF-16（BE/u },
		{ name: 'UTF-16 LE without a byte-order mark', bytes: () => utf16(plan, 'le', false), en: /UTF-16 \(LE/u, ja: /UTF-16（LE/u },
		{ name: 'UTF-16 BE without a byte-order mark', bytes: () => utf16(plan, 'be', false), en: /UTF-16 \(BE/u, ja: /UTF-16（BE/u },
		{ name: 'EUC-JP', bytes: () => Uint8Array.from([...Buffer.from('fiscalYear: 2025\n'), 0xb5, 0xad, 0xcf, 0xbf, 0x0a]), en: /EUC-JP/u, ja: /EUC-JP/u },
		{
			name: 'bytes valid in no Japanese encoding',
			bytes: () => Uint8Array.from([...Buffer.from('a: '), 0xff, 0xff, 0xc0, 0x0a]),
			en: /not UTF-8/u,
			ja: /UTF-8 ではない/u,
		},
	];
	it.each(cases)('refuses $name, naming the encoding and how to save as UTF-8 (exit 1)', ({ bytes, en, ja }) => {
		const data = hostileCopy();
		try {
			data.write(recordsPlan, bytes());
			const run = data.validate();
			expect(run.status).toBe(1);
			expectLocated(run.stderr, `${data.shown(recordsPlan)}:1:1`, en, ja);
			expect(run.stderr).toMatch(/Excel.*Notepad.*VS Code/u);
			expect(run.stderr).toMatch(/メモ帳/u);
		} finally {
			data.remove();
		}
	});

	it('refuses a shared file (site.yaml) in Shift_JIS the same way', () => {
		const data = hostileCopy();
		try {
			data.write('site.yaml', shiftJis(fixtureText('site.yaml')));
			const run = data.validate();
			expect(run.status).toBe(1);
			expectLocated(run.stderr, `${data.shown('site.yaml')}:1:1`, /Shift_JIS/u, /Shift_JIS/u);
		} finally {
			data.remove();
		}
	});

	it('accepts UTF-8 with a byte-order mark, CRLF line endings, or both', () => {
		const data = hostileCopy();
		try {
			data.write(recordsPlan, `\ufeff${fixtureText(recordsPlan)}`);
			data.write(reviewedPlan, `\ufeff${fixtureText(reviewedPlan).replaceAll('\n', '\r\n')}`);
			data.write('organization.yaml', fixtureText('organization.yaml').replaceAll('\n', '\r\n'));
			const run = data.validate();
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
		} finally {
			data.remove();
		}
	});

	it('decodes only what it is asked to, never guessing silently', () => {
		const text = '順調に進んでいます';
		expect(decodeText(shiftJis(text), 'shift_jis')).toEqual({ text });
		expect(decodeText(Buffer.from(text), 'utf-8')).toEqual({ text });
		expect(decodeText(Buffer.from(`\ufeff${text}`))).toEqual({ text });
		expect(decodeText(shiftJis(text))).toHaveProperty('refused.encoding', 'Shift_JIS/CP932');
		expect(decodeText(utf16(text, 'le', true), 'shift_jis')).toHaveProperty('refused.encoding', 'UTF-16 LE');
	});

	it('gives the same messages and exit code through npm run validate', () => {
		const data = hostileCopy();
		try {
			data.write(recordsPlan, shiftJis(plan));
			data.write(reviewedPlan, utf16(fixtureText(reviewedPlan), 'le', true));
			expectCliAgrees(data);
		} finally {
			data.remove();
		}
	}, 60_000);
});
