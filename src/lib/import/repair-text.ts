/**
 * Repairs of the table export's extraction artifacts (see data/sources/README.md):
 * the PDF's line wraps became spaces inside Japanese words, and list markup leaked in.
 * Official wording is otherwise kept exactly, typos included.
 */

/** Characters of Japanese script and full-width punctuation, next to which a space is a wrap artifact. */
const japaneseCharacter =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff01-\uff60\u2460-\u2473\u2025\u2026\u203b\u201c\u201d\u30fb]/u;

/** True for a character next to which a space inside the export can only be a PDF line wrap. */
export function isJapaneseCharacter(character: string): boolean {
	return japaneseCharacter.test(character);
}

/**
 * Removes white space that touches a Japanese character (`情報セキュ リティ` → `情報セキュリティ`,
 * `20% 減` → `20%減`) and collapses the rest, so spaces between Latin words and numbers stay.
 */
export function removeWrapSpaces(text: string): string {
	const characters = Array.from(text.replace(/\s+/gu, ' ').trim());
	return characters
		.filter((character, index) => {
			if (character !== ' ') return true;
			const before = characters[index - 1] ?? '';
			const after = characters[index + 1] ?? '';
			return !(isJapaneseCharacter(before) || isJapaneseCharacter(after));
		})
		.join('');
}

/** HTML list and paragraph markup that leaked into cells. */
const leakedMarkup = /<\/?(?:ul|ol|li|p)(?:\s[^>]*)?>/giu;

/** True when the cell was an HTML list whose items were flattened into sentences. */
export function isFlattenedList(cell: string): boolean {
	return /<ul\b/iu.test(cell);
}

/** A marked or unmarked piece of official text split out of a cell. */
export interface SplitItem {
	/** `①`, `①ー1`, `・` or `○`, as published; absent for unmarked text. */
	marker?: string;
	/** The repaired text without its marker. */
	text: string;
}

/** Circled numbers, with an optional sub-number, that start an item. */
const circledMarker = /[①-⑳](?:ー\d+)?/u;

/**
 * Splits a cell into its items. Markers start an item at the beginning of the cell, after white
 * space, or after `。`; `・` inside a word (`意見・提案`) is text, not a marker.
 * With `circledOnly`, only circled numbers split (targets such as `機器撤去・用途の検討`).
 */
export function splitItems(cell: string, options: { circledOnly?: boolean } = {}): SplitItem[] {
	const paragraphs = cell
		.split(/<\/p>|<p(?:\s[^>]*)?>/iu)
		.map((part) => part.replace(leakedMarkup, ' ').trim())
		.filter(Boolean);
	const markerPattern = options.circledOnly ? circledMarker.source : `${circledMarker.source}|[・○]`;
	const boundary = new RegExp(`(?:^|(?<=\\s|。))(?=(?:${markerPattern}))`, 'u');
	const leadingMarker = new RegExp(`^(${markerPattern})`, 'u');
	const flattened = isFlattenedList(cell);
	const items: SplitItem[] = [];
	for (const paragraph of paragraphs) {
		for (const piece of paragraph.split(boundary)) {
			const sentences = flattened ? piece.split(/(?<=。)\s+/u) : [piece];
			for (const sentence of sentences) {
				const match = leadingMarker.exec(sentence.trim());
				const marker = match?.[1];
				const text = removeWrapSpaces(marker ? sentence.trim().slice(marker.length) : sentence);
				if (text) items.push(marker ? { marker, text } : { text });
			}
		}
	}
	return items;
}

/** Splits a note marked `※` off the end of a cell: `…の割合 ※営業日・・・…` → text and notes. */
export function splitNotes(cell: string): { text: string; notes: string[] } {
	const [text, ...notes] = cell.split(/\s+(?=※)/u);
	return { text, notes: notes.map(removeWrapSpaces) };
}

/** A cell of free prose (a review): leaked markup removed, wrap spaces repaired, paragraphs kept as lines. */
export function repairParagraphs(cell: string): string {
	return cell
		.split(/<\/p>|<p(?:\s[^>]*)?>/iu)
		.map((part) => removeWrapSpaces(part.replace(leakedMarkup, ' ')))
		.filter(Boolean)
		.join('\n');
}
