import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rule sets we hold every page to: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Runs axe-core in the page; returns each violation as `rule: target (help)` for readable failures. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axeSource });
	const results = (await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			}),
		axeTags,
	)) as AxeResults;
	return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`));
}
