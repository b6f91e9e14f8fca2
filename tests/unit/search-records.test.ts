import { describe, expect, it } from 'vitest';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { searchRecords } from '~/lib/search/search-records.ts';
import { recordDocument } from '~/lib/search/record-document.ts';
import { normaliseText } from '~/lib/search/normalise-text.ts';
import { searchTokens } from '~/lib/search/search-tokens.ts';
import { fictionalDir, snapshotDir } from '../data-dirs.ts';
import type { Plan } from '~/schemas/plan.ts';

function recordsOf(dataDir: string, lang: 'ja' | 'en', change?: (plans: Plan[]) => void) {
	const { dataset } = loadDataset(dataDir);
	const plans = dataset!.plans.map(({ plan }) => structuredClone(plan));
	change?.(plans);
	return searchRecords(dataset!.organization, dataset!.planTypes, plans, lang);
}

describe('search records (FY2025 snapshot)', () => {
	const english = recordsOf(snapshotDir, 'en');
	const overtime = english.find((record) => record.url.endsWith('#work-efficiency-indicator-1'))!;

	it('makes one record per section and per indicator, each landing on its permalink', () => {
		const { dataset } = loadDataset(snapshotDir);
		const indicators = dataset!.plans.flatMap(({ plan }) => plan.initiatives.flatMap((initiative) => initiative.indicators));
		expect(english.filter((record) => record.kind === 'indicator')).toHaveLength(indicators.length);
		expect(english.filter((record) => record.kind === 'section')).toHaveLength(dataset!.plans.length);
		expect(overtime.url).toBe('/en/2025/policy-management/secretarial/#work-efficiency-indicator-1');
	});

	it('shows the fiscal year, department, section, initiative, target and result of an indicator', () => {
		expect(overtime.meta).toMatchObject({ kind: 'indicator', year: 'FY2025', section: 'Secretarial Division', department: 'Policy Management Department' });
		expect(overtime.meta.target).toContain('13 hours per person per month');
		expect(overtime.meta.initiative).toBeTruthy();
		expect(overtime.filters.section).toEqual(['Policy Management Department › Secretarial Division']);
	});

	it('finds an indicator by its initiative’s activities, and by the official Japanese of its name in English', () => {
		const { dataset } = loadDataset(snapshotDir);
		const initiative = dataset!.plans.flatMap(({ plan }) => plan.initiatives).find((item) => item.id === 'work-efficiency')!;
		const texts = overtime.searchable.map(({ text }) => text).join('\n');
		for (const activity of initiative.activities) expect(texts).toContain(activity.text.en ?? activity.text.ja);
		expect(texts).toContain('時間外勤務時間の平均');
	});

	it('gives a numbered indicator the activities of its number (activity ② with indicator ②)', () => {
		const japanese = recordsOf(snapshotDir, 'ja');
		const texts = (anchor: string) =>
			japanese
				.find((record) => record.url.endsWith(anchor))!
				.searchable.map(({ text }) => text)
				.join('\n');
		expect(texts('#audience-tailored-communication-indicator-2')).toContain('スマートフォン講座を開催します');
		expect(texts('#audience-tailored-communication-indicator-2')).not.toContain('報道機関に取り上げられやすい');
		expect(texts('#audience-tailored-communication-indicator-1-2')).toContain('報道機関に取り上げられやすい');
		expect(texts('#audience-tailored-communication-indicator-1-2')).not.toContain('スマートフォン講座を開催します');
	});

	it('weighs the indicator’s own name above the text around it', () => {
		const [name, ...rest] = overtime.searchable;
		expect(name.weight).toBeGreaterThan(Math.max(...rest.map(({ weight }) => weight)));
	});
});

describe('search records of edge cases (fictional city)', () => {
	it('lands an initiative without indicators on its anchor', () => {
		const records = recordsOf(fictionalDir, 'ja', (plans) => {
			plans[0].initiatives[0].indicators = [];
		});
		const initiative = records.find((record) => record.kind === 'initiative')!;
		expect(initiative.url).toMatch(/\/#[a-z0-9-]+$/u);
		expect(initiative.url).not.toContain('-indicator-');
	});

	it('marks Japanese fallbacks in an English record as the other language', () => {
		const records = recordsOf(fictionalDir, 'en', (plans) => {
			delete plans[0].initiatives[0].title.en;
		});
		expect(records.some((record) => record.otherLanguage.includes('initiative'))).toBe(true);
		expect(records.filter((record) => record.otherLanguage.length === 0).length).toBeGreaterThan(0);
	});
});

describe('record documents', () => {
	const [record] = recordsOf(snapshotDir, 'ja').filter((item) => item.kind === 'indicator');
	const html = recordDocument(record);

	it('indexes only the normalised tokens, with weights, and keeps the original text as metadata', () => {
		expect(html).toMatch(/^<!doctype html><html lang="ja">/u);
		expect(html).toContain(`<meta data-pagefind-meta="url[content]" content="${record.url}">`);
		expect(html).toContain(`<meta data-pagefind-meta="title[content]" content="${record.meta.title}">`);
		expect(html).toContain('<meta data-pagefind-filter="year[content]" content="2025">');
		expect(html).toContain(`<p data-pagefind-weight="5">${searchTokens(normaliseText(record.meta.title)).join(' ')}</p>`);
		const body = html.slice(html.indexOf('<main'));
		expect(body).not.toContain(record.meta.title);
	});

	it('shows markup inside data as text, in metadata and filters', () => {
		const document = recordDocument({
			kind: 'indicator',
			url: '/en/2025/a/b/#c',
			language: 'en',
			searchable: [{ text: '<script>alert(1)</script> Tom & Jerry', weight: 1 }],
			meta: { title: 'Rate "A", 5 > 3', target: '1,200 or more' },
			otherLanguage: ['title'],
			filters: { section: ['R&D <Office>'], planType: ['one', 'two'] },
		});
		expect(document).not.toContain('<script>');
		expect(document).toContain('<p>script alert 1 script tom jerry</p>');
		expect(document).toContain('content="Rate &quot;A&quot;, 5 &gt; 3"');
		expect(document).toContain('<meta data-pagefind-meta="other[content]" content="title">');
		expect(document).toContain('content="R&amp;D &lt;Office&gt;"');
		expect(document.match(/data-pagefind-filter="planType\[content\]"/gu)).toHaveLength(2);
	});
});
