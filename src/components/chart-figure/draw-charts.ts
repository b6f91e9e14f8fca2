import type { Chart as ChartInstance } from 'chart.js';
import type { ChartModel } from '~/lib/charts/chart-model.ts';
import { chartColours } from '~/lib/charts/palette.ts';
import { wrapLabel } from '~/lib/charts/wrap-label.ts';

type ChartData = ChartModel['chart'];
type Tone = ChartData['tones'][number];

/** Font size and line height of axis and value labels, in CSS pixels. */
const fontSize = 14;
const lineHeight = 18;
/** Room above the bars for the target line's label, so that it overlaps no bar and no value. */
const referenceRoom = 26;

/** The colours a chart is drawn in, read from the page each time it is drawn. */
interface Colours {
	text: string;
	background: string;
	grid: string;
	bar: (tone: Tone) => string;
}

/**
 * Text and lines take the figure's own text colour, so they follow the page: in forced colours that is the
 * user's CanvasText on their Canvas, and bars are drawn in it too (tone colours would vanish on a dark
 * background; each bar's value label carries its meaning). Otherwise bars keep their tone colours and plain
 * bars the site's primary colour (`primaryColor` in site.yaml, contrast-checked).
 */
function pageColours(figure: HTMLElement): Colours {
	const text = getComputedStyle(figure).color;
	const background = pageBackground(figure);
	if (matchMedia('(forced-colors: active)').matches) return { text, background, grid: withAlpha(text, 0.45), bar: () => text };
	const brand = getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim();
	const tones: Record<Tone, string> = { ...chartColours.tones, ...(brand ? { plain: brand } : {}) };
	return { text, background, grid: chartColours.grid, bar: (tone) => tones[tone] };
}

/** The first opaque background behind an element: what the chart's transparent canvas shows through. */
function pageBackground(element: HTMLElement): string {
	for (let node: HTMLElement | null = element; node; node = node.parentElement) {
		const colour = getComputedStyle(node).backgroundColor;
		if (!/^rgba\(.*,\s*0\)$|^transparent$/u.test(colour)) return colour;
	}
	return getComputedStyle(document.documentElement).backgroundColor || chartColours.background;
}

function withAlpha(rgb: string, alpha: number): string {
	const channels = rgb.match(/\d+(\.\d+)?/gu)?.slice(0, 3);
	return channels ? `rgba(${channels.join(', ')}, ${alpha})` : rgb;
}

/** The chart drawn in each figure, to draw it again when the colours or its width change. */
const drawn = new Map<HTMLElement, ChartInstance>();

/**
 * Draws a figure's horizontal bar chart. chart.js is loaded only then, and only its bar-chart parts; without
 * JavaScript (or before that), the table beside each chart holds the same data and no empty box is shown.
 */
