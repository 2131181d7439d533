/**
 * Turns tracking results into chart specs, on the server, in the reader's language.
 * Imported by `+page.server.ts` files only; the browser receives the finished spec.
 */
import { m } from '$lib/paraglide/messages';
import { withAsOf } from '$lib/as-of';
import {
	formatDate,
	formatGrowth,
	formatPct,
	formatTarget,
	formatUsd,
	type UiLocale
} from '$lib/format';
import { shiftDecimalLeft } from '$lib/decimal';
import { sectorLabel, statusLabel, uiLocale } from '$lib/i18n/labels';
import type { CountsChart, CssVar, DriftChart, GrowthChart, TradeChart } from './spec';

/** Billions of USD as a plotting number; only the drawing is approximate, never the labels. */
const bn = (valueUsd: string) => Number(shiftDecimalLeft(valueUsd, 9));

/**
 * Items per status. Once statuses move (items in more than one status), each bar also says its
 * share of all items: "how many are done" is read as a part of the whole, not as a count.
 */
export function statusCounts(
	byStatus: { status: string; count: number }[],
	asOf: string | null
): CountsChart {
	const total = byStatus.reduce((sum, s) => sum + s.count, 0);
	const moved = byStatus.filter((s) => s.count > 0).length > 1;
	return {
		kind: 'counts',
		label: m.chart_count_label(),
		bars: byStatus.map((s) => ({
			label: statusLabel(s.status),
			value: s.count,
			color: `--status-${s.status}`,
			href: withAsOf(`/commitments?status=${s.status}`, asOf),
			...(moved && { share: formatPct(Math.round((s.count * 1000) / total) / 10, uiLocale()) })
		}))
	};
}

export function sectorCounts(
	bySector: { sector: string; count: number }[],
	asOf: string | null
): CountsChart {
	return {
		kind: 'counts',
		label: m.chart_count_label(),
		bars: [...bySector]
			.sort((a, b) => b.count - a.count)
			.map((s) => ({
				label: sectorLabel(s.sector),
				value: s.count,
				color: '--chart-bar',
				href: withAsOf(`/commitments?sector=${s.sector}`, asOf)
			}))
	};
}

export interface TradeSeriesInput {
	points: {
		year: number;
		valueUsd: string;
		isEstimate: boolean;
		period: string;
		chosen: {
			articleTitle: string;
			articleId: number;
			observationId: number;
			publishedOn: string | null;
		};
	}[];
	official: { year: number; valueUsd: string; isEstimate: boolean; source: string; url: string }[];
	comparisons: { year: number; officialValueUsd: string; diffPct: number; disagrees: boolean }[];
	targets: {
		title: string;
		valueUsd: string;
		year: number | null;
		met: boolean;
		pledgedOn: string | null;
	}[];
	pace: {
		fromYear: number;
		fromValueUsd: string;
		toYear: number;
		toValueUsd: string;
		requiredGrowthPct: number | null;
	} | null;
}

/** A figure that is an estimate or covers part of a year is not a final yearly figure. */
export const isProvisional = (p: { isEstimate: boolean; period: string }) =>
	p.isEstimate || p.period !== 'full_year';

/** Each target its own colour, in the order they were pledged (app.css defines four). */
const TARGET_COLORS: CssVar[] = [
	'--chart-target-1',
	'--chart-target-2',
	'--chart-target-3',
	'--chart-target-4'
];

/** "Vietnam Ministry of Industry and Trade (reported by SGGP, …): 2024 trade …" → the part before the colon. */
export const sourcePublisher = (source: string) => source.split(':')[0]!.trim();

const yearOf = (isoDate: string | null) => (isoDate ? Number(isoDate.slice(0, 4)) : null);

/**
 * The first year the official series covers (docs/tracking.md: 2000–2025 was searched). The axis
 * starts there whenever the series is drawn, so years for which no published figure was found read
 * as gaps in the series, not as years the chart leaves out.
 */
export const OFFICIAL_SERIES_FROM = 2000;

