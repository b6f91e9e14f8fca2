/**
 * The search page, on Pagefind's JavaScript API: the query comes from `?q=`, results update as the
 * reader types or changes a filter, and the count is announced in a live region. Each indicator result
 * links to the indicator's permalink and shows its section and target.
 */
import { formatMessage, type MessageTable } from '~/lib/i18n/format-message.ts';

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement) {
	const messages = JSON.parse(root.dataset.messages!) as MessageTable;
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-results]')!;
	const filtersBox = form.querySelector<HTMLElement>('.search__filters')!;
	let pagefind: Pagefind;
	try {
		const url = `${root.dataset.index}pagefind.js`;
		pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ excerptLength: 24 });
	} catch {
		// `npm run dev` serves no search index (Pagefind writes it after a build): say so instead of failing.
		if (import.meta.env.DEV) form.hidden = true;
		root.querySelector<HTMLElement>(import.meta.env.DEV ? '[data-development-notice]' : '[data-error]')!.hidden = false;
		return;
	}
	const available = await pagefind.filters();
	for (const [name, values] of Object.entries(available)) {
		const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
		if (!select) continue;
		for (const value of Object.keys(values).sort()) select.add(new Option(value, value));
	}
	filtersBox.hidden = false;
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const select of form.querySelectorAll('select')) select.value = params.get(select.name) ?? '';

	let latest = 0;
	const run = async () => {
		const query = input.value.trim();
		const run = ++latest;
		const filters: Record<string, string> = {};
		for (const select of form.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
		const next = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
		history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
		if (!query) {
			list.replaceChildren();
			status.textContent = messages['search.noQuery'];
			return;
		}
		status.textContent = messages['search.loading'];
		const search = await pagefind.search(query, { filters });
		if (!search || run !== latest) return;
		const results = await Promise.all(search.results.slice(0, 50).map((result) => result.data()));
		if (run !== latest) return;
		list.replaceChildren(...results.map(renderResult));
		const count = search.results.length;
		status.textContent = formatMessage(messages, count === 0 ? 'search.none' : 'search.count', { query, count });
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	void run();

	function renderResult(result: PagefindResult): HTMLLIElement {
		const item = document.createElement('li');
		item.className = 'search-result';
		const isIndicator = result.meta.kind === 'indicator';
		const kind = document.createElement('p');
		kind.className = 'search-result__kind';
		kind.textContent = isIndicator ? `${messages['search.indicator']} · ${result.meta.section}` : messages['search.page'];
		const link = document.createElement('a');
		// Indicator records carry their permalink (page and anchor) as metadata.
		link.href = result.meta.url ?? result.url;
		link.className = 'search-result__title';
		link.textContent = result.meta.title ?? result.url;
		const heading = document.createElement('h2');
		heading.append(link);
		item.append(heading, kind);
		if (isIndicator) {
			const details = document.createElement('p');
			details.className = 'search-result__target';
			details.textContent = `${result.meta.initiative} — ${result.meta.target}`;
			item.append(details);
		}
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		// Pagefind escapes the indexed text and adds only <mark> around matches.
		excerpt.innerHTML = result.excerpt;
		item.append(excerpt);
		return item;
	}
}
