import { z } from 'astro/zod';
import { bilingualNameSchema } from './site-config.ts';
import { slugSchema } from './identifiers.ts';

/** One plan type (計画類型) an initiative can belong to, e.g. 重点事業プラン / Priority project plan. */
export const planTypeSchema = z.strictObject({
	/** Stable ASCII id written in plan files, e.g. `priority-project-plan`. */
	id: slugSchema,
	/** The name readers see, in both languages; the Japanese is the city's official name. */
	label: bilingualNameSchema,
	/**
	 * Words that identify this type in the plan-type cell of the city's table export (even when a narrow
	 * cell arrived scrambled), e.g. `重点`. Default: the Japanese label. Each word must belong to one type only.
	 */
	importWords: z.array(z.string().trim().min(1)).min(1).optional(),
});

/** The plan types of the data set (`data/plan-types.yaml`). Without the file, plans have no plan types. */
export const planTypesSchema = z.strictObject({
	/** How many types one initiative may have at most. Default: no limit. */
	maxPerInitiative: z.number().int().min(1).optional(),
	/** Every plan type, in the order listings show them. */
	planTypes: z.array(planTypeSchema),
});

export type PlanType = z.output<typeof planTypeSchema>;
export type PlanTypes = z.output<typeof planTypesSchema>;
/** The plan types of a data set that has no `plan-types.yaml`. */
export const noPlanTypes: PlanTypes = { planTypes: [] };