async function draw(figure: HTMLElement, animate: boolean): Promise<void> {
	const container = figure.querySelector<HTMLElement>('.chart-figure__canvas')!;
	const canvas = container.querySelector('canvas')!;
	const data = JSON.parse(container.querySelector('script[type="application/json"]')!.textContent!) as ChartData;
	const { Chart } = await import('./bar-chart.ts');
	drawn.get(figure)?.destroy();
	container.hidden = false;
	const colours = pageColours(figure);
	const family = getComputedStyle(figure).fontFamily;
	const font = { family, size: fontSize, lineHeight: `${lineHeight}px` };
	const measure = measurer(`${fontSize}px ${family}`);
	const boldMeasure = measurer(`700 ${fontSize}px ${family}`);
	// Each value is written after the end of its bar, on the page's background: room on the right for the widest
	// value of a drawn bar (a missing value is written at the start of the axis, where there is room).
	const valueWidths = data.valueLabels.map((label, index) => (data.values[index] === null ? 0 : boldMeasure(label)));
	const valueRoom = Math.max(...valueWidths) + 14;
	// Labels wrap into lines within two fifths of the width, instead of running off the canvas or being cut;
	// the axis is then made as wide as its widest line (chart.js would give it at most half the plot).
	const labelWidth = Math.min(260, Math.max(64, container.clientWidth * 0.4));
	const labels = data.labels.map((label) => wrapLabel(label, labelWidth, measure));
	const axisWidth = Math.max(...labels.flat().map(measure)) + 16;
	// The axis title wraps too, within the bars' part of the width (chart.js would squeeze it to fit).
	const plotWidth = container.clientWidth - valueRoom - axisWidth - 4;
	const titleLines = wrapLabel(data.axis, plotWidth, measure).length;
	const rowHeight = Math.max(44, Math.max(...labels.map((lines) => lines.length)) * lineHeight + 16);
	const top = data.reference ? referenceRoom : 8;
	container.style.height = `${data.labels.length * rowHeight + top + 46 + titleLines * lineHeight}px`;
	const values = data.values.map((value) => value ?? 0);
	const max = roundUp(Math.max(data.suggestedMax ?? 0, data.reference ? data.reference.value * 1.1 : 0, ...values, 1));
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const chart = new Chart(canvas, {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{
					data: values,
					backgroundColor: data.tones.map(colours.bar),
					borderColor: colours.text,
					borderWidth: 1,
					maxBarThickness: 28,
				},
			],
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: animate && !reducedMotion ? { duration: 400 } : false,
			events: [],
			// No padding on the left: chart.js clips to its padding, so a label too wide would show cut at the canvas's edge.
			layout: { padding: { top, right: valueRoom, left: 0 } },
			plugins: { legend: { display: false }, tooltip: { enabled: false } },
			scales: {
				x: {
					min: 0,
					max,
					title: { display: true, text: wrapLabel(data.axis, plotWidth, measure), color: colours.text, font },
					ticks: { color: colours.text, font },
					grid: { color: colours.grid },
					border: { color: colours.text },
				},
				y: {
					ticks: { color: colours.text, font, autoSkip: false, padding: 8 },
					grid: { display: false, drawTicks: false },
					border: { color: colours.text },
					afterFit: (scale) => {
						scale.width = axisWidth;
					},
				},
			},
		},
		plugins: [
			{
				id: 'valuesAndReference',
				afterDatasetsDraw(chart) {
					const { ctx, chartArea, scales } = chart;
					ctx.save();
					ctx.fillStyle = colours.text;
					if (data.reference) {
						const x = scales.x.getPixelForValue(data.reference.value);
						ctx.strokeStyle = colours.text;
						ctx.setLineDash([6, 4]);
						ctx.lineWidth = 2;
						ctx.beginPath();
						ctx.moveTo(x, chartArea.top - 4);
						ctx.lineTo(x, chartArea.bottom);
						ctx.stroke();
						ctx.setLineDash([]);
						// In the room above the bars, centred on the line and kept inside the canvas.
						ctx.font = `${fontSize}px ${family}`;
						ctx.textBaseline = 'bottom';
						const width = ctx.measureText(data.reference.label).width;
						const left = Math.min(Math.max(x - width / 2, 4), chart.width - width - 4);
						ctx.fillText(data.reference.label, left, chartArea.top - 6);
					}
					ctx.font = `700 ${fontSize}px ${family}`;
					ctx.textBaseline = 'middle';
					chart.getDatasetMeta(0).data.forEach((bar, index) => {
						const label = data.valueLabels[index];
						const width = ctx.measureText(label).width;
						const x = Math.min(bar.x + 6, chart.width - width - 6);
						// On a patch of the page's background, so that the target line never strikes through a value.
						ctx.fillStyle = colours.background;
						ctx.fillRect(x - 3, bar.y - lineHeight / 2, width + 6, lineHeight);
						ctx.fillStyle = colours.text;
						ctx.fillText(label, x, bar.y);
					});
					ctx.restore();
				},
			},
		],
	});
	drawn.set(figure, chart);
	figure.dataset.drawn = 'true';
}

function measurer(font: string): (text: string) => number {
	const context = document.createElement('canvas').getContext('2d')!;
	context.font = font;
	return (text) => context.measureText(text).width;
}

/** A tidy end for the value axis: the next multiple of 10 (or 1 for small counts). */
function roundUp(value: number): number {
	const step = value > 10 ? 10 : 1;
	return Math.ceil(value / step) * step;
}

function drawOrReport(figure: HTMLElement, animate: boolean): void {
	draw(figure, animate).catch((error) => {
		console.error('Chart could not be drawn; the table shows the same data.', error);
	});
}

const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');
if (figures.length) {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				drawOrReport(entry.target as HTMLElement, true);
			}
		},
		{ rootMargin: '200px' },
	);
	for (const figure of figures) observer.observe(figure);
	// Drawn again, without animation, when the user's colours change or the figure's width does (labels rewrap).
	const redrawAll = () => drawn.forEach((_chart, figure) => drawOrReport(figure, false));
	for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)', '(prefers-contrast: more)']) {
		matchMedia(query).addEventListener('change', redrawAll);
	}
	const widths = new WeakMap<Element, number>();
	const resizes = new ResizeObserver((entries) => {
		for (const entry of entries) {
			const width = Math.round(entry.contentRect.width);
			const before = widths.get(entry.target);
			widths.set(entry.target, width);
			if (before !== undefined && before !== width && drawn.has(entry.target as HTMLElement)) drawOrReport(entry.target as HTMLElement, false);
		}
	});
	for (const figure of figures) resizes.observe(figure);
}
