import { z } from 'astro/zod';
import { bilingual } from './bilingual-message.ts';
import { webUrlSchema } from './web-url.ts';
import { localizedTextSchema } from './localized-text.ts';

/** A name every reader sees, in both languages: both are required (the English is part of the site). */
export const bilingualNameSchema = z.strictObject({
	/** The name in Japanese, e.g. `町田市`. */
	ja: z.string().trim().min(1, bilingual('Write the Japanese (ja).', '日本語（ja）を書いてください。')),
	/** The name in English, e.g. `Machida City`. */
	en: z.string().trim().min(1, bilingual('Write the English (en).', '英語（en）を書いてください。')),
});

/** The licence under which the data set is published, with the attribution reusers must give. */
export const dataLicenseSchema = z.strictObject({
	/** SPDX identifier, e.g. `CC-BY-4.0`. */
	id: z.string().trim().min(1),
	/** The licence's name as readers know it. */
	name: bilingualNameSchema,
	/** The licence's canonical text. */
	url: webUrlSchema,
	/** The credit line reusers copy, e.g. `出典：町田市「各課の年度目標」`. */
	attribution: bilingualNameSchema,
});

/**
 * Where readers send feedback and accessibility requests: at least one way that needs no account on a code
 * host (a web form, an e-mail address or a telephone number; checked in `check-site-config.ts`).
 */
export const contactSchema = z.strictObject({
	/** Who answers, e.g. `町田市 政策経営部 企画政策課`. */
	name: bilingualNameSchema,
	/** A contact form or page. */
	url: webUrlSchema.optional(),
	/** An e-mail address. */
	email: z.email().optional(),
	/** A telephone number as it is dialled from within the country, e.g. `042-722-3111`. */
	phone: z
		.string()
		.trim()
		.regex(
			/^\+?[0-9][0-9\- ()]{5,}$/u,
			bilingual(
				'Write a telephone number with digits, hyphens and spaces, e.g. 042-722-3111.',
				'電話番号は数字・ハイフン・スペースで書いてください（例: 042-722-3111）。',
			),
		)
		.optional(),
});

/** `#rrggbb`. */
const hexColourSchema = z
	.string()
	.regex(/^#[0-9a-fA-F]{6}$/u, bilingual('Write the colour as #rrggbb, e.g. "#0031a1".', '色は #rrggbb の形で書いてください（例: "#0031a1"）。'));

/**
 * The site's configuration (`data/site.yaml`): everything that differs from one city to another and is not a
 * plan. Pages, downloads, feeds and charts read their names, licence and colours from here, never from code.
 */
export const siteConfigSchema = z.strictObject({
	/** The city (or other public body) that publishes the plans: `町田市` / `Machida City`. */
	city: bilingualNameSchema,
	/**
	 * The plans' document name as the city calls it, used in titles, downloads and citations:
	 * `各課の年度目標` / `annual section goals`.
	 */
	documentName: bilingualNameSchema,
	/** The site's name in the header and titles. Default: the city and the document name, `町田市 各課の年度目標`. */
	siteName: bilingualNameSchema.optional(),
	/** The data set's licence, shown in the footer, on the open-data page and in every download. */
	license: dataLicenseSchema,
	/** Where readers send feedback and accessibility requests. */
	contact: contactSchema,
	/**
	 * An image file in the data directory (`.svg` or `.png`, e.g. `logo.svg`) shown before the site name and
	 * used as the favicon. Default: a neutral icon.
	 */
	logo: z
		.string()
		.regex(
			/^[\w.-]+\.(?:svg|png)$/u,
			bilingual(
				'Name an .svg or .png file in the data directory, e.g. "logo.svg".',
				'データのフォルダにある .svg か .png のファイル名を書いてください（例: "logo.svg"）。',
			),
		)
		.optional(),
	/**
	 * The main colour of the header, buttons, links and chart bars, `#rrggbb`. It must reach a contrast of
	 * 4.5:1 with white (text on it and it on white). Default `#0031a1`.
	 */
	primaryColor: hexColourSchema.default('#0031a1'),
	/** Whether the English is the project's unofficial translation (a notice on every English page) or official. Default: unofficial. */
	englishTranslation: z.enum(['unofficial', 'official']).default('unofficial'),
	/** Where the plans' text comes from, printed under every section plan, e.g. how it was exported. Optional. */
	sourceNote: localizedTextSchema.optional(),
	/**
	 * True for made-up data sets (test fixtures, demos): every page then carries a banner saying the data is
	 * fictional, so it can never pass for a city's. Default: false.
	 */
	fictional: z.boolean().default(false),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
export type DataLicense = z.output<typeof dataLicenseSchema>;
