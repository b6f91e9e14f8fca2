/** Characters a line may not start with (Japanese line-breaking rules, kinsoku): closing marks and small kana. */
const noLineStart = /^[、。，．・：；？！）」』】〕〉》ー～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ%％,.:;?!)\]}]/u;

/**
 * Splits a chart label into lines no wider than `maxWidth`, so that the whole label shows on the axis
 * (nothing is cut off). Text with spaces breaks between words; Japanese between characters, never before a
 * closing mark, and never inside a run of digits. A single word wider than the line keeps a line of its own.
 */
export function wrapLabel(label: string, maxWidth: number, measure: (text: string) => number): string[] {
	const units = breakUnits(label);
	const lines: string[] = [];
	let line = '';
	for (const unit of units) {
		const candidate = line + unit;
		if (line && measure(candidate.trimEnd()) > maxWidth) {
			lines.push(line.trimEnd());
			line = unit.trimStart();
		} else {
			line = candidate;
		}
	}
	if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
	return lines;
}

/** The pieces a line may break between: words with their trailing space, or CJK characters with what must follow them. */
function breakUnits(label: string): string[] {
	const pieces = label.match(/[A-Za-z0-9０-９.,%％/()'’\-–]+\s*|\s+|./gsu) ?? [];
	const units: string[] = [];
	for (const piece of pieces) {
		if (units.length && noLineStart.test(piece)) units[units.length - 1] += piece;
		else units.push(piece);
	}
	return units;
}
