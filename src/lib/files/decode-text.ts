/** Encodings a text file may be converted from on request (the importer's `--encoding`). */
export const convertibleEncodings = ['utf-8', 'shift_jis'] as const;
export type ConvertibleEncoding = (typeof convertibleEncodings)[number];
export const isConvertibleEncoding = (name: string): name is ConvertibleEncoding => (convertibleEncodings as readonly string[]).includes(name);

/** A text file's content, or why it was refused. */
export type DecodedText = { text: string } | { refused: { encoding: string; message: { ja: string; en: string } } };

/** How to save a file as UTF-8 in the tools staff use, in both languages. */
export const saveAsUtf8 = {
	ja: 'UTF-8 で保存し直してください（Excel:「名前を付けて保存」で「CSV UTF-8」または「Unicode テキスト」ではなく UTF-8 を選ぶ／メモ帳:「名前を付けて保存」の「エンコード」で UTF-8／VS Code: 右下のエンコード表示 →「エンコード付きで保存」→ UTF-8）。',
	en: 'Save it again as UTF-8 (Excel: "Save As" → "CSV UTF-8"; Notepad/メモ帳: "Save As" → Encoding: UTF-8; VS Code: click the encoding in the status bar → "Save with Encoding" → UTF-8).',
};

const refuse = (encoding: string, ja: string, en: string): DecodedText => ({
	refused: { encoding, message: { ja: `${ja}${saveAsUtf8.ja}`, en: `${en} ${saveAsUtf8.en}` } },
});

/** UTF-16 without a byte-order mark: most ASCII characters have a zero byte beside them, at even or odd offsets. */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | undefined {
	const sample = bytes.subarray(0, 4096);
	let even = 0;
	let odd = 0;
	for (let index = 0; index < sample.length; index += 1) {
		if (sample[index] === 0) {
			if (index % 2 === 0) even += 1;
			else odd += 1;
		}
	}
	const half = sample.length / 2;
	if (odd > half * 0.3 && even < odd / 4) return 'LE';
	if (even > half * 0.3 && odd < even / 4) return 'BE';
	return undefined;
}

const decodes = (encoding: string, bytes: Uint8Array) => {
	try {
		new TextDecoder(encoding, { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
};

/**
 * Reads a file's bytes as text. UTF-8, with or without a byte-order mark, is accepted (the mark is dropped);
 * anything else is refused with a message naming the encoding detected (UTF-16, Shift_JIS/CP932) and how to
 * save the file as UTF-8, unless `encoding` asks for an explicit conversion from Shift_JIS. Never guesses
 * silently: a file that is not valid in the encoding asked for is refused.
 */
export function decodeText(bytes: Uint8Array, encoding: ConvertibleEncoding = 'utf-8'): DecodedText {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16Order(bytes)) {
		const order = bytes[0] === 0xfe || utf16Order(bytes) === 'BE' ? 'BE' : 'LE';
		return refuse(
			`UTF-16 ${order}`,
			`このファイルは UTF-16（${order}。メモ帳の「Unicode」）で保存されていて読めません。`,
			`This file is saved as UTF-16 (${order}; Notepad's "Unicode"), which cannot be read.`,
		);
	}
	if (encoding === 'shift_jis') {
		try {
			return { text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes) };
		} catch {
			return refuse(
				'not Shift_JIS',
				'--encoding shift_jis が指定されましたが、このファイルは Shift_JIS として読めません。',
				'--encoding shift_jis was given, but this file is not valid Shift_JIS.',
			);
		}
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
	} catch {
		// EUC-JP first: Japanese in Shift_JIS has lead bytes (0x81–0x9f) that EUC-JP never accepts, not the other way round.
		if (decodes('euc-jp', bytes)) {
			return refuse('EUC-JP', 'このファイルは EUC-JP で保存されていて、UTF-8 ではありません。', 'This file is saved as EUC-JP, not UTF-8.');
		}
		if (decodes('shift_jis', bytes)) {
			return refuse(
				'Shift_JIS/CP932',
				'このファイルは Shift_JIS（CP932。Windows の日本語の既定）で保存されていて、UTF-8 ではありません。',
				'This file is saved as Shift_JIS (CP932, the Japanese Windows default), not UTF-8.',
			);
		}
		return refuse('unknown', 'このファイルは UTF-8 ではない文字コードで保存されています。', 'This file is not UTF-8 (its encoding is unknown).');
	}
}
