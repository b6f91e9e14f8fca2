/**
 * One search result as the page shows it, from the record's metadata (the original texts, not the indexed
 * tokens): its title linking to the permalink, what it is, its fiscal year, department and section, an
 * indicator's initiative, target and result, and the synonyms that found it. A text in the other language
 * than the page's (an untranslated fallback) carries its own `lang`.
 */
import { templateParts, type MessageTable } from '~/lib/i18n/format-message.ts';
import { textLanguage } from '~/lib/i18n/text-language.ts';
import { synonymLabel } from '~/lib/search/combine-matches.ts';
import type { Synonym } from '~/lib/search/plan-query.ts';

export interface ResultData {
	url: string;
	meta: Record<string, string>;
}

const kindKeys: Record<string, string> = { indicator: 'search.indicator', initiative: 'search.initiative', section: 'search.section', page: 'search.page' };

/**
 * A UI string whose `{words}` are synonym labels (`時間外勤務 (残業)`), each marked with its own language when
 * it is not the page's: the city's synonyms mix Japanese and English words.
 */
export function synonymParts(template: string, synonyms: readonly Synonym[], pageLang: string): Array<string | Node> {
	return templateParts(template).flatMap((part) => {
		if (part !== '{words}') return [part];
		return synonyms.flatMap((synonym, index) => {
			const label = synonymLabel(synonym);
			const lang = textLanguage(label);
			const word = lang === pageLang ? label : Object.assign(document.createElement('span'), { lang, textContent: label });
			return index ? [', ', word] : [word];
		});
	});
}

export function renderResult(result: ResultData, messages: MessageTable, pageLang: string, synonyms: Synonym[] = []): HTMLLIElement {
	const { meta } = result;
	const otherLanguage = pageLang === 'ja' ? 'en' : 'ja';
	const foreign = new Set((meta.other ?? '').split(' '));
	const text = (tag: string, field: string, className?: string) => {
		const element = document.createElement(tag);
		element.textContent = meta[field] ?? '';
		if (foreign.has(field)) element.lang = otherLanguage;
		if (className) element.className = className;
		return element;
	};
	const item = document.createElement('li');
	item.className = 'search-result';
	const link = document.createElement('a');
	// Records carry their permalink (page and anchor) as metadata.
	link.href = meta.url ?? result.url;
	link.className = 'search-result__title';
	if (meta.number) link.append(`${meta.number} `);
	link.append(text('span', 'title'));
	const heading = document.createElement('h2');
	heading.append(link);
	const kind = document.createElement('p');
	kind.className = 'search-result__kind';
	kind.append(messages[kindKeys[meta.kind] ?? 'search.page']);
	if (meta.year) kind.append(` · ${meta.year} · `, text('span', 'department'), ' · ', text('span', 'section'));
	item.append(heading, kind);
	if (meta.kind === 'indicator') {
		item.append(text('p', 'initiative', 'search-result__initiative'));
		const values = document.createElement('dl');
		values.className = 'search-result__values';
		const pair = (label: string, value: HTMLElement) => {
			const row = document.createElement('div');
			const term = document.createElement('dt');
			term.textContent = label;
			row.append(term, value);
			values.append(row);
		};
		pair(messages['indicator.target'], text('dd', 'target', 'search-result__target'));
		const outcome = meta.result ? text('dd', 'result') : document.createElement('dd');
		if (!meta.result) outcome.textContent = messages['review.notYetReported'];
		outcome.classList.add('search-result__result');
		pair(messages['indicator.result'], outcome);
		item.append(values);
	}
	if (synonyms.length) {
		const found = document.createElement('p');
		found.className = 'search-result__synonym';
		found.append(...synonymParts(messages['search.foundBy'], synonyms, pageLang));
		item.append(found);
	}
	return item;
}
