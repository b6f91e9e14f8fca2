/** A run of text that both versions share, or that only the newer (inserted) or older (deleted) has. */
export interface TextSegment {
	kind: 'same' | 'inserted' | 'deleted';
	text: string;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/**
 * The characters of a text as a reader sees them: grapheme clusters, so that an emoji (a surrogate pair,
 * or several joined), a kana with a combining voiced mark or a flag is never cut in half.
 */
function characters(text: string): string[] {
	return Array.from(graphemes.segment(text), (part) => part.segment);
}

/**
 * Collects segments in order. Between two runs of shared text, all deleted text comes first as one
 * segment and all inserted text after it as another, so that a reader sees one "was → is" per place.
 */
class SegmentList {
	readonly segments: TextSegment[] = [];
	private deleted = '';
	private inserted = '';
	add(kind: TextSegment['kind'], parts: readonly string[]): void {
		if (!parts.length) return;
		const text = parts.join('');
		if (kind === 'deleted') this.deleted += text;
		else if (kind === 'inserted') this.inserted += text;
		else {
			this.flushEdits();
			const last = this.segments.at(-1);
			if (last?.kind === 'same') last.text += text;
			else this.segments.push({ kind, text });
		}
	}
	/** The segments, once everything is added. */
	finish(): TextSegment[] {
		this.flushEdits();
		return this.segments;
	}
	private flushEdits(): void {
		if (this.deleted) this.segments.push({ kind: 'deleted', text: this.deleted });
		if (this.inserted) this.segments.push({ kind: 'inserted', text: this.inserted });
		this.deleted = '';
		this.inserted = '';
	}
}

/**
 * Myers' "middle snake" (An O(ND) Difference Algorithm, 1986, section 4b, as in diff-match-patch's bisect):
 * a point on a shortest edit path of `a` to `b`, found from both ends at once in memory linear in the
 * lengths. Undefined when the two have nothing in common.
 */
function middlePoint(a: readonly string[], b: readonly string[]): [number, number] | undefined {
	const n = a.length;
	const m = b.length;
	const maxD = Math.ceil((n + m) / 2);
	const offset = maxD;
	const forward = new Int32Array(2 * maxD + 2).fill(-1);
	const backward = new Int32Array(2 * maxD + 2).fill(-1);
	forward[offset + 1] = 0;
	backward[offset + 1] = 0;
	const delta = n - m;
	// When the difference in length is odd, the paths meet on a forward step; when even, on a backward one.
	const meetsForward = delta % 2 !== 0;
	let forwardStart = 0;
	let forwardEnd = 0;
	let backwardStart = 0;
	let backwardEnd = 0;
	for (let d = 0; d < maxD; d++) {
		for (let k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
			const index = offset + k;
			let x = k === -d || (k !== d && forward[index - 1] < forward[index + 1]) ? forward[index + 1] : forward[index - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			forward[index] = x;
			if (x > n) forwardEnd += 2;
			else if (y > m) forwardStart += 2;
			else if (meetsForward) {
				const other = offset + delta - k;
				if (other >= 0 && other < backward.length && backward[other] !== -1 && x >= n - backward[other]) return [x, y];
			}
		}
		for (let k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
			const index = offset + k;
			let x = k === -d || (k !== d && backward[index - 1] < backward[index + 1]) ? backward[index + 1] : backward[index - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[n - x - 1] === b[m - y - 1]) {
				x++;
				y++;
			}
			backward[index] = x;
			if (x > n) backwardEnd += 2;
			else if (y > m) backwardStart += 2;
			else if (!meetsForward) {
				const other = offset + delta - k;
				if (other >= 0 && other < forward.length && forward[other] !== -1) {
					const forwardX = forward[other];
					if (forwardX >= n - x) return [forwardX, offset + forwardX - other];
				}
			}
		}
	}
	return undefined;
}

/** Appends the shortest edit of `a` into `b` to `out`: common ends first, then split at the middle point. */
function diffInto(a: readonly string[], b: readonly string[], out: SegmentList): void {
	let prefix = 0;
	while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
	let suffix = 0;
	while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
	out.add('same', a.slice(0, prefix));
	const middleA = a.slice(prefix, a.length - suffix);
	const middleB = b.slice(prefix, b.length - suffix);
	const point = middleA.length && middleB.length ? middlePoint(middleA, middleB) : undefined;
	if (point) {
		const [x, y] = point;
		diffInto(middleA.slice(0, x), middleB.slice(0, y), out);
		diffInto(middleA.slice(x), middleB.slice(y), out);
	} else {
		out.add('deleted', middleA);
		out.add('inserted', middleB);
	}
	out.add('same', a.slice(a.length - suffix));
}

/**
 * What changed between two texts, character by character (Japanese has no spaces to split words on):
 * a shortest edit found with Myers' algorithm in linear memory, as runs of same, deleted and inserted
 * text. Joining the same and deleted runs gives `before`; the same and inserted runs give `after`.
 */
export function diffText(before: string, after: string): TextSegment[] {
	const out = new SegmentList();
	diffInto(characters(before), characters(after), out);
	return out.finish();
}