/** Every year the chart needs, and one more after a no-year target pledged in the last year, so its line shows. */
function tradeAxis(series: TradeSeriesInput): number[] {
	const years = [
		...(series.official.length ? [OFFICIAL_SERIES_FROM] : []),
		...series.points.map((p) => p.year),
		...series.official.map((o) => o.year),
		...series.targets.flatMap((t) =>
			[t.year, yearOf(t.pledgedOn)].filter((y): y is number => y !== null)
		),
		...(series.pace ? [series.pace.toYear] : [])
	];
	if (!years.length) return [];
	const first = Math.min(...years);
	let last = Math.max(...years);
	if (series.targets.some((t) => t.year === null && yearOf(t.pledgedOn) === last)) last++;
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function tradeChart(
	series: TradeSeriesInput,
	locale: UiLocale,
	asOf: string | null = null
): TradeChart {
	const axis = tradeAxis(series);
	const pointAt = (year: number) => series.points.find((p) => p.year === year);
	const officialAt = (year: number) => series.official.find((o) => o.year === year);
	const comparisonAt = (year: number) => series.comparisons.find((c) => c.year === year);
	const kindOf = (provisional: boolean) => (provisional ? m.estimate() : m.final_figure());
	const ordered = [...series.targets]
		.filter((t) => t.pledgedOn !== null)
		.sort(
			(a, b) => a.pledgedOn!.localeCompare(b.pledgedOn!) || Number(a.valueUsd) - Number(b.valueUsd)
		);
	return {
		kind: 'trade',
		yLabel: m.trade_axis(),
		years: axis,
		official: series.official.length
			? {
					label: m.trade_official(),
					color: '--chart-official',
					values: axis.map((y) => {
						const o = officialAt(y);
						return o ? bn(o.valueUsd) : null;
					}),
					estimate: axis.map((y) => officialAt(y)?.isEstimate ?? false),
					tooltips: axis.map((y) => {
						const o = officialAt(y);
						return o
							? [
									`${y} · ${m.trade_official()}: ${formatUsd(o.valueUsd, locale)}${o.isEstimate ? ` (${m.estimate()})` : ''}`,
									sourcePublisher(o.source)
								]
							: null;
					}),
					hrefs: axis.map((y) => officialAt(y)?.url ?? null)
				}
			: null,
		reported: {
			label: m.trade_reported(),
			color: '--chart-reported',
			values: axis.map((y) => {
				const p = pointAt(y);
				return p ? bn(p.valueUsd) : null;
			}),
			estimate: axis.map((y) => {
				const p = pointAt(y);
				return p ? isProvisional(p) : false;
			}),
			disagree: axis.map((y) => comparisonAt(y)?.disagrees ?? false),
			tooltips: axis.map((y) => {
				const p = pointAt(y);
				if (!p) return null;
				const lines = [
					`${y} · ${m.trade_reported()}: ${formatUsd(p.valueUsd, locale)} (${kindOf(isProvisional(p))})`,
					`${p.chosen.articleTitle} · ${formatDate(p.chosen.publishedOn, locale)}`
				];
				const c = comparisonAt(y);
				const o = officialAt(y);
				if (c?.disagrees && o)
					lines.push(
						`${m.trade_official()}: ${formatUsd(o.valueUsd, locale)} — ${sourcePublisher(o.source)}`,
						m.trade_differs({ pct: formatGrowth(c.diffPct, locale) })
					);
				return lines;
			}),
			hrefs: axis.map((y) => {
				const p = pointAt(y);
				return p
					? withAsOf(`/articles/${p.chosen.articleId}#trade-${p.chosen.observationId}`, asOf)
					: null;
			})
		},
		targets: ordered.map((t, i) => {
			const amount = formatUsd(t.valueUsd, locale);
			const date = formatDate(t.pledgedOn, locale);
			const label = t.year
				? m.trade_target_line_year({ target: amount, year: t.year, date })
				: m.trade_target_line({ target: amount, date });
			const from = yearOf(t.pledgedOn)!;
			const to = t.year ?? axis.at(-1)!;
			return {
				label,
				color: TARGET_COLORS[i % TARGET_COLORS.length]!,
				hasYear: t.year !== null,
				// A level line over the years the target was in force: from its pledge to its year.
				values: axis.map((y) => (y >= Math.min(from, to) && y <= to ? bn(t.valueUsd) : null)),
				tooltip: [
					label,
					t.year ? '' : m.trade_target_no_year(),
					t.met ? m.trade_target_met() : m.trade_target_open()
				].filter(Boolean)
			};
		}),
		pace: series.pace
			? {
					label: m.trade_series_pace(),
					values: axis.map((y) =>
						y === series.pace!.fromYear
							? bn(series.pace!.fromValueUsd)
							: y === series.pace!.toYear
								? bn(series.pace!.toValueUsd)
								: null
					),
					tooltip: [
						series.pace.requiredGrowthPct === null
							? m.trade_series_pace()
							: `${m.trade_series_pace()}: ${formatGrowth(series.pace.requiredGrowthPct, locale)} / ${m.col_year().toLowerCase()}`
					]
				}
			: null
	};
}

export interface GrowthSeriesInput {
	points: { year: number; growthPct: number | null }[];
	growthTargets: {
		title: string;
		minPct: number;
		maxPct: number;
		year: number | null;
		/** The year it is judged on (track/trade.ts growthTargetYear); null: not judged. */
		judgedYear: number | null;
		actualPct: number | null;
		met: boolean | null;
	}[];
}

/**
 * Actual yearly growth against the growth targets, judged on the same year as the targets
 * table (a target's own year, else the year after its pledge). Null when there is nothing to compare.
 */
export function growthChart(series: GrowthSeriesInput, locale: UiLocale): GrowthChart | null {
	const judged = series.growthTargets.map((t) => ({ ...t, at: t.judgedYear }));
	if (!judged.some((t) => t.at !== null) || !series.points.some((p) => p.growthPct !== null))
		return null;
	const years = [
		...new Set([
			...series.points.filter((p) => p.growthPct !== null).map((p) => p.year),
			...judged.flatMap((t) => (t.at === null ? [] : [t.at]))
		])
	].sort((a, b) => a - b);
	const range = (t: { minPct: number; maxPct: number }) =>
		t.minPct === t.maxPct
			? formatPct(t.minPct, locale)
			: `${formatPct(t.minPct, locale)}–${formatPct(t.maxPct, locale)}`;
	const targetsAt = (y: number) => judged.filter((t) => t.at === y);
	return {
		kind: 'growth',
		yLabel: m.trade_growth_axis(),
		years,
		actual: {
			label: m.trade_growth_actual(),
			values: years.map((y) => series.points.find((p) => p.year === y)?.growthPct ?? null),
			colors: years.map((y): CssVar => {
				const verdicts = targetsAt(y).map((t) => t.met);
				if (verdicts.includes(false)) return '--status-missed';
				return verdicts.includes(true) ? '--status-achieved' : '--chart-neutral';
			}),
			tooltips: years.map((y) => {
				const pct = series.points.find((p) => p.year === y)?.growthPct;
				return pct === null || pct === undefined ? null : `${y}: ${formatGrowth(pct, locale)}`;
			})
		},
		band: {
			label: m.trade_growth_target(),
			// Two targets judged on one year: the band spans both, the tooltip names each.
			ranges: years.map((y) => {
				const ts = targetsAt(y);
				return ts.length
					? [Math.min(...ts.map((t) => t.minPct)), Math.max(...ts.map((t) => t.maxPct))]
					: null;
			}),
			tooltips: years.map((y) => {
				const ts = targetsAt(y);
				if (!ts.length) return null;
				return ts
					.map(
						(t) =>
							`${m.trade_growth_target()} ${range(t)}: ${t.met === null ? '—' : t.met ? m.trade_target_met() : m.trade_growth_short()}`
					)
					.join(' · ');
			})
		}
	};
}

export interface DriftVersion {
	id: number;
	firstMentioned: string | null;
	/** When the version was pledged as the target to reach (queries/series.ts loadPledgeDates); its first mention when unknown. */
	pledgedOn?: string | null;
	targetValue: string | null;
	targetValueMax: string | null;
	unit: string | null;
	targetYear: number | null;
}

/**
 * How a re-pledged target moved: one point per version, dated and ordered by its pledge date, the
 * same date the trade chart and its legend give (a target first named as the next step beside
 * another one, "… và hướng tới mốc 10 tỉ USD", was pledged later). Plots the amount when every
 * version shares a unit, else the target year.
 */
export function driftChart(
	versions: DriftVersion[],
	currentId: number,
	locale: UiLocale
): DriftChart | null {
	const dayOf = (v: DriftVersion) => v.pledgedOn ?? v.firstMentioned;
	const ordered = [...versions].sort((a, b) => (dayOf(a) ?? '').localeCompare(dayOf(b) ?? ''));
	if (ordered.length < 2) return null;
	const units = new Set(ordered.map((v) => v.unit));
	const byAmount = units.size === 1 && ordered.every((v) => v.targetValue !== null);
	const usd = byAmount && ordered[0]!.unit === 'USD';
	if (!byAmount && !ordered.every((v) => v.targetYear !== null)) return null;
	return {
		kind: 'drift',
		yLabel: byAmount ? (usd ? m.trade_axis() : (ordered[0]!.unit ?? '')) : m.item_target_year(),
		labels: ordered.map((v) => [
			formatDate(dayOf(v), locale),
			(byAmount ? formatTarget(v.targetValue, v.targetValueMax, v.unit, locale) : null) ??
				String(v.targetYear)
		]),
		values: ordered.map((v) =>
			byAmount ? (usd ? bn(v.targetValue!) : Number(v.targetValue)) : v.targetYear!
		),
		tooltips: ordered.map((v) =>
			[
				formatTarget(v.targetValue, v.targetValueMax, v.unit, locale),
				v.targetYear,
				dayOf(v) ? m.trade_target_pledged({ date: formatDate(dayOf(v), locale) }) : null
			]
				.filter((x) => x !== null)
				.join(' · ')
		),
		current: ordered.findIndex((v) => v.id === currentId)
	};
}
