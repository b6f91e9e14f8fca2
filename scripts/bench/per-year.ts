/** What `npm run bench -- --years Y` reports for each fiscal year of a built site. */
import path from 'node:path';
import { listFiles } from '../../src/lib/files/list-files.ts';
import { directorySize } from './measure.ts';

interface GeneratedPlan {
	plan: { fiscalYear: number; initiatives: Array<{ indicators: unknown[] }> };
}

/**
 * Per fiscal year: its plan files and indicators, its HTML pages (those under a path naming the year:
 * year, department and section pages, the year's indicator index parts and target changes; the latest
 * year's `/indicators/` and `/target-changes/` pages are counted with the site) and its downloads' size.
 */
export function perYearFigures(siteDir: string, plans: readonly GeneratedPlan[]) {
	const pages = listFiles(siteDir, /\.html$/u).map((file) => path.relative(siteDir, file).split(path.sep).join('/'));
	const years = [...new Set(plans.map(({ plan }) => plan.fiscalYear))].sort((a, b) => b - a);
	return years.map((fiscalYear) => {
		const ofYear = plans.filter(({ plan }) => plan.fiscalYear === fiscalYear);
		return {
			fiscalYear,
			planFiles: ofYear.length,
			indicators: ofYear.reduce((sum, { plan }) => sum + plan.initiatives.reduce((count, initiative) => count + initiative.indicators.length, 0), 0),
			pages: pages.filter((page) => page.split('/').includes(String(fiscalYear))).length,
			downloadsMiB: Math.round((directorySize(path.join(siteDir, 'data', String(fiscalYear))) / 2 ** 20) * 10) / 10,
		};
	});
}
