/**
 * A synthetic, clearly fictional data set of any size for `npm run bench`: departments of 20 sections,
 * 4–6 initiatives per plan, 1–3 indicators per initiative, both reviews filled in. Its wording is drawn
 * from a pool of real plan text (the seed), so that page sizes and the search index grow as they would
 * for a real city; the organization is marked `fictional`, so every page says so. Pure and deterministic.
 */
import type { LocalizedText } from '../../src/schemas/localized-text.ts';

/** Texts of real plans that synthetic plans are composed from, keeping their lengths and vocabulary. */
export interface PhrasePool {
	missions: LocalizedText[];
	titles: LocalizedText[];
	activities: LocalizedText[];
	/** Indicator names with their own targets, so that a name never meets a target of another kind. */
	indicators: Array<{ name: LocalizedText; target: LocalizedText }>;
	/** Plan type ids as the seed uses them, one or two per initiative. */
	planTypes: string[][];
}

/** What plan files look like as YAML input (the subset the generator writes). */
interface RawTextItem {
	marker?: string;
	text: LocalizedText;
}
interface RawPlan {
	mission: RawTextItem[];
	initiatives: Array<{
		planTypes?: string[];
		title: LocalizedText;
		activities: RawTextItem[];
		indicators: Array<{ name: LocalizedText; target: { text: LocalizedText } }>;
	}>;
}

/** Collects the phrase pool from parsed plan files (raw YAML objects). */
export function phrasePool(plans: unknown[]): PhrasePool {
	const pool: PhrasePool = { missions: [], titles: [], activities: [], indicators: [], planTypes: [] };
	for (const plan of plans as RawPlan[]) {
		pool.missions.push(...plan.mission.map((item) => item.text));
		for (const initiative of plan.initiatives) {
			pool.titles.push(initiative.title);
			pool.activities.push(...initiative.activities.map((item) => item.text));
			pool.indicators.push(...initiative.indicators.map((indicator) => ({ name: indicator.name, target: indicator.target.text })));
			if (initiative.planTypes?.length) pool.planTypes.push(initiative.planTypes);
		}
	}
	// Plan types are optional: a data set without them gives plans without them.
	for (const [name, list] of Object.entries(pool)) if (!list.length && name !== 'planTypes') throw new Error(`The phrase pool has no ${name}.`);
	return pool;
}

/**
 * A small seeded pseudo-random generator (mulberry32): the same options give the same data set (and the same
 * seed the same fuzz cases, in tests/unit/fuzz-validate.test.ts).
 */
export function randomSource(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		/** A number from 0 (included) to 1 (excluded). */
		next,
		/** An integer from `min` to `max`, both included. */
		between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
		chance: (probability: number) => next() < probability,
	};
}
type Random = ReturnType<typeof randomSource>;

export const sectionsPerDepartment = 20;
const circled = '①②③④⑤⑥⑦⑧⑨⑩';

/** Marks a title as fictional and numbers it in both languages, so that every synthetic title is unique and findable. */
const numbered = (text: LocalizedText, number: string): LocalizedText => ({
	ja: `${text.ja}（架空${number}）`,
	en: `${text.en ?? text.ja} (fictional ${number})`,
});

/** A result for a target: the target itself (achieved) or its first number lowered by a fifth. */
function resultFor(target: LocalizedText, random: Random): { text: LocalizedText; achieved?: boolean } {
	const hasNumber = /\d/u.test(target.ja);
	if (!hasNumber) return random.chance(0.7) ? { text: target, achieved: true } : { text: { ja: '未完了', en: 'Not completed' }, achieved: false };
	if (random.chance(0.6)) return { text: target };
	const lower = (text: string) => text.replace(/\d+(?:\.\d+)?/u, (value) => String(Math.floor(Number(value) * 0.8)));
	return { text: { ja: lower(target.ja), en: lower(target.en ?? target.ja) } };
}

