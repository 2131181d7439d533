/** The only module that imports Chart.js, and it registers just the parts the three charts use. */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';
import type { ChartSpec, CountsChart, DriftChart, GrowthChart, TradeChart } from './spec';

Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Tooltip,
	Legend
);

type Resolve = (value: string) => string;

function cssResolver(canvas: HTMLCanvasElement): Resolve {
	const style = getComputedStyle(canvas);
	return (value) =>
		value.startsWith('--') ? style.getPropertyValue(value).trim() || '#555' : value;
}

function go(href: string | null | undefined): void {
	if (href) window.location.assign(href);
}

function baseOptions(css: Resolve) {
	Chart.defaults.color = css('--chart-text');
	Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
	return {
		animation: false as const,
		responsive: true,
		maintainAspectRatio: false
	};
}

function countsConfig(spec: CountsChart, css: Resolve): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels: spec.bars.map((b) => b.label),
			datasets: [
				{
					label: spec.label,
					data: spec.bars.map((b) => b.value),
					backgroundColor: spec.bars.map((b) => css(b.color)),
					borderRadius: 3,
					maxBarThickness: 26
				}
			]
		},
		options: {
			...baseOptions(css),
			indexAxis: 'y',
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						label: (item) => {
							const share = spec.bars[item.dataIndex]?.share;
							return `${item.formattedValue}${share ? ` (${share})` : ''}`;
						}
					}
				}
			},
			scales: {
				x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: css('--chart-grid') } },
				y: { grid: { display: false } }
			},
			onClick: (_event, elements) => go(spec.bars[elements[0]?.index ?? -1]?.href),
			onHover: (event, elements) => {
				const target = event.native?.target as HTMLElement | undefined;
				if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
			}
		}
	};
}

/** Writes each no-year target's label just above the start of its line: the legend alone is easy to miss. */
const targetLabels = (spec: TradeChart, css: Resolve, firstTarget: number) => ({
	id: 'targetLabels',
	afterDatasetsDraw(chart: Chart) {
		const { ctx } = chart;
		spec.targets.forEach((target, i) => {
			if (target.hasYear) return;
			const meta = chart.getDatasetMeta(firstTarget + i);
			const start = target.values.findIndex((v) => v !== null);
			const point = meta.data[start];
			if (!point || meta.hidden) return;
			ctx.save();
			ctx.font = `600 12px ${Chart.defaults.font.family}`;
			ctx.fillStyle = css(target.color);
			ctx.textBaseline = 'bottom';
			const text = target.label;
			const x = Math.min(point.x, chart.chartArea.right - ctx.measureText(text).width - 4);
			ctx.fillText(text, Math.max(chart.chartArea.left + 2, x), point.y - 4);
			ctx.restore();
		});
	}
});

function tradeConfig(spec: TradeChart, css: Resolve): ChartConfiguration<'line'> {
	const paper = css('--paper');
	const datasets: ChartConfiguration<'line'>['data']['datasets'] = [];
	const tooltips: ((index: number) => string[] | null)[] = [];
	const hrefs: ((index: number) => string | null)[] = [];
	if (spec.official) {
		const official = spec.official;
		const color = css(official.color);
		const isEstimate = (i: number) => official.estimate[i] === true;
		datasets.push({
			label: official.label,
			data: official.values,
			borderColor: color,
			backgroundColor: color,
			borderWidth: 2.5,
			pointRadius: 4,
			pointHoverRadius: 7,
			pointBorderColor: color,
			// Final figures filled, estimates hollow on a dashed segment.
			pointBackgroundColor: official.values.map((_, i) => (isEstimate(i) ? paper : color)),
			segment: { borderDash: (ctx) => (isEstimate(ctx.p1DataIndex) ? [6, 5] : undefined) },
			// A year with no sourced figure is a hole in the line: a segment across it would read as data.
			spanGaps: false,
			order: 2
		});
		tooltips.push((i) => official.tooltips[i] ?? null);
		hrefs.push((i) => official.hrefs[i] ?? null);
	}
	const reported = spec.reported;
	const blue = css(reported.color);
	datasets.push({
		label: reported.label,
		data: reported.values,
		showLine: false,
		borderColor: blue,
		backgroundColor: blue,
		// A triangle marks a figure more than 5 % away from the official one.
		pointStyle: reported.values.map((_, i) => (reported.disagree[i] ? 'triangle' : 'circle')),
		pointRadius: reported.values.map((_, i) => (reported.disagree[i] ? 8 : 6)),
		pointHoverRadius: 9,
		pointBorderWidth: 2.5,
		pointBorderColor: blue,
		// An estimate is a ring with nothing inside, so the official point of the same year shows
		// through it: a paper fill hid a final official figure and made it read as an estimate.
		pointBackgroundColor: reported.values.map((_, i) =>
			reported.estimate[i] ? 'transparent' : blue
		),
		order: 1
	});
	tooltips.push((i) => reported.tooltips[i] ?? null);
	hrefs.push((i) => reported.hrefs[i] ?? null);
	const firstTarget = datasets.length;
	for (const target of spec.targets) {
		const color = css(target.color);
		const last = target.values.reduce<number>((at, v, i) => (v === null ? at : i), -1);
		datasets.push({
			label: target.label,
			data: target.values,
			borderColor: color,
			backgroundColor: color,
			borderWidth: 2,
			borderDash: target.hasYear ? [3, 3] : [8, 4],
			pointStyle: 'rectRot',
			// A dated target ends on a diamond at its year; an open one has no end point.
			pointRadius: target.values.map((_, i) => (target.hasYear && i === last ? 7 : 0)),
			pointHoverRadius: target.values.map((v) => (v === null ? 0 : 6)),
			pointHitRadius: 6,
			spanGaps: false,
			order: 3
		});
		tooltips.push(() => target.tooltip);
		hrefs.push(() => null);
	}
	if (spec.pace) {
		const pace = spec.pace;
		datasets.push({
			label: pace.label,
			data: pace.values,
			borderColor: css('--chart-pace'),
			backgroundColor: css('--chart-pace'),
			borderWidth: 2,
			borderDash: [1, 4],
			pointRadius: 0,
			pointHitRadius: 0,
			spanGaps: true,
			order: 4
		});
		tooltips.push(() => pace.tooltip);
		hrefs.push(() => null);
	}
	const hrefAt = (elements: { datasetIndex: number; index: number }[]) =>
		elements.map((e) => hrefs[e.datasetIndex]?.(e.index) ?? null).find((h) => h !== null) ?? null;
	return {
		type: 'line',
		data: { labels: spec.years.map(String), datasets },
		plugins: [targetLabels(spec, css, firstTarget)],
		options: {
			...baseOptions(css),
			interaction: { mode: 'nearest', intersect: true },
			plugins: {
				// In dataset order (official, articles, targets by pledge date), not in drawing order.
				legend: {
					position: 'bottom',
					labels: {
						usePointStyle: true,
						boxHeight: 8,
						sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0)
					}
				},
				tooltip: {
					callbacks: {
						// No year title: a target's line spans years, and its own text says when it was pledged.
						title: () => '',
						label: (ctx) => tooltips[ctx.datasetIndex]?.(ctx.dataIndex) ?? ''
					}
				}
			},
			scales: {
				x: { grid: { display: false } },
				// Headroom above the highest target, so its label is not cut by the top edge.
				y: {
					beginAtZero: true,
					grace: '12%',
					title: { display: true, text: spec.yLabel },
					grid: { color: css('--chart-grid') }
				}
			},
			onClick: (_event, elements) => go(hrefAt(elements)),
			onHover: (event, elements) => {
				const target = event.native?.target as HTMLElement | undefined;
				if (target) target.style.cursor = hrefAt(elements) ? 'pointer' : 'default';
			}
		}
	};
}

