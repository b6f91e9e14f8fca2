import { formatMessage, type MessageTable } from '~/lib/i18n/format-message.ts';
import { compareCells, matchesFilter, normalizeForSearch, type IndexFilter } from '~/lib/site/index-filter.ts';

/**
 * Filtering and sorting for the indicator index. The table is complete without this script;
 * the script reveals the filter form, hides rows that do not match, and sorts by a column header.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-indicator-index]')) {
	const form = root.querySelector<HTMLFormElement>('form')!;
	const table = root.querySelector<HTMLTableElement>('table')!;
	const body = table.tBodies[0];
	const count = root.querySelector<HTMLElement>('[data-count]')!;
	const messages = JSON.parse(count.dataset.messages!) as MessageTable;
	const rows = Array.from(body.rows).map((row) => ({
		row,
		facts: {
			section: row.dataset.section ?? '',
			planTypes: (row.dataset.planTypes ?? '').split(' ').filter(Boolean),
			status: row.dataset.status ?? '',
			targetChanged: row.dataset.targetChanged !== undefined,
			text: normalizeForSearch(row.textContent ?? ''),
		},
	}));

	const apply = () => {
		const data = new FormData(form);
		const filter: IndexFilter = {
			section: String(data.get('section') ?? ''),
			planType: String(data.get('planType') ?? ''),
			status: String(data.get('status') ?? ''),
			text: String(data.get('q') ?? ''),
			targetChanged: data.get('targetChanged') !== null,
		};
		let shown = 0;
		for (const { row, facts } of rows) {
			const visible = matchesFilter(facts, filter);
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		count.textContent = formatMessage(messages, 'indicators.shown', { shown, total: rows.length });
	};
	form.addEventListener('input', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
	form.addEventListener('reset', () => requestAnimationFrame(apply));
	form.hidden = false;

	const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
	const headers = Array.from(table.tHead!.rows[0].cells);
	headers.forEach((header, column) => {
		const button = header.querySelector('button');
		if (!button) return;
		button.hidden = false;
		header.querySelector('[data-plain-label]')?.setAttribute('hidden', '');
		button.addEventListener('click', () => {
			const ascending = header.getAttribute('aria-sort') !== 'ascending';
			for (const other of headers) other.removeAttribute('aria-sort');
			header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			const key = (row: HTMLTableRowElement) => row.cells[column].dataset.sortValue ?? row.cells[column].textContent?.trim() ?? '';
			const sorted = rows.map(({ row }) => row).sort((a, b) => compareCells(key(a), key(b), collator) * (ascending ? 1 : -1));
			body.append(...sorted);
		});
	});
	apply();
}
