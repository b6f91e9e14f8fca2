import type { Organization, Department, Section } from '../../schemas/organization.ts';
import type { ReviewScales } from '../../schemas/review-scales.ts';
import type { PlanTypes } from '../../schemas/plan-types.ts';
import { readPlanTypeCell, UnknownPlanTypeError } from './plan-type-cell.ts';
import { ExportRowError, type ExportedInitiative, type ExportedTable } from './read-plan-tables.ts';
import type { SplitItem } from './repair-text.ts';
import { proposeIds, type IdProposal } from './propose-ids.ts';

/** A `{ ja, en }` text as written in plan files. */
interface RawText {
	ja: string;
	en: string;
}
type RawRecord = Record<string, unknown>;

/** What the import needs besides the table: where it goes and what is already there. */
export interface ImportContext {
	organization: Organization;
	scales: ReviewScales;
	/** The plan types the export's plan-type cells are read against. */
	planTypes: PlanTypes;
	fiscalYear: number;
	/** The export's path, recorded in each plan's `source`. */
	sourceFile: string;
	/** The plan already in the data directory for a `<department>/<section>`, as raw YAML data. */
	existing(department: string, section: string): RawRecord | undefined;
	/**
	 * The plans of the previous fiscal year that this section continues, as raw YAML data, whose initiative ids
	 * are proposed: its own, and those of the sections it was renamed or merged from (`formerly`).
	 */
	previousYear(department: string, section: string): RawRecord[];
	/** Take near matches of last year's titles too (`--yes`), not only exact ones; they then replace ids of an existing file. */
	acceptNearMatches: boolean;
}

/** An imported plan: where it belongs and its raw data, ready to write as YAML. */
export interface ImportedPlan {
	department: string;
	section: string;
	data: RawRecord;
	/** Last year's ids proposed for this plan's initiatives, whether taken or not. */
	proposals: IdProposal[];
}

const compact = (text: string) => text.replace(/\s+/gu, '');

/** Finds the section a table's `部課名` names: department + (division +) section, spaces ignored. */
export function findSection(organization: Organization, tableName: string): { department: Department; section: Section } | undefined {
	const wanted = compact(tableName);
	for (const department of organization.departments) {
		for (const section of department.sections) {
			const parent = section.parent ? department.sections.find(({ id }) => id === section.parent) : undefined;
			if (compact(`${department.name.ja}${parent?.name.ja ?? ''}${section.name.ja}`) === wanted) return { department, section };
		}
	}
	return undefined;
}

function asRecord(value: unknown): RawRecord | undefined {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as RawRecord) : undefined;
}
function asList(value: unknown): RawRecord[] {
	return Array.isArray(value) ? value.flatMap((item) => (asRecord(item) ? [item as RawRecord] : [])) : [];
}

/** The official text with the English kept from the old text when the Japanese has not changed. */
function text(ja: string, old: unknown): RawText {
	const previous = asRecord(old);
	const en = previous && previous.ja === ja && typeof previous.en === 'string' ? previous.en : '';
	return { ja, en };
}

/** Finds the old text item with the same Japanese (translations follow the text, not the position). */
function oldTextItem(ja: string, oldItems: RawRecord[], position: number): unknown {
	const same = oldItems.find((item) => asRecord(item.text)?.ja === ja);
	return (same ?? oldItems[position])?.text;
}

function textItems(items: SplitItem[], oldItems: RawRecord[]): RawRecord[] {
	return items.map((item, position) => ({
		...(item.marker ? { marker: item.marker } : {}),
		text: text(item.text, oldTextItem(item.text, oldItems, position)),
	}));
}

function scaleId(levels: ReviewScales['progressStatus'], label: string, line: number, what: { en: string; ja: string }): string {
	const level = levels.find((candidate) => compact(candidate.label.ja) === compact(label) || candidate.id === label);
	if (!level) {
		const choices = levels.map((l) => l.label.ja).join('、');
		throw new ExportRowError(line, {
			en: `${what.en} "${label}" is not on the scale in review-scales.yaml (${choices})`,
			ja: `${what.ja}「${label}」は review-scales.yaml の定義にありません（${choices}）`,
		});
	}
	return level.id;
}

