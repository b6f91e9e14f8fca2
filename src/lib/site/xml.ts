/**
 * Characters XML 1.0 does not allow: C0 controls but tab and line breaks, lone surrogates (a `u` regular
 * expression sees a pair as one character, so only lone halves match), U+FFFE and U+FFFF.
 */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Escapes text for XML content and attribute values, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
	return text.replace(notXml, '').replace(/[<>&"']/gu, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character]!);
}
