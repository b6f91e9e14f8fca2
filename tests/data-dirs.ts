/**
 * The data sets the tests read. What a test checks about the published data must hold for ANY valid data
 * set (`DATA_DIR=<dir> npm test` proves it on another); exact expectations belong on the fixtures.
 */

/** The data the site publishes: `DATA_DIR` when set, else `data/` (the rule `npm run build` follows, an empty value included). */
export const publishedDataDir = process.env.DATA_DIR?.trim() || 'data';

/** A frozen copy of Machida's FY2025 data (see its README): real Japanese text for exact expectations. */
export const snapshotDir = 'tests/fixtures/machida-fy2025-snapshot';

/** Made-up data with reviews, results, two fiscal years and a missing translation. */
export const fictionalDir = 'tests/fixtures/fictional-city';

/** The table export the snapshot's plans were imported from. */
export const snapshotExport = `${snapshotDir}/sources/2025-policy-management-plan-tables.tsv`;