function reviewFrom(row: ExportedInitiative, old: RawRecord | undefined, scales: ReviewScales): RawRecord | undefined {
	const cells = row.review;
	const oldReview = asRecord(old?.review);
	const oldMid = asRecord(oldReview?.midYear);
	const oldEnd = asRecord(oldReview?.yearEnd);
	const hasMid = Boolean(cells.status || cells.firstHalfAssessment || cells.secondHalfPlan);
	const hasEnd = Boolean(cells.summary || cells.rating || cells.ratingBasis || cells.issuesAndResponse);
	const midYear = hasMid
		? {
				status: scaleId(scales.progressStatus, cells.status, row.line, { en: 'Progress status (進捗状況)', ja: '進捗状況' }),
				firstHalfAssessment: text(cells.firstHalfAssessment, oldMid?.firstHalfAssessment),
				secondHalfPlan: text(cells.secondHalfPlan, oldMid?.secondHalfPlan),
				...(oldMid?.reportedOn ? { reportedOn: oldMid.reportedOn } : {}),
			}
		: oldMid;
	const yearEnd = hasEnd
		? {
				summary: text(cells.summary, oldEnd?.summary),
				rating: scaleId(scales.rating, cells.rating, row.line, { en: 'Rating (評価)', ja: '評価' }),
				ratingBasis: text(cells.ratingBasis, oldEnd?.ratingBasis),
				issuesAndResponse: text(cells.issuesAndResponse, oldEnd?.issuesAndResponse),
				...(oldEnd?.reportedOn ? { reportedOn: oldEnd.reportedOn } : {}),
			}
		: oldEnd;
	if (!midYear && !yearEnd) return undefined;
	return { ...(midYear ? { midYear } : {}), ...(yearEnd ? { yearEnd } : {}) };
}

function indicatorsFrom(row: ExportedInitiative, old: RawRecord | undefined): RawRecord[] {
	if (row.indicators.length !== row.targets.length) {
		throw new ExportRowError(row.line, {
			en: `initiative ${row.rank} has ${row.indicators.length} indicator(s) but ${row.targets.length} target(s); each indicator needs its own target`,
			ja: `取組項目 ${row.rank} の指標は${row.indicators.length}件ですが、目標値は${row.targets.length}件です。指標ごとに目標値が必要です`,
		});
	}
	if (row.review.results.length > 0 && row.review.results.length !== row.indicators.length) {
		throw new ExportRowError(row.line, {
			en: `initiative ${row.rank} has ${row.indicators.length} indicator(s) but ${row.review.results.length} result(s)`,
			ja: `取組項目 ${row.rank} の指標は${row.indicators.length}件ですが、実績値は${row.review.results.length}件です`,
		});
	}
	const oldIndicators = asList(old?.indicators);
	return row.indicators.map((indicator, position) => {
		const target = row.targets[position];
		const result = row.review.results[position];
		for (const [what, other] of [
			['target', target],
			['result', result],
		] as const) {
			if (other && other.marker !== indicator.marker) {
				throw new ExportRowError(row.line, {
					en: `initiative ${row.rank}: indicator ${indicator.marker ?? position + 1} is followed by ${what} ${other.marker ?? '(unnumbered)'}; their numbers must match`,
					ja: `取組項目 ${row.rank}：指標 ${indicator.marker ?? position + 1} の${what === 'target' ? '目標値' : '実績値'}の番号が ${other.marker ?? '（番号なし）'} です。番号をそろえてください`,
				});
			}
		}
		const previous = oldIndicators.find((candidate) => indicator.marker && candidate.number === indicator.marker) ?? oldIndicators[position];
		const oldTarget = asRecord(previous?.target);
		const oldResult = asRecord(previous?.result);
		const targetText = text(target.text, oldTarget?.text);
		const keepDirection = oldTarget?.direction && asRecord(oldTarget.text)?.ja === target.text;
		const resultText = result ? text(result.text, oldResult?.text) : undefined;
		const resultData = resultText
			? {
					text: resultText,
					...(oldResult && asRecord(oldResult.text)?.ja === result!.text && typeof oldResult.achieved === 'boolean' ? { achieved: oldResult.achieved } : {}),
				}
			: oldResult;
		return {
			...(indicator.marker ? { number: indicator.marker } : {}),
			name: text(indicator.text, previous?.name),
			target: { text: targetText, ...(keepDirection ? { direction: oldTarget!.direction } : {}) },
			...(resultData ? { result: resultData } : {}),
		};
	});
}

