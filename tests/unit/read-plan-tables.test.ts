import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanTables, ExportRowError } from '~/lib/import/read-plan-tables.ts';
import { readPlanTypeCell, UnknownPlanTypeError } from '~/lib/import/plan-type-cell.ts';
import { removeWrapSpaces, splitItems, splitNotes } from '~/lib/import/repair-text.ts';
import { load } from 'js-yaml';
import { noPlanTypes, planTypesSchema } from '~/schemas/plan-types.ts';

/** The fictional fixture's plan types (the same import words as the city's export uses). */
const planTypes = planTypesSchema.parse(load(readFileSync('tests/fixtures/fictional-city/plan-types.yaml', 'utf8')));

import { snapshotExport as source } from '../data-dirs.ts';

describe('repairing the export text', () => {
	it('removes spaces that PDF wrapping put inside Japanese words', () => {
		expect(removeWrapSpaces('情報セキュ リティの確保')).toBe('情報セキュリティの確保');
		expect(removeWrapSpaces('シティプロ モーションの 推進')).toBe('シティプロモーションの推進');
		expect(removeWrapSpaces('40台(20% 減)')).toBe('40台(20%減)');
	});
	it('keeps spaces that belong to the text between Latin words and numbers', () => {
		expect(removeWrapSpaces('IT-BCP plan 2 cases')).toBe('IT-BCP plan 2 cases');
	});
	it('splits circled-number items and keeps `・` inside words as text', () => {
		expect(splitItems('①解体設計 ②基本設計', { circledOnly: true })).toEqual([
			{ marker: '①', text: '解体設計' },
			{ marker: '②', text: '基本設計' },
		]);
		expect(splitItems('①40台(20% 減) ②機器撤去 ・用途の検討', { circledOnly: true })[1]).toEqual({ marker: '②', text: '機器撤去・用途の検討' });
		expect(splitItems('・町田市へ寄せられる。・市政に対する意見・提案')).toEqual([
			{ marker: '・', text: '町田市へ寄せられる。' },
			{ marker: '・', text: '市政に対する意見・提案' },
		]);
	});
	it('reads sub-indicator numbers such as ①ー1', () => {
		expect(splitItems('①ー1 累計68回(年12回) ①ー2 12件 ②3回', { circledOnly: true })).toEqual([
			{ marker: '①ー1', text: '累計68回(年12回)' },
			{ marker: '①ー2', text: '12件' },
			{ marker: '②', text: '3回' },
		]);
	});
	it('strips leaked list markup and splits flattened lists into sentences', () => {
		expect(splitItems('<ul style="list-style-type: none"> 一つ目です。 二つ目です。 </ul>')).toEqual([{ text: '一つ目です。' }, { text: '二つ目です。' }]);
		expect(splitItems('<p>①外部監査を行います。</p> <p>続きです。</p>')).toEqual([{ marker: '①', text: '外部監査を行います。' }, { text: '続きです。' }]);
	});
	it('splits a ※ note off an indicator', () => {
		expect(splitNotes('営業日の割合 ※営業日・・・出張日を除く')).toEqual({ text: '営業日の割合', notes: ['※営業日・・・出張日を除く'] });
	});
});

describe('reading plan-type cells', () => {
	it.each([
		['個別 計画', ['individual-plan']],
		['経営 改革 組 む 策 /全 庁 で 取 り', ['management-reform-plan', 'city-wide-initiative']],
		['／経営 改革 事業 見直し', ['management-reform-plan', 'administrative-work-review']],
		['人材 育 成', ['human-resource-development']],
		['重点 事業 プラン', ['priority-project-plan']],
		['事務 事業 見直し', ['administrative-work-review']],
		['-', []],
	])('%s', (cell, expected) => {
		expect(readPlanTypeCell(cell, planTypes)).toEqual(expected);
	});
	it('fails loudly when no plan type fits', () => {
		expect(() => readPlanTypeCell('特別 計画', planTypes)).toThrow(UnknownPlanTypeError);
	});
	it('refuses more types than an initiative may have', () => {
		expect(() => readPlanTypeCell('個別 計画 人材 育成 重点', planTypes)).toThrow(/maxPerInitiative|plan-types\.yaml/u);
	});
	it('reads only "-" or an empty cell in a data set without plan types', () => {
		expect(readPlanTypeCell(' - ', noPlanTypes)).toEqual([]);
		expect(() => readPlanTypeCell('個別 計画', noPlanTypes)).toThrow(/defines no plan types/u);
	});
});

describe('reading the table export of the FY2025 snapshot', () => {
	const tables = readPlanTables(readFileSync(source, 'utf8'));

	it('finds the five tables, including the one continued after a page break', () => {
		expect(tables.map((table) => table.name)).toEqual([
			'政策経営部企画政策課公共施設再編担当',
			'政策経営部デジタル戦略室',
			'政策経営部秘書課',
			'政策経営部広報課',
			'政策経営部広聴課',
		]);
		expect(tables[1].initiatives.map((initiative) => initiative.rank)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('names the line of a row it cannot read', () => {
		expect(() => readPlanTables('部課名\t\t政策経営部秘書課\n1\t-\t\t\t\t\n')).toThrow(ExportRowError);
		expect(() => readPlanTables('部課名\t\t政策経営部秘書課\n1\t-\t\t\t\t\n')).toThrow(/^line 2:/u);
	});
});
