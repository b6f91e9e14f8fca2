import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset, planFiles } from '~/lib/data/load-dataset.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { planFields } from '~/lib/cms/cms-fields.ts';
import { createPlanFileFormat } from '~/lib/cms/plan-file-format.ts';
import { canonicalYaml } from '~/lib/yaml-format/canonical-yaml.ts';
import { fictionalDir, publishedDataDir, snapshotDir } from '../data-dirs.ts';

/** Every committed data set: the published data and the fixtures. */
const dataDirs = [publishedDataDir, snapshotDir, fictionalDir, 'tests/fixtures/second-city'];

/** The format as the admin page registers it, with the plan fields of the data set. */
function formatFor(dataDir: string) {
	const { dataset } = loadDataset(dataDir);
	const strings = { ja: useTranslations('ja'), en: useTranslations('en') };
	return createPlanFileFormat(planFields(strings, dataset!.scales, dataset!.planTypes));
}

/** What the form hands back: plain data, as JSON (Decap's form state is plain objects). */
const asForm = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const files = dataDirs.flatMap((dataDir) => planFiles(dataDir).map((file) => ({ dataDir, file })));

const fictionalRecords = `# A comment the editor must keep.
fiscalYear: 2025
department: civic-services
section: records
mission:
  - text:
      ja: 使命です。
      en: "Quoted English."
initiatives:
  - id: digitize-records
    rank: 1
    planTypes: [individual-plan]
    title:
      ja: 記録の電子化
    activities:
      - text:
          ja: 電子化します。 # why: the city's wording
    indicators:
      - name:
          ja: 件数
        target:
          text:
            ja: 100件
    customNote: a field the editor does not know
`;

describe('the form editor reading and writing plan files', () => {
	it.each(files)('$file survives a save without edits byte for byte', ({ dataDir, file }) => {
		const format = formatFor(dataDir);
		const text = readFileSync(file, 'utf8');
		expect(format.toFile(asForm(format.fromFile(text)))).toBe(text);
	});

	it.each(files)('$file survives an edit and its undoing byte for byte, and a fresh write keeps its data in the canonical form', ({ dataDir, file }) => {
		const format = formatFor(dataDir);
		const text = readFileSync(file, 'utf8');
		const data = asForm(format.fromFile(text)) as { initiatives: Array<{ title: { ja: string } }> };
		const edited = asForm(data);
		edited.initiatives[0].title.ja += '（編集）';
		const expected = parse(text);
		expected.initiatives[0].title.ja += '（編集）';
		expect(parse(format.toFile(edited))).toEqual(expected);
		expect(format.toFile(data)).toBe(text);

		// A plan the format never read (a new file) is written in the canonical form, with the same data.
		const fresh = formatFor(dataDir).toFile(asForm(data));
		expect(parse(fresh)).toEqual(parse(text));
		expect(canonicalYaml(fresh)).toBe(fresh);
	});

	it.each(files)('$file, once formatted, gains only the added lines when a review or a note is added', ({ dataDir, file }) => {
		const format = formatFor(dataDir);
		const text = canonicalYaml(readFileSync(file, 'utf8'));
		const data = asForm(format.fromFile(text)) as { initiatives: Array<Record<string, unknown> & { notes?: unknown[]; review?: { midYear?: unknown } }> };
		const unreported = data.initiatives.find((initiative) => !initiative.review?.midYear);
		if (unreported)
			unreported.review = {
				...unreported.review,
				midYear: { status: 'on-track', firstHalfAssessment: { ja: '順調です。', en: '' }, secondHalfPlan: { ja: '続けます。' } },
			};
		else data.initiatives[0].notes = [...(data.initiatives[0].notes ?? []), { ja: '注記を加えます。' }];
		const saved = format.toFile(data);
		const before = text.split('\n');
		const after = saved.split('\n');
		// Every line of the file is still there, in order; the new ones are added between them.
		let next = 0;
		for (const line of after) if (line === before[next]) next += 1;
		expect(next).toBe(before.length);
		expect(after.length).toBeGreaterThan(before.length);
		expect(canonicalYaml(saved)).toBe(saved);
	});

	it('keeps comments, quoting, flow lists and fields it does not know, and orders new keys as the schema does', () => {
		const format = createPlanFileFormat(
			planFields({ ja: useTranslations('ja'), en: useTranslations('en') }, { progressStatus: [], rating: [] }, { planTypes: [] }),
		);
		const data = asForm(format.fromFile(fictionalRecords)) as { initiatives: Array<Record<string, unknown>> };
		// The form sends what a staff member typed, in the order they typed it, and blank optional fields.
		data.initiatives[0].review = {
			midYear: { secondHalfPlan: { ja: '続けます。', en: '' }, status: 'on-track', firstHalfAssessment: { ja: '順調です。' }, reportedOn: '' },
		};
		data.initiatives[0].notes = [];
		const saved = format.toFile(data);
		expect(saved).toBe(
			fictionalRecords.replace(
				'    customNote: a field the editor does not know\n',
				`    review:
      midYear:
        status: on-track
        firstHalfAssessment:
          ja: 順調です。
        secondHalfPlan:
          ja: 続けます。
    customNote: a field the editor does not know
`,
			),
		);
	});

	it('removes an optional field the form cleared, and nothing else', () => {
		const format = createPlanFileFormat([]);
		const data = asForm(format.fromFile(fictionalRecords)) as { mission: Array<{ text: { en?: string } }> };
		data.mission[0].text.en = '';
		expect(format.toFile(data)).toBe(fictionalRecords.replace('      en: "Quoted English."\n', ''));
	});
});
