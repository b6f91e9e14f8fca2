import path from 'node:path';
import { runImport, type ImportOptions, type ImportReport } from './run-import.ts';
import { loadWorkbook, readWorkbookTables, workbookProblemAt, workbookRows, WorkbookProblem } from './read-workbook.ts';
import { checkWorkbookCells } from './workbook-cells.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { DataProblem } from '../data/data-problem.ts';
import { importReviews, isReviewWorkbook } from './import-reviews.ts';
import { aboutSheetName, scalesSheetName } from './workbook-layout.ts';

/**
 * Imports an `.xlsx` workbook. One that `npm run export -- --format xlsx` wrote is read for its reviews only
 * (see import-reviews.ts), unless `force` is given: then, like any workbook in the city's table layout, it is
 * read as whole plans, through the same import as the tab-separated export. Problems name the sheet, row and
 * column; nothing is written when there is any.
 */
export async function runWorkbookImport(options: ImportOptions): Promise<ImportReport & { mode: 'reviews' | 'plans' }> {
	const input = path.relative(process.cwd(), options.input).split(path.sep).join('/');
	try {
		const workbook = await loadWorkbook(options.input);
		if (isReviewWorkbook(workbook) && !options.force) return { ...importReviews(workbook, options), mode: 'reviews' };
		const sheets = workbookRows(workbook, [aboutSheetName, scalesSheetName]);
		const { dataset } = loadDataset(options.dataDir);
		const errors: DataProblem[] = [];
		if (dataset) checkWorkbookCells(sheets, dataset, (place, message) => errors.push(workbookProblemAt(input, place, message)));
		if (errors.length) return { outcomes: [], errors, wrote: false, mode: 'plans' };
		const { tables, placeOf } = readWorkbookTables(sheets);
		const report = runImport({
			...options,
			tables: { read: () => tables, problemAt: (line, message) => workbookProblemAt(input, placeOf(line), message), sourceLine: (line) => placeOf(line).row },
		});
		return { ...report, mode: 'plans' };
	} catch (error) {
		if (error instanceof WorkbookProblem) return { outcomes: [], errors: [workbookProblemAt(input, error.place, error.problem)], wrote: false, mode: 'plans' };
		throw error;
	}
}
