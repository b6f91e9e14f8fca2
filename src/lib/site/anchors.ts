import type { Indicator, Initiative } from '../../schemas/plan.ts';

/**
 * Permalink anchors, the same in both languages and stable while ids and numbers stay:
 * an initiative by its id, an indicator by its initiative and its number (① → 1, ①ー2 → 1-2),
 * or by its position where the plan does not number it.
 */
export function initiativeAnchor(initiative: Pick<Initiative, 'id'>): string {
	return initiative.id;
}

/** `①` → `1`, `⑫` → `12`, `①ー2` → `1-2`. */
export function numberKey(number: string): string {
	const circled = number.codePointAt(0)! - 0x2460 + 1;
	const sub = number.split('ー')[1];
	return sub ? `${circled}-${sub}` : String(circled);
}

export function indicatorAnchor(initiative: Pick<Initiative, 'id'>, indicator: Pick<Indicator, 'number'>, position: number): string {
	return `${initiative.id}-indicator-${indicator.number ? numberKey(indicator.number) : position + 1}`;
}
