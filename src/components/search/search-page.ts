/**
 * The search page, on Pagefind's JavaScript API. What was typed before the script was ready is kept; the
 * search runs shortly after the last keystroke; each part of the query is searched on its own (with the
 * city's synonyms) and a result must match all of them (see `~/lib/search/`); the first ten results show
 * as soon as their fragments arrive, and "more" loads the next ten. The filters (fiscal year, department,
 * then a section of that department, plan type) are folded, and their lists load only when opened.
 */
import { formatMessage, type MessageTable } from '~/lib/i18n/format-message.ts';
import { planQuery, type Synonym } from '~/lib/search/plan-query.ts';
import { combineMatches, intersectIds } from '~/lib/search/combine-matches.ts';
import { sectionFilterSeparator } from '~/lib/search/search-filters.ts';
import { renderResult, synonymParts, type ResultData } from './search-result.ts';

interface PagefindResult {
	id: string;
	data(): Promise<ResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at once, and added by each "more". */
const pageSize = 10;
/** The pause after the last keystroke before searching: short enough to feel immediate. */
const typingPause = 80;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
	const messages = JSON.parse(root.dataset.messages!) as MessageTable;
	const synonyms = JSON.parse(root.dataset.synonyms ?? '[]') as Synonym[];
	const pageLang = document.documentElement.lang;
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-results]')!;
	// The "more" button exists only with a script, so the page without one has no dead control.
	const more = Object.assign(document.createElement('button'), { type: 'button', className: 'button search__more', hidden: true });
	list.after(more);
	const help = root.querySelector<HTMLElement>('[data-help]')!;
	const filtersBox = form.querySelector<HTMLDetailsElement>('.search__filters')!;
	const selects = [...form.querySelectorAll('select')];
	const select = (name: string) => selects.find((element) => element.name === name)!;

	// The address's query goes into the box at once, unless the reader has already started typing.
	const params = new URLSearchParams(location.search);
	if (!input.value) input.value = params.get('q') ?? '';
	const wanted = Object.fromEntries(selects.map(({ name }) => [name, params.get(name) ?? '']));
	filtersBox.hidden = false;
	// Folded unless the address asks for a filter: results come first, on a phone too.
	filtersBox.open = Object.values(wanted).some(Boolean);

	let pagefind: Pagefind | undefined;
	const ready = (async () => {
		try {
			pagefind = (await import(/* @vite-ignore */ `${root.dataset.index}pagefind.js`)) as Pagefind;
			await pagefind.options({ excerptLength: 0 });
			await pagefind.init();
			// A large site's index comes in parts; each is searched with the first, its results ranked with them.
			const indexParts = JSON.parse(root.dataset.indexParts ?? '[]') as string[];
			await Promise.all(indexParts.map((part) => pagefind!.mergeIndex(part)));
		} catch {
			// `npm run dev` serves no search index (Pagefind writes it after a build): say so instead of failing.
			if (import.meta.env.DEV) form.hidden = true;
			root.querySelector<HTMLElement>(import.meta.env.DEV ? '[data-development-notice]' : '[data-error]')!.hidden = false;
			pagefind = undefined;
		}
	})();

	let filterOptions: Promise<void> | undefined;
	/** Fills the filter lists (once, when first needed: the lists of a large site are not small). */
	const loadFilterOptions = () =>
		(filterOptions ??= ready.then(async () => {
			if (!pagefind) return;
			const available = await pagefind.filters();
			for (const element of selects) {
				const values = Object.keys(available[element.name] ?? {}).sort();
				if (element.name === 'section') element.dataset.values = JSON.stringify(values);
				else for (const value of values) element.add(new Option(value, value));
				element.value = wanted[element.name] && element.name !== 'section' ? wanted[element.name] : '';
			}
			fillSections(wanted.section);
		}));

	/** The section list holds only the sections of the chosen department. */
	function fillSections(value = '') {
		const sections = select('section');
		const department = select('department').value;
		const values = JSON.parse(sections.dataset.values ?? '[]') as string[];
		const prefix = `${department}${sectionFilterSeparator}`;
		sections.replaceChildren(new Option(messages[department ? 'search.filterAll' : 'search.filterSectionFirst'], ''));
		for (const full of department ? values.filter((entry) => entry.startsWith(prefix)) : []) sections.add(new Option(full.slice(prefix.length), full));
		sections.disabled = !department;
		sections.value = department && value.startsWith(prefix) ? value : '';
	}

	let latest = 0;
	let shown: { ids: string[]; results: Map<string, PagefindResult>; synonymsOf: Map<string, Synonym[]> } | undefined;

	async function showMore() {
		if (!shown) return;
		const run = latest;
		const from = list.children.length;
		const next = shown.ids.slice(from, from + pageSize);
		const data = await Promise.all(next.map((id) => shown!.results.get(id)!.data()));
		if (run !== latest) return;
		list.append(...data.map((result, index) => renderResult(result, messages, pageLang, shown!.synonymsOf.get(next[index]))));
		more.hidden = list.children.length >= shown.ids.length;
		more.textContent = formatMessage(messages, 'search.more', { shown: list.children.length, count: shown.ids.length });
	}

	async function run() {
		const query = input.value.trim();
		const run = ++latest;
		const filters: Record<string, string> = {};
		for (const element of selects) if (element.value) filters[element.name] = element.value;
		const address = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
		history.replaceState(null, '', `${location.pathname}${address.size ? `?${address}` : ''}`);
		const parts = planQuery(query, synonyms);
		shown = undefined;
		if (!parts.length) {
			list.replaceChildren();
			more.hidden = help.hidden = true;
			status.textContent = messages['search.noQuery'];
			return;
		}
		status.textContent = messages['search.loading'];
		await ready;
		if (!pagefind || run !== latest) return;
		const results = new Map<string, PagefindResult>();
		const searchIds = async (pagefindQuery: string) => {
			const search = await pagefind!.search(pagefindQuery, { filters });
			return (search?.results ?? []).map((result) => (results.set(result.id, result), result.id));
		};
		const matches = await Promise.all(
			parts.map((part) =>
				Promise.all(part.alternatives.map(async (alternative) => intersectIds(await Promise.all(alternative.pagefindQueries.map(searchIds))))),
			),
		);
		if (run !== latest) return;
		const combined = combineMatches(parts, matches);
		shown = { ids: combined.ids, results, synonymsOf: combined.synonymsOf };
		list.replaceChildren();
		await showMore();
		if (run !== latest) return;
		const count = combined.ids.length;
		const usedSynonyms = [...new Set([...combined.synonymsOf.values()].flat())];
		status.replaceChildren(
			formatMessage(messages, count === 0 ? 'search.none' : 'search.count', { query, count }),
			...(count === 0 && combined.unmatchedParts.length && parts.length > 1
				? [' ', formatMessage(messages, 'search.missingPart', { part: combined.unmatchedParts.join(' ') })]
				: []),
			...(usedSynonyms.length ? [' ', ...synonymParts(messages['search.synonyms'], usedSynonyms, pageLang)] : []),
		);
		help.hidden = count > 0;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	const soon = () => {
		clearTimeout(timer);
		timer = setTimeout(run, typingPause);
	};
	input.addEventListener('input', soon);
	form.addEventListener('change', (event) => {
		if (event.target === select('department')) fillSections();
		if (event.target !== input) soon();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	more.addEventListener('click', async () => {
		// Keyboard and screen-reader users continue at the first of the results just added.
		const first = list.children.length;
		await showMore();
		list.children[first]?.querySelector('a')?.focus();
	});
	filtersBox.addEventListener('toggle', () => {
		if (filtersBox.open) void loadFilterOptions();
	});
	if (Object.values(wanted).some(Boolean)) void loadFilterOptions().then(run);
	else void run();
}
