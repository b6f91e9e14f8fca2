/**
 * Proposing last year's initiative ids for a new year's initiatives, so that an initiative the city
 * continues keeps its id (and with it its links, trends and the "changes since last year" on its page).
 */

/** A title pair at least this similar (in percent) is proposed as the same initiative. */
export const nearMatchThreshold = 60;

/** Characters compared: spaces (half- and full-width) dropped, full-width letters and digits made half-width (NFKC). */
const normalize = (title: string) => title.normalize('NFKC').replace(/\s+/gu, '');

/** The pairs of adjacent characters of a text, counted. */
function bigrams(text: string): Map<string, number> {
	const characters = Array.from(text);
	const counts = new Map<string, number>();
	for (let i = 0; i + 1 < characters.length; i++) {
		const pair = characters[i] + characters[i + 1];
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return counts;
}

/**
 * How alike two titles are, in whole percent: the Sørensen–Dice coefficient of their character bigrams
 * (2 × shared pairs ÷ all pairs), which suits Japanese, where words are not separated by spaces.
 * 100 for titles that are the same once spaces and full-width forms are normalized; 0 for nothing shared.
 */
export function titleSimilarity(a: string, b: string): number {
	const [left, right] = [normalize(a), normalize(b)];
	if (left === right) return 100;
	const [leftPairs, rightPairs] = [bigrams(left), bigrams(right)];
	let shared = 0;
	let total = 0;
	for (const [pair, count] of leftPairs) {
		shared += Math.min(count, rightPairs.get(pair) ?? 0);
		total += count;
	}
	for (const count of rightPairs.values()) total += count;
	return total === 0 ? 0 : Math.floor((200 * shared) / total);
}

/** An initiative of last year's plan: its id and Japanese title. */
export interface PreviousInitiative {
	id: string;
	title: string;
}

/** Last year's initiative proposed for one of this year's, by rank. */
export interface IdProposal {
	/** The new initiative's rank and Japanese title. */
	rank: number;
	title: string;
	/** The id and title it had last year. */
	id: string;
	previousTitle: string;
	/** `titleSimilarity` of the two titles, in percent; 100 for the same title. */
	similarity: number;
	/** Whether the import gave the new initiative this id (exact matches always; near ones only with `--yes`). */
	taken: boolean;
}

/**
 * Pairs this year's initiatives with last year's by title: the most similar pairs first, each of last
 * year's initiatives proposed at most once, and only pairs at least `nearMatchThreshold` percent alike.
 * Returns proposals by rank, not yet taken.
 */
export function proposeIds(current: ReadonlyArray<{ rank: number; title: string }>, previous: readonly PreviousInitiative[]): Map<number, IdProposal> {
	const candidates = current
		.flatMap((initiative) => previous.map((earlier) => ({ initiative, earlier, similarity: titleSimilarity(earlier.title, initiative.title) })))
		.filter((candidate) => candidate.similarity >= nearMatchThreshold)
		.sort((a, b) => b.similarity - a.similarity || a.initiative.rank - b.initiative.rank);
	const proposals = new Map<number, IdProposal>();
	const used = new Set<string>();
	for (const { initiative, earlier, similarity } of candidates) {
		if (proposals.has(initiative.rank) || used.has(earlier.id)) continue;
		used.add(earlier.id);
		proposals.set(initiative.rank, { rank: initiative.rank, title: initiative.title, id: earlier.id, previousTitle: earlier.title, similarity, taken: false });
	}
	return proposals;
}