function driftConfig(spec: DriftChart, css: Resolve): ChartConfiguration<'line'> {
	const color = css('--chart-final');
	return {
		type: 'line',
		data: {
			labels: spec.labels,
			datasets: [
				{
					label: spec.yLabel,
					data: spec.values,
					borderColor: color,
					backgroundColor: color,
					stepped: 'before',
					pointRadius: spec.values.map((_, i) => (i === spec.current ? 7 : 4)),
					borderWidth: 2
				}
			]
		},
		options: {
			...baseOptions(css),
			plugins: {
				legend: { display: false },
				tooltip: { callbacks: { label: (ctx) => spec.tooltips[ctx.dataIndex] ?? '' } }
			},
			scales: {
				x: { grid: { display: false } },
				y: {
					beginAtZero: true,
					title: { display: true, text: spec.yLabel },
					grid: { color: css('--chart-grid') }
				}
			}
		}
	};
}

function growthConfig(spec: GrowthChart, css: Resolve): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels: spec.years.map(String),
			datasets: [
				{
					label: spec.actual.label,
					data: spec.actual.values,
					backgroundColor: spec.actual.colors.map(css),
					borderRadius: 3,
					barPercentage: 0.45,
					order: 0
				},
				{
					// A floating bar from the target's low to its high end, drawn wide behind the actual bar.
					label: spec.band.label,
					data: spec.band.ranges,
					backgroundColor: css('--chart-band'),
					borderColor: css('--chart-target'),
					borderWidth: 1.5,
					borderSkipped: false,
					barPercentage: 0.95,
					order: 1
				}
			]
		},
		options: {
			...baseOptions(css),
			// Not side by side: the band sits behind the bar of the same year.
			datasets: { bar: { grouped: false } },
			plugins: {
				legend: { position: 'bottom' },
				tooltip: {
					callbacks: {
						label: (ctx) =>
							(ctx.datasetIndex === 0
								? spec.actual.tooltips[ctx.dataIndex]
								: spec.band.tooltips[ctx.dataIndex]) ?? ''
					}
				}
			},
			scales: {
				x: { grid: { display: false } },
				y: {
					beginAtZero: true,
					title: { display: true, text: spec.yLabel },
					grid: { color: css('--chart-grid') }
				}
			}
		}
	};
}

function configFor(
	spec: ChartSpec,
	css: Resolve
): ChartConfiguration<'bar'> | ChartConfiguration<'line'> {
	switch (spec.kind) {
		case 'counts':
			return countsConfig(spec, css);
		case 'trade':
			return tradeConfig(spec, css);
		case 'drift':
			return driftConfig(spec, css);
		case 'growth':
			return growthConfig(spec, css);
	}
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
	return new Chart(canvas, configFor(spec, cssResolver(canvas)) as ChartConfiguration);
}
