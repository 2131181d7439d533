/**
 * Chart descriptions shaped on the server: labels already translated, numbers already
 * scaled, tooltips already formatted, colours named by CSS variable. The browser only draws.
 */
export interface CountsChart {
	kind: 'counts';
	/** What the bars count, for the axis and the screen-reader label. */
	label: string;
	/** `share`: the bar's part of the whole, worded ("12,5%"), when a share says something. */
	bars: { label: string; value: number; color: string; href: string | null; share?: string }[];
}

/** One yearly series on the trade chart: a value per axis year (null is a gap, never bridged). */
export interface TradeSeriesSpec {
	label: string;
	color: CssVar;
	values: (number | null)[];
	estimate: boolean[];
	/** Tooltip lines per year, already worded. */
	tooltips: (string[] | null)[];
	/** Where a point leads: its source (an article, or the official publication). */
	hrefs: (string | null)[];
}

export interface TradeChart {
	kind: 'trade';
	yLabel: string;
	years: number[];
	/** Official statistics, drawn as a line with gaps where a year has no sourced figure. */
	official: TradeSeriesSpec | null;
	/** Figures reported in articles, drawn as dots only: two dots are not a trend. */
	reported: TradeSeriesSpec & { disagree: boolean[] };
	/**
	 * Each target from its pledge year to its target year, or with no target year a level line
	 * from its pledge year to the end of the axis, labelled on the chart. Each in its own colour.
	 */
	targets: {
		label: string;
		color: CssVar;
		values: (number | null)[];
		tooltip: string[];
		hasYear: boolean;
	}[];
	pace: { label: string; values: (number | null)[]; tooltip: string[] } | null;
}

export interface DriftChart {
	kind: 'drift';
	yLabel: string;
	/** One tick per version: its date and amount, so two versions said on one day stay two ticks. */
	labels: string[][];
	values: number[];
	tooltips: string[];
	/** Index of the version the page is about, drawn larger. */
	current: number;
}

/** Yearly growth of trade as bars, each growth target as a band behind the year it is judged on. */
export interface GrowthChart {
	kind: 'growth';
	yLabel: string;
	years: number[];
	actual: {
		label: string;
		values: (number | null)[];
		/** Per bar: met a target, fell short of one, or no target that year. */
		colors: CssVar[];
		tooltips: (string | null)[];
	};
	band: { label: string; ranges: ([number, number] | null)[]; tooltips: (string | null)[] };
}

export type ChartSpec = CountsChart | TradeChart | DriftChart | GrowthChart;

/** Colours live in app.css; specs name them (`--status-achieved`) and the browser resolves them. */
export type CssVar = `--${string}`;

/** Whether a chart has anything to draw: bare axes with nothing on them read as a broken page. */
export function chartHasData(spec: ChartSpec): boolean {
	const some = (values: (number | null)[]) => values.some((v) => v !== null && Number.isFinite(v));
	switch (spec.kind) {
		case 'counts':
			return spec.bars.some((b) => b.value > 0);
		case 'trade':
			return (
				(spec.official !== null && some(spec.official.values)) ||
				some(spec.reported.values) ||
				spec.targets.some((t) => some(t.values))
			);
		case 'drift':
			return spec.values.length > 0;
		case 'growth':
			return some(spec.actual.values) || spec.band.ranges.some((r) => r !== null);
	}
}
