import type { Language } from '../../schemas/localized-text.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { siteWords } from '../i18n/site-words.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { indicatorStatus } from '../reviews/achievement.ts';
import { indicatorPercent, indicatorRollup, statusCounts } from '../reviews/rollup.ts';
import { reviewStateCounts } from '../reviews/review-state.ts';
import { displayMarker } from '../i18n/markers.ts';
import { pickText } from '../i18n/localized.ts';
import { tableCsv, type CellText, type ChartModel } from './chart-model.ts';

/** Made once per language: `toLocaleString` with options builds a new formatter on every call (0.6 s of a 1,000-section build). */
const percentFormats: Record<Language, Intl.NumberFormat> = {
	ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 }),
	en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};
const formatPercent = (percent: number, lang: Language) => `${percentFormats[lang].format(percent)}%`;

/** The section's initiatives counted by review status: year-end rating, mid-year status, or not yet reported. */
export function statusChart(plan: Plan, scales: ReviewScales, lang: Language, names: { section: string; site: SiteConfig }): ChartModel {
	const t = useTranslations(lang, siteWords(names.site, lang));
	const notReported = { ja: useTranslations('ja')('review.notYetReported'), en: useTranslations('en')('review.notYetReported') };
	const categories = statusCounts(plan.initiatives, scales, notReported);
	const rows = categories.map((category) => ({
		label: pickText(category.label, lang) as CellText,
		cells: [{ value: String(category.count), lang }],
		numeric: [true],
	}));
	const columns = [t('chart.status.category'), t('chart.status.count')];
	const states = reviewStateCounts(plan.initiatives);
	return {
		id: 'status',
		title: t('chart.status.title'),
		summary: t('chart.status.summary', {
			total: plan.initiatives.length,
			yearEnd: states['year-end'],
			midYear: states['mid-year'],
			notReported: states['not-reported'],
		}),
		caption: t('chart.status.caption', { section: names.section, year: plan.fiscalYear }),
		source: t('chart.source', { year: plan.fiscalYear }),
		columns,
		rows,
		chart: {
			labels: rows.map((row) => row.label.value),
			values: categories.map((category) => category.count),
			valueLabels: categories.map((category) => String(category.count)),
			axis: t('chart.status.count'),
			suggestedMax: plan.initiatives.length,
			tones: categories.map((category) => category.tone),
		},
		csv: tableCsv(columns, rows),
	};
}

/**
 * Each indicator with a numeric target: its result as a percent of the target, the target marked at 100 %.
 * Undefined when no indicator has a numeric target; `chart.values` are null where no result is reported.
 */
export function resultChart(plan: Plan, lang: Language, names: { section: string; site: SiteConfig }): (ChartModel & { reported: number }) | undefined {
	const t = useTranslations(lang, siteWords(names.site, lang));
	const numeric = plan.initiatives.flatMap((initiative) =>
		initiative.indicators.filter((indicator) => indicator.measure.kind === 'numeric').map((indicator) => ({ initiative, indicator })),
	);
	if (numeric.length === 0) return undefined;
	const columns = [t('chart.result.indicator'), t('chart.result.target'), t('chart.result.result'), t('chart.result.percent'), t('chart.result.status')];
	const items = numeric.map(({ initiative, indicator }) => {
		const name = pickText(indicator.name, lang);
		const prefix = `${initiative.rank}${indicator.number ? displayMarker(indicator.number, lang) : ''} `;
		return { indicator, percent: indicatorPercent(indicator), label: { value: `${prefix}${name.value}`, lang: name.lang } as CellText };
	});
	const rows = items.map(({ indicator, percent, label }) => ({
		label,
		cells: [
			pickText(indicator.target.text, lang) as CellText,
			indicator.result ? (pickText(indicator.result.text, lang) as CellText) : { value: t('review.notYetReported'), lang },
			{ value: percent === undefined ? '' : formatPercent(percent, lang), lang },
			{ value: t(`indicatorStatus.${indicatorStatus(indicator)}`), lang },
		],
		numeric: [false, false, true, false],
	}));
	const reported = items.filter((item) => item.percent !== undefined).length;
	const achieved = items.filter((item) => indicatorStatus(item.indicator) === 'achieved').length;
	return {
		id: 'results',
		reported,
		title: t('chart.result.title'),
		summary: reported ? t('chart.result.summary', { total: items.length, reported, achieved }) : t('chart.result.none', { total: items.length }),
		caption: t('chart.result.caption', { section: names.section, year: plan.fiscalYear }),
		source: t('chart.source', { year: plan.fiscalYear }),
		columns,
		rows,
		chart: {
			labels: items.map((item) => item.label.value),
			values: items.map((item) => item.percent ?? null),
			valueLabels: items.map((item) => (item.percent === undefined ? t('review.notYetReported') : formatPercent(item.percent, lang))),
			axis: t('chart.result.percent'),
			reference: { value: 100, label: t('chart.result.targetLine') },
			tones: items.map((item) => (item.percent === undefined ? 'neutral' : item.percent >= 100 ? 'good' : 'bad')),
		},
		csv: tableCsv(columns, rows),
	};
}

/** One row of a roll-up: a section (on a department page) or a department (on the home page). */
export interface RollupEntry {
	name: CellText;
	initiatives: ReadonlyArray<Plan['initiatives'][number]>;
}

