import { describe, expect, it } from 'vitest';
import { chartColours } from '~/lib/charts/palette.ts';
import { contrastRatio } from '~/lib/colours/contrast.ts';

describe('the chart palette', () => {
	it.each(Object.entries(chartColours.tones))('%s bars stand out 3:1 from the background', (_tone, colour) => {
		expect(contrastRatio(colour, chartColours.background)).toBeGreaterThanOrEqual(3);
	});
	it('writes labels at 4.5:1 or more', () => {
		expect(contrastRatio(chartColours.text, chartColours.background)).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
	});
});