/** A fresh ASCII id for an initiative the data has not seen: `initiative-<rank>`, kept unique. */
function newInitiativeId(rank: number, taken: Set<string>): string {
	let id = `initiative-${rank}`;
	for (let n = 2; taken.has(id); n += 1) id = `initiative-${rank}-${n}`;
	return id;
}

/** The plan types of a row, by the data set's import words; an unknown cell names the export line. */
function planTypesFrom(row: ExportedInitiative, planTypes: PlanTypes): string[] {
	try {
		return readPlanTypeCell(row.planTypeCell, planTypes);
	} catch (error) {
		if (error instanceof UnknownPlanTypeError) throw new ExportRowError(row.line, error.problem);
		throw error;
	}
}

/**
 * Turns one exported table into a plan file's data. Official Japanese comes from the table; what the
 * table does not hold is kept from the existing file: initiative ids, English translations of unchanged
 * texts, target directions, reviews not in the table. An initiative the existing file does not hold gets
 * last year's id when its title is the same (or, with `acceptNearMatches`, nearly the same; see
 * `proposeIds`), else a new one. Throws `ExportRowError` naming the export line.
 */
export function planFromTable(table: ExportedTable, context: ImportContext): ImportedPlan {
	const found = findSection(context.organization, table.name);
	if (!found) {
		throw new ExportRowError(table.line, {
			en: `section "${table.name}" is not in organization.yaml; add the department and section there first`,
			ja: `部課「${table.name}」は organization.yaml にありません。先に部と課を追加してください`,
		});
	}
	if (table.mission.length === 0)
		throw new ExportRowError(table.line, {
			en: `section "${table.name}" has no 課の使命 (mission) row`,
			ja: `部課「${table.name}」に課の使命の行がありません`,
		});
	if (table.initiatives.length === 0)
		throw new ExportRowError(table.line, { en: `section "${table.name}" has no initiative rows`, ja: `部課「${table.name}」に取組項目の行がありません` });
	const { department, section } = found;
	const existing = context.existing(department.id, section.id);
	const oldInitiatives = asList(existing?.initiatives);
	const previousInitiatives = context
		.previousYear(department.id, section.id)
		.flatMap((plan) => asList(plan.initiatives))
		.flatMap((initiative) =>
			typeof initiative.id === 'string' && typeof asRecord(initiative.title)?.ja === 'string'
				? [{ id: initiative.id, title: String(asRecord(initiative.title)!.ja) }]
				: [],
		);
	const proposals = proposeIds(table.initiatives, previousInitiatives);
	const taken = new Set<string>();
	// A new id never reuses one of last year's, which would tie two different initiatives across years.
	const reserved = new Set(previousInitiatives.map((initiative) => initiative.id));
	const initiatives = table.initiatives.map((row) => {
		const old =
			oldInitiatives.find((candidate) => asRecord(candidate.title)?.ja === row.title) ??
			oldInitiatives.find((candidate) => candidate.rank === row.rank && !taken.has(String(candidate.id)));
		const proposal = proposals.get(row.rank);
		const kept = old && typeof old.id === 'string' && !taken.has(old.id) ? old.id : undefined;
		const proposed = proposal && !taken.has(proposal.id) && (context.acceptNearMatches || (!kept && proposal.similarity === 100)) ? proposal.id : undefined;
		const id = proposed ?? kept ?? newInitiativeId(row.rank, new Set([...taken, ...reserved]));
		if (proposal) proposal.taken = id === proposal.id;
		taken.add(id);
		const oldNotes = asList(old?.notes);
		const review = reviewFrom(row, old, context.scales);
		return {
			id,
			rank: row.rank,
			planTypes: planTypesFrom(row, context.planTypes),
			title: text(row.title, old?.title),
			activities: textItems(row.activities, asList(old?.activities)),
			indicators: indicatorsFrom(row, old),
			...(row.notes.length ? { notes: row.notes.map((note, position) => text(note, oldNotes.find((n) => n.ja === note) ?? oldNotes[position])) } : {}),
			...(review ? { review } : {}),
		};
	});
	return {
		department: department.id,
		section: section.id,
		data: {
			fiscalYear: context.fiscalYear,
			department: department.id,
			section: section.id,
			mission: textItems(table.mission, asList(existing?.mission)),
			initiatives,
			source: { file: context.sourceFile, line: table.line },
		},
		proposals: [...proposals.values()],
	};
}
