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
		plain: '#0031a1',
	},
	text: '#1a1a1c',
	grid: '#d8d8db',
	background: '#ffffff',
} as const;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((start) => {
		const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}
