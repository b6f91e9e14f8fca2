/**
 * Chart colours by tone. Every fill has at least 3:1 contrast with the white background (WCAG 1.4.11),
 * the text at least 4.5:1; and every bar also carries its value as text, so colour is never the only cue.
 */
export const chartColours = {
	tones: {
		good: '#1d7a4a',
		caution: '#8a5a00',
		bad: '#c0272d',
		neutral: '#767680',
		/** Default only: the page's primary colour replaces it (see draw-charts.ts). */
		plain: '#0031a1',
	},
	text: '#1a1a1c',
	grid: '#d8d8db',
	background: '#ffffff',
} as const;
