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

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

type Resolve = (value: string) => string;

function cssResolver(canvas: HTMLCanvasElement): Resolve {
	const style = getComputedStyle(canvas);
	return (value) => (value.startsWith('--') ? style.getPropertyValue(value).trim() || '#555' : value);
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
			plugins: { legend: { display: false } },
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

function tradeConfig(spec: TradeChart, css: Resolve): ChartConfiguration<'line'> {
	const line = css('--chart-final');
	const paper = css('--paper');
	const isEstimate = (i: number) => spec.trade.estimate[i] === true;
	const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
		{
			label: spec.trade.label,
			data: spec.trade.values,
			borderColor: line,
			borderWidth: 2.5,
			pointRadius: 6,
			pointHoverRadius: 8,
			pointBorderWidth: 2.5,
			pointBorderColor: line,
			// Final figures are filled dots; estimates are hollow dots on a dashed segment.
			pointBackgroundColor: spec.trade.values.map((_, i) => (isEstimate(i) ? paper : line)),
			segment: { borderDash: (ctx) => (isEstimate(ctx.p0DataIndex) || isEstimate(ctx.p1DataIndex) ? [6, 5] : undefined) },
			// A year with no figure is a hole in the line: a segment across it would read as data.
			spanGaps: false
		}
	];
	for (const target of spec.targets) {
		const last = target.values.reduce<number>((at, v, i) => (v === null ? at : i), -1);
		datasets.push({
			label: target.label,
			data: target.values,
			borderColor: css('--chart-target'),
			backgroundColor: css('--chart-target'),
			borderWidth: 2,
			borderDash: [3, 3],
			pointStyle: 'rectRot',
			pointRadius: target.values.map((_, i) => (i === last ? 7 : 0)),
			pointHoverRadius: target.values.map((_, i) => (i === last ? 9 : 0)),
			spanGaps: true
		});
	}
	if (spec.pace) {
		datasets.push({
			label: spec.pace.label,
			data: spec.pace.values,
			borderColor: css('--chart-pace'),
			backgroundColor: css('--chart-pace'),
			borderWidth: 2,
			borderDash: [1, 4],
			pointRadius: 0,
			pointHitRadius: 0,
			spanGaps: true
		});
	}
	const tooltipFor = (datasetIndex: number, index: number): string | null => {
		if (datasetIndex === 0) return spec.trade.tooltips[index] ?? null;
		const target = spec.targets[datasetIndex - 1];
		if (target) return target.tooltip;
		return spec.pace?.tooltip ?? null;
	};
	return {
		type: 'line',
		data: { labels: spec.years.map(String), datasets },
		options: {
			...baseOptions(css),
			interaction: { mode: 'nearest', intersect: true },
			plugins: {
				legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
				tooltip: {
					callbacks: { label: (ctx) => tooltipFor(ctx.datasetIndex, ctx.dataIndex) ?? '' }
				}
			},
			scales: {
				x: { grid: { display: false } },
				y: { beginAtZero: true, title: { display: true, text: spec.yLabel }, grid: { color: css('--chart-grid') } }
			},
			onClick: (_event, elements) => {
				const hit = elements.find((e) => e.datasetIndex === 0);
				if (hit) go(spec.trade.hrefs[hit.index]);
			},
			onHover: (event, elements) => {
				const target = event.native?.target as HTMLElement | undefined;
				if (target) target.style.cursor = elements.some((e) => e.datasetIndex === 0) ? 'pointer' : 'default';
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
				y: { beginAtZero: true, title: { display: true, text: spec.yLabel }, grid: { color: css('--chart-grid') } }
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
						label: (ctx) => (ctx.datasetIndex === 0 ? spec.actual.tooltips[ctx.dataIndex] : spec.band.tooltips[ctx.dataIndex]) ?? ''
					}
				}
			},
			scales: {
				x: { grid: { display: false } },
				y: { beginAtZero: true, title: { display: true, text: spec.yLabel }, grid: { color: css('--chart-grid') } }
			}
		}
	};
}

function configFor(spec: ChartSpec, css: Resolve): ChartConfiguration<'bar'> | ChartConfiguration<'line'> {
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
