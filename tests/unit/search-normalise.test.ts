import { describe, expect, it } from 'vitest';
import { normaliseText } from '~/lib/search/normalise-text.ts';
import { searchTokens } from '~/lib/search/search-tokens.ts';
import { planQuery } from '~/lib/search/plan-query.ts';
import { combineMatches, intersectIds, synonymLabel } from '~/lib/search/combine-matches.ts';

describe('normalising text for search', () => {
	it.each([
		['ＤＸ', 'dx'],
		['ｱﾝｹｰﾄ', 'アンケート'],
		['あんけーと', 'アンケート'],
		['アンケ－ト', 'アンケート'],
		['アンケ〜ト', 'アンケート'],
		['サーバー室', 'サーバ室'],
		['コンピューター', 'コンピュータ'],
		['１３時間', '13時間'],
		['生成ＡＩ', '生成ai'],
		['時間外　勤務', '時間外 勤務'],
		['10〜20件', '10〜20件'],
		['10～20件', '10〜20件'],
		['IT-BCP', 'it-bcp'],
	])('%s → %s', (text, normalised) => {
		expect(normaliseText(text)).toBe(normalised);
	});

	it('gives every spelling of a word the same tokens', () => {
		const tokens = searchTokens(normaliseText('アンケート'));
		for (const variant of ['ｱﾝｹｰﾄ', 'あんけーと', 'アンケ－ト']) expect(searchTokens(normaliseText(variant))).toEqual(tokens);
	});
});

describe('search tokens', () => {
	it('cuts Japanese into overlapping pairs and keeps Latin words and numbers whole', () => {
		const tokens = searchTokens(normaliseText('月13時間/人 IT-BCP'));
		expect(tokens).toHaveLength(6);
		expect(tokens.slice(1, 2)).toEqual(['13']);
		expect(tokens.slice(4)).toEqual(['it', 'bcp']);
		expect(tokens[0]).toMatch(/^q[bcdfghjklmnpqrtvwxz]{4}$/u);
		expect(tokens[2]).toMatch(/^q[bcdfghjklmnpqrtvwxz]{8}$/u);
	});

	it('makes a query a contiguous run of the text’s tokens exactly where the text contains it', () => {
		const text = searchTokens(normaliseText('情報セキュリティ外部監査の実施率')).join(' ');
		expect(text).toContain(searchTokens(normaliseText('外部監査')).join(' '));
		expect(text).not.toContain(searchTokens(normaliseText('監査率')).join(' '));
	});

	it('writes tokens without vowels, s or y, so no stemmer changes them', () => {
		for (const token of searchTokens(normaliseText('漢字かなカナ𠮷'))) expect(token).not.toMatch(/[aeiousy]/u);
	});
});

describe('planning a query', () => {
	const synonyms = [
		{ readerWord: '残業', planWord: '時間外勤務' },
		{ readerWord: 'questionnaire', planWord: 'survey' },
	];

	it('searches each space-separated part as an exact phrase', () => {
		const parts = planQuery('秘書課　時間外勤務', synonyms);
		expect(parts.map((part) => part.typed)).toEqual(['秘書課', '時間外勤務']);
		for (const part of parts) expect(part.alternatives[0].pagefindQueries).toEqual([expect.stringMatching(/^".+"$/u)]);
	});

	it('searches a lone Japanese character as a prefix beside the phrase', () => {
		const [part] = planQuery('60分');
		expect(part.alternatives[0].pagefindQueries).toEqual(['"60"', searchTokens('分')[0]]);
	});

	it('adds the plan’s word for a reader’s word, within a longer part too', () => {
		const [part] = planQuery('残業時間', synonyms);
		expect(part.alternatives.map((alternative) => alternative.text)).toEqual(['残業時間', '時間外勤務時間']);
		expect(part.alternatives[1].synonym).toEqual(synonyms[0]);
		expect(planQuery('QUESTIONNAIRE', synonyms)[0].alternatives[1].text).toBe('survey');
	});

	it('leaves out parts with nothing to search, and an empty query has no parts', () => {
		expect(planQuery('  「」 ・ ')).toEqual([]);
		expect(planQuery('')).toEqual([]);
	});
});

describe('combining the matches of a query’s parts', () => {
	const parts = planQuery('残業 秘書課', [{ readerWord: '残業', planWord: '時間外勤務' }]);

	it('keeps only results that match every part, through a synonym or as typed, in rank order', () => {
		const combined = combineMatches(parts, [[['a'], ['b', 'c']], [['c', 'b', 'd']]]);
		expect(combined.ids).toEqual(['b', 'c']);
		expect(combined.synonymsOf.get('b')?.map(synonymLabel)).toEqual(['時間外勤務 (残業)']);
		expect(combined.unmatchedParts).toEqual([]);
	});

	it('names the part that matched nothing instead of dropping it', () => {
		const combined = combineMatches(parts, [[['a'], []], [[]]]);
		expect(combined.ids).toEqual([]);
		expect(combined.unmatchedParts).toEqual(['秘書課']);
	});

	it('intersects the queries of one alternative', () => {
		expect(
			intersectIds([
				['a', 'b', 'c'],
				['c', 'a'],
			]),
		).toEqual(['a', 'c']);
		expect(intersectIds([])).toEqual([]);
	});
});
