/** One value an id field may take: a review-scale level or a plan type. */
export interface Choice {
	id: string;
	label: { ja: string; en?: string };
}

type Message = { ja: string; en: string };

const normalized = (text: string) =>
	text
		.normalize('NFKC')
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/gu, '-');

/** Edit distance of two short texts, for naming the id a typo was meant to be. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}

/** The choice a written value was most likely meant as: its label written instead of its id, or a near miss of the id. */
export function meantChoice(value: string, choices: readonly Choice[]): { choice: Choice; byLabel: boolean } | undefined {
	const written = normalized(value);
	const labelled = (same: (label: string) => boolean) => choices.find((choice) => [choice.label.ja, choice.label.en ?? ''].some((label) => label && same(label)));
	const byLabel = labelled((label) => label.normalize('NFKC').trim().toLowerCase() === value.normalize('NFKC').trim().toLowerCase());
	if (byLabel) return { choice: byLabel, byLabel: true };
	const sameId = choices.find((choice) => choice.id === written);
	if (sameId) return { choice: sameId, byLabel: false };
	const byLooseLabel = labelled((label) => normalized(label) === written);
	if (byLooseLabel) return { choice: byLooseLabel, byLabel: true };
	const near = choices
		.map((choice) => ({ choice, score: distance(written, choice.id) }))
		.filter(({ choice, score }) => score <= Math.max(1, Math.floor(choice.id.length / 4)))
		.sort((a, b) => a.score - b.score)[0];
	return near ? { choice: near.choice, byLabel: false } : undefined;
}

/**
 * Says, in both languages, that `value` is not one of the `choices` of a field (`what`: `進捗状況` / `Progress
 * status`), names the choice it was probably meant as (a label written instead of the id, or a near miss),
 * and lists every id with its label: "Use one of: on-track (On track, 順調), …".
 */
export function notAChoice(value: string, choices: readonly Choice[], what: Message, defined: string): Message {
	const listEn = choices.map((choice) => `${choice.id} (${choice.label.en ? `${choice.label.en}, ` : ''}${choice.label.ja})`).join(', ');
	const listJa = choices.map((choice) => `${choice.id}（${choice.label.ja}）`).join('、');
	const meant = meantChoice(value, choices);
	const hint: Message = !meant
		? { ja: '', en: '' }
		: meant.byLabel
			? {
					ja: `「${value}」は表示名です。IDの ${meant.choice.id} を書いてください。`,
					en: `"${value}" is a label: write its id, ${meant.choice.id}.`,
				}
			: { ja: `${meant.choice.id} のことですか？`, en: `Did you mean ${meant.choice.id}?` };
	return {
		ja: `${what.ja}「${value}」は定義にありません。${hint.ja}使える値: ${listJa}（${defined} で定義）`,
		en: `Unknown ${what.en.toLowerCase()} "${value}". ${hint.en ? `${hint.en} ` : ''}Use one of: ${listEn} (defined in ${defined}).`,
	};
}
