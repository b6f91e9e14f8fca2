import { HtmlValidate, type ConfigData } from 'html-validate';

/** html-validate's recommended rules, with the exceptions our markup needs, each with its reason. */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Titles name the section in full (a unit with its division) so that each page's title is descriptive
		// (WCAG 2.4.2); the 70-character limit is a search-engine habit, not an accessibility rule.
		'long-title': 'off',
	},
};

const validator = new HtmlValidate(htmlValidateConfig);

/** Validates one HTML document; returns each error as `line:column rule: message`. */
export async function htmlErrors(html: string, filename: string): Promise<string[]> {
	const report = await validator.validateString(html, filename);
	return report.results.flatMap((result) =>
		result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
	);
}
