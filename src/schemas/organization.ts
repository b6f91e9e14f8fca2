import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text.ts';
import { fiscalYearSchema, slugSchema } from './identifiers.ts';

/**
 * Kinds of section: 課 division, 室 office, 担当 unit. A unit sits inside a division
 * (企画政策課 公共施設再編担当) and names it as its `parent`.
 */
export const sectionKinds = ['division', 'office', 'unit'] as const;

/**
 * An earlier section that this one continues from the next fiscal year on: a rename (one entry), a merge
 * (one entry per merged section), or one half of a split (each new section names the section it came from).
 */
export const formerSectionSchema = z.strictObject({
	/** Id of the earlier section's department (the same department or another one). */
	department: slugSchema,
	/** Id of the earlier section in that department. */
	section: slugSchema,
	/** The last fiscal year the earlier section had its own plan; this section continues it from the year after. */
	until: fiscalYearSchema,
});

/** A section (課/室/担当) of a department. */
export const sectionSchema = z.strictObject({
	/** Stable ASCII id used in URLs, unique within the department, e.g. `digital-strategy`. */
	id: slugSchema,
	/** Division, office or unit (see `sectionKinds`). */
	kind: z.enum(sectionKinds),
	/** The section's own name, without its department or parent: `公共施設再編担当`. */
	name: localizedTextSchema,
	/** For a unit: the id of the division it belongs to. Omit for divisions and offices. */
	parent: slugSchema.optional(),
	/** Position in the department's listings, ascending. */
	order: z.number().int().min(1),
	/**
	 * Earlier sections this one continues (renamed, merged or split; see `formerSectionSchema`), so that
	 * links, trends and charts follow a plan across fiscal years. Default: none.
	 */
	formerly: z.array(formerSectionSchema).default([]),
});

/** A department (部) and its sections. */
export const departmentSchema = z.strictObject({
	/** Stable ASCII id used in URLs, e.g. `policy-management`. */
	id: slugSchema,
	/** The department's name: `政策経営部` / Policy Management Department. */
	name: localizedTextSchema,
	/** Position among departments, ascending. */
	order: z.number().int().min(1),
	/** The department's sections, including divisions that only contain units. */
	sections: z.array(sectionSchema).min(1),
});

/** The city's organization (`data/organization.yaml`): its departments and their sections. */
export const organizationSchema = z.strictObject({
	/** Every department that publishes plans. */
	departments: z.array(departmentSchema).min(1),
});

export type FormerSection = z.output<typeof formerSectionSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Department = z.output<typeof departmentSchema>;
export type Organization = z.output<typeof organizationSchema>;
