import { describe, expect, it } from 'vitest';
import { loadDataset } from '~/lib/data/load-dataset.ts';
import { indicatorRows } from '~/lib/site/indicator-rows.ts';
import { indicatorRecords, recordDocument } from '~/lib/search/indicator-records.ts';
import { snapshotDir } from '../data-dirs.ts';

const { dataset } = loadDataset(snapshotDir);
const rows = indicatorRows(
	dataset!.organization,
	dataset!.planTypes,
	dataset!.plans.map(({ plan }) => plan),
);

describe('search records of indicators (FY2025 snapshot)', () => {
	it('makes one record per indicator and language, landing on the indicator permalink', () => {
		const english = indicatorRecords(rows, 'en');
		expect(english).toHaveLength(36);
		expect(indicatorRecords(rows, 'ja')).toHaveLength(36);
		expect(english.map((record) => record.url)).toContain('/en/2025/policy-management/secretarial/#work-efficiency-indicator-1');
		const overtime = english.find((record) => record.url.endsWith('#work-efficiency-indicator-1'))!;
		expect(overtime.meta).toMatchObject({ section: 'Secretarial Division', kind: 'indicator', year: '2025' });
		expect(overtime.meta.target).toContain('13 hours per person per month');
	});

	it('writes a record as a document Pagefind indexes: language, metadata with the permalink, filters, text', () => {
		const [record] = indicatorRecords(rows, 'ja');
		const html = recordDocument(record);
		expect(html).toMatch(/^<!doctype html><html lang="ja">/u);
		expect(html).toContain(`<meta data-pagefind-meta="url[content]" content="${record.url}">`);
		expect(html).toContain('<meta data-pagefind-filter="year[content]" content="2025">');
		expect(html).toContain('<main data-pagefind-body>');
		for (const line of record.content.split('\n')) expect(html).toContain(`<p>${line}</p>`);
	});

	it('shows markup inside data as text, in content, metadata and filters', () => {
		const html = recordDocument({
			url: '/en/2025/a/b/#c',
			language: 'en',
			content: '<script>alert(1)</script>\nTom & Jerry',
			meta: { title: 'Rate "A", 5 > 3', target: '1,200 or more' },
			filters: { section: ['R&D <Office>'], planType: ['one', 'two'] },
		});
		expect(html).not.toContain('<script>');
		expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>Tom &amp; Jerry</p>');
		expect(html).toContain('content="Rate &quot;A&quot;, 5 &gt; 3"');
		expect(html).toContain('content="1,200 or more"');
		expect(html).toContain('content="R&amp;D &lt;Office&gt;"');
		expect(html.match(/data-pagefind-filter="planType\[content\]"/gu)).toHaveLength(2);
	});
});
