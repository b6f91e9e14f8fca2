import type { Language, LocalizedText } from '../../schemas/localized-text.ts';
import type { Department, Organization, Section } from '../../schemas/organization.ts';
import type { Indicator, Initiative, Plan, TextItem } from '../../schemas/plan.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';
import { pickText, type PickedText } from '../i18n/localized.ts';
import { displayMarker } from '../i18n/markers.ts';
import { indicatorAnchor, initiativeAnchor } from '../site/anchors.ts';
import { fiscalYearLabel } from '../site/fiscal-year.ts';
import { sectionPath } from '../site/paths.ts';
import { planTypesOf } from '../site/plan-type-labels.ts';
import { sectionDisplayName } from '../site/section-names.ts';
import { orderedDepartments, sectionKey } from '../site/section-order.ts';
import { sectionFilterValue } from './search-filters.ts';

/** What a search result is: an indicator, an initiative without indicators, a section's plan as a whole, or an editorial page. */
export type RecordKind = 'indicator' | 'initiative' | 'section' | 'page';

/** Text searched with a weight: the indicator's own words count more than the activities around it. */
export interface WeightedText {
	text: string;
	/** Pagefind's `data-pagefind-weight` (1 is ordinary text). */
	weight: number;
}

/**
 * One search record: where it lands (a permalink), the texts it is found by, and what its result shows. The
 * shown texts (`meta`) are the originals; what is indexed is their normalised tokens (see `record-document.ts`).
 */
export interface SearchRecord {
	kind: RecordKind;
	url: string;
	language: Language;
	searchable: WeightedText[];
	/** Shown in the result: title, initiative, section, department, year, target, result (when they apply). */
	meta: Record<string, string>;
	/** Meta fields whose text is in the other language (an untranslated fallback), to mark with `lang`. */
	otherLanguage: string[];
	filters: Record<string, string[]>;
}

/** The fields every record of a section shares: its year, department, section and filters. */
interface SectionContext {
	plan: Plan;
	department: Department;
	section: Section;
	planTypes: PlanTypes;
	lang: Language;
}

function recordBuilder({ plan, department, section, planTypes, lang }: SectionContext) {
	const otherLanguage: string[] = [];
	const meta: Record<string, string> = {};
	const shown = (field: string, text: LocalizedText | PickedText) => {
		const picked = 'value' in text ? text : pickText(text, lang);
		meta[field] = picked.value;
		if (picked.lang !== lang) otherLanguage.push(field);
		return picked.value;
	};
	const sectionName = shown('section', sectionDisplayName(department, section, lang));
	const departmentName = shown('department', department.name);
	meta.year = fiscalYearLabel(plan.fiscalYear, lang);
	const page = sectionPath(lang, plan.fiscalYear, department.id, section.id);
	const place: WeightedText = { text: `${sectionName} ${departmentName}`, weight: 0.5 };
	const filters = (initiative?: Initiative): Record<string, string[]> => {
		const types = initiative ? planTypesOf(initiative.planTypes, planTypes).map((type) => type.label[lang]) : [];
		return {
			year: [String(plan.fiscalYear)],
			department: [departmentName],
			section: [sectionFilterValue(departmentName, sectionName)],
			...(types.length ? { planType: types } : {}),
		};
	};
	return { meta, otherLanguage, shown, page, place, filters };
}

/** English records are also found by the official Japanese of their own words. */
const officialToo = (text: LocalizedText, lang: Language) => (lang === 'en' && text.en ? [{ text: text.ja, weight: 0.5 }] : []);

/** The circled number an activity or indicator is numbered with (`①` of `①ー2`), if any. */
const circledNumber = (marker?: string) => (marker && /^[①-⑳]/u.test(marker) ? marker[0] : undefined);

/**
 * The activities that belong with an indicator: the plan numbers activity ① with indicator ①, so a numbered
 * indicator carries its own activities and the unnumbered ones (・, ○); otherwise, all of them.
 */
function activitiesOf(initiative: Initiative, indicator?: Indicator): TextItem[] {
	const number = circledNumber(indicator?.number);
	const own = initiative.activities.filter((item) => !circledNumber(item.marker) || circledNumber(item.marker) === number);
	return number && own.some((item) => circledNumber(item.marker) === number) ? own : initiative.activities;
}

function sectionRecords(context: SectionContext): SearchRecord[] {
	const { plan, lang } = context;
	const text = (value: LocalizedText) => pickText(value, lang).value;
	const records: SearchRecord[] = [];
	const section = recordBuilder(context);
	records.push({
		kind: 'section',
		url: section.page,
		language: lang,
		searchable: [section.place, { text: plan.mission.map((item) => text(item.text)).join('\n'), weight: 0.5 }],
		meta: { ...section.meta, kind: 'section', title: section.meta.section },
		otherLanguage: [...section.otherLanguage, ...(section.otherLanguage.includes('section') ? ['title'] : [])],
		filters: section.filters(),
	});
	for (const initiative of plan.initiatives) {
		const activities = (indicator?: Indicator): WeightedText => ({
			text: activitiesOf(initiative, indicator)
				.map((item) => text(item.text))
				.join('\n'),
			weight: 1,
		});
		const landings = initiative.indicators.length
			? initiative.indicators.map((indicator, position) => ({ indicator, anchor: indicatorAnchor(initiative, indicator, position) }))
			: [{ indicator: undefined, anchor: initiativeAnchor(initiative) }];
		for (const { indicator, anchor } of landings) {
			const record = recordBuilder(context);
			const title = record.shown('initiative', initiative.title);
			const searchable: WeightedText[] = [
				{ text: title, weight: indicator ? 1 : 3 },
				...officialToo(initiative.title, lang),
				activities(indicator),
				record.place,
			];
			if (indicator) {
				const name = record.shown('title', indicator.name);
				record.shown('target', indicator.target.text);
				if (indicator.result) record.shown('result', indicator.result.text);
				if (indicator.number) record.meta.number = displayMarker(indicator.number, lang);
				searchable.unshift({ text: name, weight: 5 }, ...officialToo(indicator.name, lang), { text: record.meta.target, weight: 2 });
				if (record.meta.result) searchable.push({ text: record.meta.result, weight: 1 });
			} else {
				record.shown('title', initiative.title);
			}
			records.push({
				kind: indicator ? 'indicator' : 'initiative',
				url: `${record.page}#${anchor}`,
				language: lang,
				searchable,
				meta: { ...record.meta, kind: indicator ? 'indicator' : 'initiative' },
				otherLanguage: record.otherLanguage,
				filters: record.filters(initiative),
			});
		}
	}
	return records;
}

/**
 * The search records of one language: for each section plan, one record of the section (name, department,
 * mission), one per indicator (the indicator, its target and result, its initiative's title and activities,
 * landing on the indicator's permalink) and one per initiative that has no indicator (landing on its anchor).
 * Section pages themselves are not indexed: these lean records hold everything a search finds in them, and
 * Pagefind holds every indexed page in memory while it builds.
 */
export function searchRecords(organization: Organization, planTypes: PlanTypes, plans: readonly Plan[], lang: Language): SearchRecord[] {
	const places = new Map<string, { department: Department; section: Section }>();
	for (const { department, sections } of orderedDepartments(organization)) {
		for (const section of sections) places.set(sectionKey(department.id, section.id), { department, section });
	}
	return plans.flatMap((plan) => {
		const place = places.get(sectionKey(plan.department, plan.section));
		return place ? sectionRecords({ plan, ...place, planTypes, lang }) : [];
	});
}
