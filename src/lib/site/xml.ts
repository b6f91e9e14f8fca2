/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/gu, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character]!);
}