function syntheticPlan(pool: PhrasePool, random: Random, fiscalYear: number, department: string, section: string, sectionNumber: number) {
	const reviewText = (label: string, rank: number): LocalizedText => ({
		ja: `${random.pick(pool.activities).ja}（架空の${label}・取組${rank}）`,
		en: `${random.pick(pool.activities).en} (fictional ${label}, initiative ${rank})`,
	});
	return {
		fiscalYear,
		department,
		section,
		mission: Array.from({ length: random.between(1, 3) }, () => ({ text: random.pick(pool.missions) })),
		initiatives: Array.from({ length: random.between(4, 6) }, (_, index) => {
			const rank = index + 1;
			const count = random.between(1, 3);
			const indicators = Array.from({ length: count }, (_, position) => {
				const { name, target } = random.pick(pool.indicators);
				return { number: circled[position], name, target: { text: target }, result: resultFor(target, random) };
			});
			return {
				id: `initiative-${rank}`,
				rank,
				planTypes: pool.planTypes.length ? random.pick(pool.planTypes) : [],
				title: numbered(random.pick(pool.titles), `${sectionNumber}-${rank}`),
				activities: indicators.map((indicator) => ({ marker: indicator.number, text: random.pick(pool.activities) })),
				indicators,
				review: {
					midYear: {
						status: random.pick(['ahead', 'on-track', 'on-track', 'slightly-behind', 'behind']),
						firstHalfAssessment: reviewText('上半期評価', rank),
						secondHalfPlan: reviewText('下半期予定', rank),
						reportedOn: `${fiscalYear}-10-15`,
					},
					yearEnd: {
						summary: reviewText('総括', rank),
						rating: random.pick(['exceeded', 'achieved', 'achieved', 'partly-achieved', 'not-achieved']),
						ratingBasis: reviewText('評価の視点', rank),
						issuesAndResponse: reviewText('課題と対応', rank),
						reportedOn: `${fiscalYear + 1}-05-20`,
					},
				},
			};
		}),
	};
}

export interface SyntheticDatasetOptions {
	/** Number of sections, each with a plan in every fiscal year. */
	sections: number;
	/** Number of fiscal years, ending with `lastYear`. */
	years: number;
	lastYear?: number;
	seed?: number;
}

/** The site configuration, the organization and every plan file (path relative to the data directory, and content). */
export function syntheticDataset(pool: PhrasePool, { sections, years, lastYear = 2025, seed = 1 }: SyntheticDatasetOptions) {
	const random = randomSource(seed);
	const departmentCount = Math.ceil(sections / sectionsPerDepartment);
	const departments = Array.from({ length: departmentCount }, (_, index) => {
		const number = index + 1;
		const size = Math.min(sectionsPerDepartment, sections - index * sectionsPerDepartment);
		return {
			id: `department-${number}`,
			order: number,
			name: { ja: `架空第${number}部`, en: `Fictional Department ${number}` },
			sections: Array.from({ length: size }, (_, position) => ({
				id: `section-${position + 1}`,
				kind: 'division' as const,
				order: position + 1,
				name: { ja: `架空第${number}部第${position + 1}課`, en: `Fictional Division ${number}-${position + 1}` },
			})),
		};
	});
	const organization = { departments };
	const site = {
		city: { ja: '架空県（ベンチマーク）', en: 'Fictional Prefecture (benchmark)' },
		documentName: { ja: '各課の年度目標', en: 'annual goals' },
		license: {
			id: 'CC-BY-4.0',
			url: 'https://creativecommons.org/licenses/by/4.0/',
			name: { ja: 'クリエイティブ・コモンズ 表示 4.0 国際', en: 'Creative Commons Attribution 4.0 International' },
			attribution: { ja: '出典：架空県（ベンチマーク用の架空データ）', en: 'Source: Fictional Prefecture (made-up benchmark data)' },
		},
		contact: { name: { ja: '架空県（ベンチマーク）', en: 'Fictional Prefecture (benchmark)' }, email: 'bench@example.org' },
		fictional: true,
	};
	const plans: Array<{ path: string; plan: ReturnType<typeof syntheticPlan> }> = [];
	let sectionNumber = 0;
	for (const department of departments) {
		for (const section of department.sections) {
			sectionNumber += 1;
			for (let fiscalYear = lastYear - years + 1; fiscalYear <= lastYear; fiscalYear += 1) {
				plans.push({
					path: `plans/${fiscalYear}/${department.id}/${section.id}.yaml`,
					plan: syntheticPlan(pool, random, fiscalYear, department.id, section.id, sectionNumber),
				});
			}
		}
	}
	return { site, organization, plans };
}
