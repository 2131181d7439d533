/**
 * Chart descriptions shaped on the server: labels already translated, numbers already
 * scaled, tooltips already formatted, colours named by CSS variable. The browser only draws.
 */
export interface CountsChart {
	kind: 'counts';
	/** What the bars count, for the axis and the screen-reader label. */
	label: string;
	bars: { label: string; value: number; color: string; href: string | null }[];
}

export interface TradeChart {
	kind: 'trade';
	yLabel: string;
	years: number[];
	trade: {
		label: string;
		values: (number | null)[];
		estimate: boolean[];
		tooltips: (string | null)[];
		/** Where a point leads: its row in the sources table. */
		hrefs: (string | null)[];
	};
	targets: { label: string; values: (number | null)[]; tooltip: string }[];
	pace: { label: string; values: (number | null)[]; tooltip: string } | null;
}

export interface DriftChart {
	kind: 'drift';
	yLabel: string;
	labels: string[];
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
