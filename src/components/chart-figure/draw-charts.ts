import type { ChartModel } from '~/lib/charts/chart-model.ts';
import { chartColours } from '~/lib/charts/palette.ts';

type ChartData = ChartModel['chart'];

/** Tone colours; plain bars take the site's primary colour (`primaryColor` in site.yaml, contrast-checked). */
const brand = getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim();
const toneColours = { ...chartColours.tones, ...(brand ? { plain: brand } : {}) };
const textColour = chartColours.text;

/**
 * Draws each figure's bar chart once it scrolls into view. chart.js is loaded only then, and only its
 * bar-chart parts; without JavaScript (or before that), the table beside each chart holds the same data.
 */
async function draw(figure: HTMLElement): Promise<void> {
	const canvas = figure.querySelector('canvas')!;
	const container = canvas.parentElement!;
	container.style.height = `${container.dataset.height}px`;
	const data = JSON.parse(figure.querySelector('script[type="application/json"]')!.textContent!) as ChartData;
	const { Chart } = await import('./bar-chart.ts');
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const font = { family: getComputedStyle(document.body).fontFamily, size: 14 };
	const values = data.values.map((value) => value ?? 0);
	const max = roundUp(Math.max(data.suggestedMax ?? 0, data.reference ? data.reference.value * 1.2 : 0, ...values.map((value) => value * 1.25), 1));
	new Chart(canvas, {
		type: 'bar',
		data: {
			labels: data.labels,
			datasets: [
				{
					data: values,
					backgroundColor: data.tones.map((tone) => toneColours[tone]),
					borderColor: textColour,
					borderWidth: 1,
					maxBarThickness: 28,
				},
			],
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion ? false : { duration: 400 },
			events: [],
			layout: { padding: { right: 8 } },
			plugins: { legend: { display: false }, tooltip: { enabled: false } },
			scales: {
				x: {
					min: 0,
					max,
					title: { display: true, text: data.axis, color: textColour, font },
					ticks: { color: textColour, font },
					grid: { color: chartColours.grid },
				},
				y: { ticks: { color: textColour, font, autoSkip: false, callback: (_value, index) => shorten(data.labels[index]) }, grid: { display: false } },
			},
		},
		plugins: [
			{
				id: 'valuesAndReference',
				afterDatasetsDraw(chart) {
					const { ctx, chartArea, scales } = chart;
					ctx.save();
					ctx.font = `700 13px ${font.family}`;
					ctx.fillStyle = textColour;
					ctx.textBaseline = 'middle';
					chart.getDatasetMeta(0).data.forEach((bar, index) => {
						ctx.fillText(data.valueLabels[index], Math.min(bar.x + 6, chartArea.right - ctx.measureText(data.valueLabels[index]).width), bar.y);
					});
					if (data.reference) {
						const x = scales.x.getPixelForValue(data.reference.value);
						ctx.strokeStyle = textColour;
						ctx.setLineDash([6, 4]);
						ctx.lineWidth = 2;
						ctx.beginPath();
						ctx.moveTo(x, chartArea.top);
						ctx.lineTo(x, chartArea.bottom);
						ctx.stroke();
						ctx.setLineDash([]);
						ctx.textBaseline = 'bottom';
						ctx.fillText(data.reference.label, Math.min(x + 4, chartArea.right - ctx.measureText(data.reference.label).width), chartArea.top + 14);
					}
					ctx.restore();
				},
			},
		],
	});
	figure.dataset.drawn = 'true';
}

/** A tidy end for the value axis: the next multiple of 10 (or 1 for small counts). */
function roundUp(value: number): number {
	const step = value > 10 ? 10 : 1;
	return Math.ceil(value / step) * step;
}

/** Long labels are cut on the axis; the table beside the chart has them in full. */
function shorten(label: string): string {
	return label.length > 18 ? `${label.slice(0, 17)}…` : label;
}

const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');
if (figures.length) {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				draw(entry.target as HTMLElement).catch((error) => {
					console.error('Chart could not be drawn; the table shows the same data.', error);
				});
			}
		},
		{ rootMargin: '200px' },
	);
	for (const figure of figures) observer.observe(figure);
}