/** Sections (or departments) side by side: initiatives with a review, and the share of indicators achieved. */
export function rollupChart(
	entries: readonly RollupEntry[],
	scope: 'sections' | 'departments',
	fiscalYear: number,
	lang: Language,
	site: SiteConfig,
): ChartModel {
	const t = useTranslations(lang, siteWords(site, lang));
	const scopeName = t(scope === 'sections' ? 'chart.rollup.scopeSections' : 'chart.rollup.scopeDepartments');
	const scopes = t(scope === 'sections' ? 'chart.rollup.scopeSectionsPlural' : 'chart.rollup.scopeDepartmentsPlural');
	const columns = [
		t('chart.rollup.name'),
		t('chart.rollup.initiatives'),
		t('chart.rollup.reported'),
		t('chart.rollup.indicators'),
		t('chart.rollup.achieved'),
		t('chart.rollup.percent'),
	];
	const rolled = entries.map((entry) => ({
		entry,
		indicators: indicatorRollup(entry.initiatives),
		reported: entry.initiatives.filter((i) => i.review.midYear || i.review.yearEnd).length,
	}));
	const rows = rolled.map(({ entry, indicators, reported }) => ({
		label: entry.name,
		cells: [entry.initiatives.length, reported, indicators.total, indicators.counts.achieved]
			.map((n) => ({ value: String(n), lang }))
			.concat({ value: formatPercent(indicators.achievedPercent, lang), lang }),
		numeric: [true, true, true, true, true],
	}));
	const totalIndicators = rolled.reduce((sum, r) => sum + r.indicators.total, 0);
	const totalAchieved = rolled.reduce((sum, r) => sum + r.indicators.counts.achieved, 0);
	return {
		id: `rollup-${scope}`,
		title: t('chart.rollup.title', { scope: scopeName }),
		summary: t('chart.rollup.summary', {
			count: entries.length,
			scopes,
			indicators: totalIndicators,
			achieved: totalAchieved,
			percent: totalIndicators ? Math.round((totalAchieved / totalIndicators) * 1000) / 10 : 0,
		}),
		caption: t('chart.rollup.caption', { scope: scopeName, year: fiscalYear }),
		source: t('chart.source', { year: fiscalYear }),
		columns,
		rows,
		chart: {
			labels: rows.map((row) => row.label.value),
			values: rolled.map((r) => r.indicators.achievedPercent),
			valueLabels: rolled.map((r) => `${formatPercent(r.indicators.achievedPercent, lang)} (${r.indicators.counts.achieved}/${r.indicators.total})`),
			axis: t('chart.rollup.percent'),
			suggestedMax: 100,
			tones: rolled.map(() => 'plain'),
		},
		csv: tableCsv(columns, rows),
	};
}

/**
 * The same indicator across fiscal years (matched by initiative id and indicator number): one chart per
 * indicator that has a numeric target in at least two of the plans, each year's result as a percent of
 * that year's target.
 */
export function acrossYearsCharts(plans: readonly Plan[], lang: Language, site: SiteConfig): ChartModel[] {
	if (plans.length < 2) return [];
	const t = useTranslations(lang, siteWords(site, lang));
	const sorted = [...plans].sort((a, b) => a.fiscalYear - b.fiscalYear);
	const series = new Map<string, Array<{ year: number; indicator: Plan['initiatives'][number]['indicators'][number] }>>();
	for (const plan of sorted) {
		for (const initiative of plan.initiatives) {
			initiative.indicators.forEach((indicator, position) => {
				if (indicator.measure.kind !== 'numeric') return;
				const key = `${initiative.id}#${indicator.number ?? position}`;
				series.set(key, [...(series.get(key) ?? []), { year: plan.fiscalYear, indicator }]);
			});
		}
	}
	const columns = [t('chart.years.year'), t('chart.result.target'), t('chart.result.result'), t('chart.result.percent')];
	return [...series.entries()]
		.filter(([, points]) => points.length >= 2)
		.map(([, points], index) => {
			const latest = points.at(-1)!.indicator;
			const name = pickText(latest.name, lang).value;
			const percents = points.map((point) => indicatorPercent(point.indicator));
			const rows = points.map((point, i) => ({
				label: { value: lang === 'ja' ? `${point.year}年度` : `FY${point.year}`, lang },
				cells: [
					pickText(point.indicator.target.text, lang) as CellText,
					point.indicator.result ? (pickText(point.indicator.result.text, lang) as CellText) : { value: t('review.notYetReported'), lang },
					{ value: percents[i] === undefined ? '' : formatPercent(percents[i]!, lang), lang },
				],
				numeric: [false, false, true],
			}));
			return {
				id: `years-${index + 1}`,
				title: t('chart.years.title', { indicator: name }),
				summary: t('chart.years.summary', { count: points.length }),
				caption: t('chart.years.caption', { indicator: name }),
				source: t('chart.source', { year: `${points[0].year}–${points.at(-1)!.year}` }),
				columns,
				rows,
				chart: {
					labels: rows.map((row) => row.label.value),
					values: percents.map((percent) => percent ?? null),
					valueLabels: percents.map((percent) => (percent === undefined ? t('review.notYetReported') : formatPercent(percent, lang))),
					axis: t('chart.result.percent'),
					reference: { value: 100, label: t('chart.result.targetLine') },
					tones: percents.map((percent) => (percent === undefined ? 'neutral' : percent >= 100 ? 'good' : 'bad')),
				},
				csv: tableCsv(columns, rows),
			};
		});
}
