import { z } from 'astro/zod';
import { bilingual } from './bilingual-message.ts';

/** A stable ASCII id used in URLs and anchors: lower-case words joined by hyphens, e.g. `digital-strategy`. */
export const slugSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/u,
		bilingual(
			'Use lower-case ASCII letters, digits and single hyphens, e.g. "digital-strategy".',
			'半角の小文字英字・数字と、間に1つずつのハイフンで書いてください（例: "digital-strategy"）。',
		),
	);

/** A calendar date written `YYYY-MM-DD` (e.g. `2025-10-15`), the only form accepted. */
export const isoDateSchema = z.iso.date({
	error: bilingual('Write the date as YYYY-MM-DD, e.g. 2025-10-15.', '日付は YYYY-MM-DD の形で書いてください（例: 2025-10-15）。'),
});

/** A fiscal year (年度) by its starting calendar year: 令和7年度 is 2025. */
export const fiscalYearSchema = z.number().int().min(2000).max(2100);
