import { z } from 'astro/zod';

/** A stable ASCII id used in URLs and anchors: lower-case words joined by hyphens, e.g. `digital-strategy`. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'Use lower-case ASCII letters, digits and single hyphens, e.g. "digital-strategy"');

/** A fiscal year (年度) by its starting calendar year: 令和7年度 is 2025. */
export const fiscalYearSchema = z.number().int().min(2000).max(2100);
